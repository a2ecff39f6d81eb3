package dev.digestkit.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestAssembler;
import dev.digestkit.core.digest.SectionSpec;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.digest.TimeWindow;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.render.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A digest over one good feed and a source for every network fault (each WireMock fault, a 429
 * asking for a day's wait, a persistent 503, a cut-off document, a non-feed, a dripping body)
 * completes within its bound, keeps the good items and reports every failure, in the digest's
 * outcomes and in the rendered page.
 */
class DigestOverFaultySourcesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final LocalDate DATE = LocalDate.of(2026, 4, 22);

  @Test
  void digestCompletesAndReportsEveryFailedSource() throws IOException {
    byte[] feed;
    try (InputStream in = getClass().getResourceAsStream("olshansk-feed_groq.xml")) {
      feed = in.readAllBytes();
    }
    String doc = new String(feed, java.nio.charset.StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(feed, doc.indexOf("<title>", doc.indexOf("<item>", doc.indexOf("<item>") + 1)) + 9);
    wm.stubFor(get(urlEqualTo("/ok.xml")).willReturn(aResponse().withBody(feed)));
    wm.stubFor(get(urlEqualTo("/cut.xml")).willReturn(aResponse().withBody(cut)));
    wm.stubFor(get(urlEqualTo("/not-a-feed.xml")).willReturn(aResponse().withBody("{\"no\": \"feed\"}")));
    wm.stubFor(get(urlEqualTo("/429.xml")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
    wm.stubFor(get(urlEqualTo("/503.xml")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
    wm.stubFor(get(urlEqualTo("/drip.xml")).willReturn(aResponse().withBody(feed).withChunkedDribbleDelay(feed.length / 10, 60_000)));
    Map<String, String> failing = new LinkedHashMap<>();
    for (Fault f : Fault.values()) {
      String path = "/" + f.name().toLowerCase() + ".xml";
      wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withFault(f)));
      failing.put(spec(path), f.name());
    }
    failing.put(spec("/429.xml"), "429");
    failing.put(spec("/503.xml"), "503");
    failing.put(spec("/not-a-feed.xml"), "not a feed");
    failing.put(spec("/drip.xml"), "timeout");

    List<String> specs = new java.util.ArrayList<>(List.of(spec("/ok.xml"), spec("/cut.xml")));
    specs.addAll(failing.keySet());
    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(2).retryBackoff(Duration.ofMillis(10))
        .maxRetryWait(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2)).bodyTimeout(Duration.ofSeconds(3)).build()) {
      SourceContext context = new SourceContext(fetcher, Clock.fixed(Instant.parse("2026-04-22T12:00:00Z"), ZoneOffset.UTC), Map.of());
      DigestAssembler assembler = DigestAssembler.builder().context(context).title("Faults").sources(specs)
          .section(SectionSpec.labs()).section(SectionSpec.wire()).build();
      TimeWindow everything = new TimeWindow(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

      Digest digest = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assembler.assemble(DATE, everything));

      Map<String, SourceOutcome> outcomes = digest.sources().stream()
          .collect(Collectors.toMap(SourceOutcome::spec, Function.identity()));
      assertThat(outcomes).containsOnlyKeys(specs);
      assertThat(outcomes.get(spec("/ok.xml")).status()).isEqualTo(SourceOutcome.Status.OK);
      assertThat(outcomes.get(spec("/ok.xml")).items()).isEqualTo(24);
      assertThat(outcomes.get(spec("/cut.xml")).status()).isEqualTo(SourceOutcome.Status.PARTIAL);
      assertThat(outcomes.get(spec("/cut.xml")).warnings()).isNotEmpty();
      assertThat(outcomes.get(spec("/cut.xml")).items()).isGreaterThanOrEqualTo(1);
      for (String s : failing.keySet()) {
        assertThat(outcomes.get(s).status()).as("%s (%s)", s, failing.get(s)).isEqualTo(SourceOutcome.Status.FAILED);
        assertThat(outcomes.get(s).error()).as("%s error", s).hasValueSatisfying(e -> assertThat(e).isNotBlank());
      }
      assertThat(digest.failures()).hasSize(failing.size());
      assertThat(digest.sections().stream().flatMap(s -> s.entries().stream()).map(e -> e.source()))
          .as("the good feed's items are in the digest").contains(spec("/ok.xml"));

      String footer = Jsoup.parse(HtmlRenderer.builder().build().render(digest)).select("li.failed").text();
      for (String s : failing.keySet()) {
        assertThat(footer).as("footer names %s", s).contains(s);
      }
    }
  }

  private static String spec(String path) {
    return "feed:" + wm.baseUrl() + path;
  }
}
