package dev.digestkit.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every network fault WireMock can inject ends, after a bounded number of tries, in a typed
 * {@link FetchException} naming the URL; a fault followed by a good answer is retried into
 * success; 429 and 503 with {@code Retry-After} are waited out, and an unreasonable wait fails fast.
 */
class NetworkFaultFetchTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @ParameterizedTest
  @EnumSource(Fault.class)
  void everyFaultEndsInFetchExceptionAfterBoundedTries(Fault fault) {
    wm.stubFor(get(urlEqualTo("/f")).willReturn(aResponse().withFault(fault)));
    URI uri = URI.create(wm.baseUrl() + "/f");
    try (HttpFetcher f = fetcher(3)) {
      Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(() -> f.fetch(uri)));
      assertThat(t).isInstanceOf(FetchException.class).hasMessageContaining(uri.toString());
      assertThat(((FetchException) t).uri()).isEqualTo(uri);
    }
    wm.verify(3, getRequestedFor(urlEqualTo("/f")));
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void faultThenGoodAnswerIsRetriedIntoSuccess(Fault fault) {
    wm.stubFor(get(urlEqualTo("/r")).inScenario("flaky").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withFault(fault)).willSetStateTo("recovered"));
    wm.stubFor(get(urlEqualTo("/r")).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(200).withBody("ok")));
    try (HttpFetcher f = fetcher(3)) {
      FetchResponse r = f.fetch(URI.create(wm.baseUrl() + "/r"));
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/r")));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void retryAfterSecondsIsWaitedOutThenSucceeds(int status) {
    wm.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(status).withHeader("Retry-After", "1")).willSetStateTo("free"));
    wm.stubFor(get(urlEqualTo("/busy")).inScenario("busy").whenScenarioStateIs("free")
        .willReturn(aResponse().withStatus(200).withBody("ok")));
    long start = System.nanoTime();
    try (HttpFetcher f = fetcher(3)) {
      assertThat(f.fetch(URI.create(wm.baseUrl() + "/busy")).status()).isEqualTo(200);
    }
    // Only a lower bound: the server asked for a second and got at least (nearly) that.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    wm.verify(2, getRequestedFor(urlEqualTo("/busy")));
  }

  @Test
  void retryAfterHttpDateIsObeyed() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
    wm.stubFor(get(urlEqualTo("/date")).inScenario("date").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", date)).willSetStateTo("free"));
    wm.stubFor(get(urlEqualTo("/date")).inScenario("date").whenScenarioStateIs("free")
        .willReturn(aResponse().withStatus(200).withBody("ok")));
    try (HttpFetcher f = fetcher(3)) {
      assertThat(f.fetch(URI.create(wm.baseUrl() + "/date")).status()).isEqualTo(200);
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/date")));
  }

  @Test
  void retryAfterBeyondTheLongestWaitFailsAtOnceWithStatus() {
    wm.stubFor(get(urlEqualTo("/later")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
    try (HttpFetcher f = fetcher(3)) {
      Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> catchThrowable(() -> f.fetch(URI.create(wm.baseUrl() + "/later"))));
      assertThat(t).isInstanceOf(FetchException.class);
      assertThat(((FetchException) t).status()).contains(429);
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/later")));
  }

  @Test
  void persistent503EndsInFetchExceptionWithStatusAfterBoundedTries() {
    wm.stubFor(get(urlEqualTo("/down")).willReturn(aResponse().withStatus(503).withBody("maintenance")));
    try (HttpFetcher f = fetcher(3)) {
      FetchException e = (FetchException) catchThrowable(() -> f.fetch(URI.create(wm.baseUrl() + "/down")));
      assertThat(e.status()).contains(503);
      assertThat(e.body()).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("maintenance"));
    }
    wm.verify(3, getRequestedFor(urlEqualTo("/down")));
  }

  static HttpFetcher fetcher(int attempts) {
    return HttpFetcher.builder().readTimeout(Duration.ofSeconds(2)).connectTimeout(Duration.ofSeconds(2))
        .maxAttempts(attempts).retryBackoff(Duration.ofMillis(20)).maxRetryWait(Duration.ofSeconds(5)).build();
  }
}
