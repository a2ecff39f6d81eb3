package dev.digestkit.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.digestkit.core.FetchException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeTicker ticker = new FakeTicker();

  private HttpFetcher.Builder fetcher() {
    return HttpFetcher.builder().ticker(ticker).random(() -> 0.5);
  }

  private URI url(String path) {
    return URI.create(wm.baseUrl() + path);
  }

  /** The first answer is {@code first}, every later one a 200 "recovered". */
  private void failOnceThen(String path, ResponseDefinitionBuilder first) {
    wm.stubFor(get(path).inScenario(path).whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("failed"));
    wm.stubFor(get(path).inScenario(path).whenScenarioStateIs("failed").willReturn(aResponse().withStatus(200).withBody("recovered")));
  }

  @Test
  void retriesAfterRetryAfterSeconds() {
    failOnceThen("/ra-seconds", aResponse().withStatus(503).withHeader("Retry-After", "7"));
    try (HttpFetcher f = fetcher().build()) {
      FetchResponse r = f.fetch(url("/ra-seconds"));
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("recovered");
    }
    assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(7));
    wm.verify(2, getRequestedFor(urlEqualTo("/ra-seconds")));
  }

  @Test
  void retriesAfterRetryAfterHttpDate() {
    Instant at = ticker.now().plusSeconds(42);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    failOnceThen("/ra-date", aResponse().withStatus(429).withHeader("Retry-After", date));
    try (HttpFetcher f = fetcher().build()) {
      assertThat(f.fetch(url("/ra-date")).status()).isEqualTo(200);
    }
    assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void retryAfterBeyondTheMaximumWaitFailsAtOnceInsteadOfHanging() {
    wm.stubFor(get("/ra-long").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
    try (HttpFetcher f = fetcher().maxRetryWait(Duration.ofSeconds(120)).build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(url("/ra-long")));
      assertThat(e.status()).contains(503);
      assertThat(e).hasMessageContaining("Retry-After 3600").hasMessageContaining("120 s").hasMessageContaining(url("/ra-long").toString());
    }
    assertThat(ticker.sleeps()).isEmpty();
    wm.verify(1, getRequestedFor(urlEqualTo("/ra-long")));
  }

  @Test
  void threeRetriesThenATypedErrorWithStatusAttemptsAndBody() {
    wm.stubFor(get("/down").willReturn(aResponse().withStatus(500).withBody("upstream exploded")));
    try (HttpFetcher f = fetcher().build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(url("/down")));
      assertThat(e.status()).contains(500);
      assertThat(e).hasMessageContaining("4 attempts").hasMessageContaining("/down");
      assertThat(new String(e.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("upstream exploded");
    }
    wm.verify(4, getRequestedFor(urlEqualTo("/down")));
    // Backoff of 1 s doubling, jitter fixed at the middle of [half, all]: 0.75, 1.5, 3 s.
    assertThat(ticker.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000));
  }

  @Test
  void jitterKeepsEachWaitBetweenHalfAndAllOfTheExponentialStep() {
    wm.stubFor(get("/jitter").willReturn(aResponse().withStatus(502)));
    FakeTicker low = new FakeTicker();
    FakeTicker high = new FakeTicker();
    try (HttpFetcher a = HttpFetcher.builder().ticker(low).random(() -> 0.0).retryBackoff(Duration.ofMillis(200)).build();
         HttpFetcher b = HttpFetcher.builder().ticker(high).random(() -> 0.999).retryBackoff(Duration.ofMillis(200)).build()) {
      catchThrowableOfType(FetchException.class, () -> a.fetch(url("/jitter")));
      catchThrowableOfType(FetchException.class, () -> b.fetch(url("/jitter")));
    }
    assertThat(low.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(high.sleeps()).hasSize(3);
    assertThat(high.sleeps().get(2)).isBetween(Duration.ofMillis(799), Duration.ofMillis(800));
  }

  @Test
  void clientErrorsAreNotRetriedAndKeepArxivsErrorBody() throws IOException {
    byte[] arxivError;
    try (InputStream in = getClass().getResourceAsStream("replay/id_abc_s0_m100_b79c8dcf6bc3.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      arxivError = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("body").asText().getBytes(StandardCharsets.UTF_8);
    }
    wm.stubFor(get("/api/query?id_list=abc").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/atom+xml").withBody(arxivError)));
    try (HttpFetcher f = fetcher().build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(url("/api/query?id_list=abc")));
      assertThat(e.status()).contains(400);
      assertThat(e.body()).hasValueSatisfying(b -> assertThat(b).isEqualTo(arxivError));
      assertThat(new String(e.body().orElseThrow(), StandardCharsets.UTF_8)).contains("incorrect id format for abc");
      assertThat(e).hasMessageContaining("not retried");
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/api/query?id_list=abc")));
    assertThat(ticker.sleeps()).isEmpty();
  }

  @Test
  void errorBodyIsCutAt64KiB() {
    wm.stubFor(get("/big404").willReturn(aResponse().withStatus(404).withBody(new byte[300_000])));
    try (HttpFetcher f = fetcher().build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(url("/big404")));
      assertThat(e.body().orElseThrow()).hasSize(FetchException.MAX_BODY_KEPT);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
  void connectionFailuresAreRetried(Fault fault) {
    String path = "/fault-" + fault.name().toLowerCase();
    failOnceThen(path, aResponse().withFault(fault));
    try (HttpFetcher f = fetcher().build()) {
      assertThat(new String(f.fetch(url(path)).body(), StandardCharsets.UTF_8)).isEqualTo("recovered");
    }
    wm.verify(2, getRequestedFor(urlEqualTo(path)));
    assertThat(ticker.sleeps()).hasSize(1);
  }

  @Test
  void persistentConnectionFailureEndsInATypedErrorNamingTheCause() {
    wm.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (HttpFetcher f = fetcher().maxAttempts(3).build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(url("/reset")));
      assertThat(e).hasMessageContaining("after 3 attempts").hasMessageContaining("/reset");
      assertThat(e.status()).isEmpty();
      assertThat(e.getCause()).isInstanceOf(IOException.class);
    }
    wm.verify(3, getRequestedFor(urlEqualTo("/reset")));
  }

  @Test
  void readTimeoutIsRetriedThenTyped() {
    wm.stubFor(get("/slow").willReturn(aResponse().withStatus(200).withBody("late").withFixedDelay(2_000)));
    try (HttpFetcher f = fetcher().readTimeout(Duration.ofMillis(200)).maxAttempts(2).build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(url("/slow")));
      assertThat(e).hasMessageContaining("after 2 attempts").hasMessageContainingAll("Timeout");
    }
    wm.verify(2, getRequestedFor(urlEqualTo("/slow")));
  }

  @Test
  void connectionRefusedIsATypedError() throws IOException {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (HttpFetcher f = fetcher().maxAttempts(2).build()) {
      URI dead = URI.create("http://127.0.0.1:" + port + "/x");
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(dead));
      assertThat(e.uri()).isEqualTo(dead);
      assertThat(e).hasMessageContaining("after 2 attempts");
    }
  }
}
