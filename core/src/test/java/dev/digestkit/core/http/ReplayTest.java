package dev.digestkit.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {
  private static final String ROOT = "dev/digestkit/core/http/replay";
  private static final String HEP_EX = "https://export.arxiv.org/api/query?search_query=&id_list=hep-ex%2F0406020v1&sortBy=relevance&sortOrder=descending&start=0&max_results=100";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path dir;

  private static String recordedBody(String cassette) throws IOException {
    try (InputStream in = ReplayTest.class.getResourceAsStream("replay/" + cassette)) {
      return new ObjectMapper().readTree(in).get("body").asText();
    }
  }

  @Test
  void replayServesARecordedResponseWithoutOpeningASocket() throws IOException {
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    String live = wm.baseUrl() + "/api/query?id_list=1605.08386";
    String dead = "http://127.0.0.1:" + deadPort + "/nothing-listens-here";
    Files.writeString(dir.resolve("live.json"), "{\"url\": \"" + live + "\", \"status_code\": 200, \"body\": \"from the recording\"}");
    Files.writeString(dir.resolve("dead.json"), "{\"url\": \"" + dead + "\", \"status_code\": 200, "
        + "\"headers\": {\"Content-Type\": \"text/plain; charset=utf-8\"}, \"body\": \"also recorded\"}");
    wm.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(aResponse().withStatus(200).withBody("from the network")));

    FakeTicker ticker = new FakeTicker();
    try (HttpFetcher f = HttpFetcher.builder().replay(Recordings.fromDirectory(dir)).ticker(ticker).build()) {
      FetchResponse r = f.fetch(URI.create(live));
      assertThat(r.body()).asString().isEqualTo("from the recording");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.fromCache()).isTrue();
      FetchResponse d = f.fetch(URI.create(dead));
      assertThat(d.body()).asString().isEqualTo("also recorded");
      assertThat(d.charset()).contains(StandardCharsets.UTF_8);
      assertThat(f.isReplay()).isTrue();
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(ticker.sleeps()).isEmpty();
  }

  @Test
  void classpathRecordingsServeRealArxivAnswersWithNoPolitenessDelay() throws IOException {
    FakeTicker ticker = new FakeTicker();
    try (HttpFetcher f = HttpFetcher.builder().replay(Recordings.fromClasspath(ROOT)).ticker(ticker).build()) {
      FetchResponse first = f.fetch(URI.create(HEP_EX));
      FetchResponse second = f.fetch(URI.create("https://export.arxiv.org/api/query?search_query=&id_list=1605.08386&sortBy=relevance&sortOrder=descending&start=0&max_results=100"));
      assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(recordedBody("id_hep-ex_0406020v1_s0_m100_84b15d66c0ce.json"));
      assertThat(second.body()).asString().contains("<feed");
      assertThat(first.uri()).isEqualTo(URI.create(HEP_EX));
    }
    assertThat(ticker.sleeps()).isEmpty();
  }

  @Test
  void urlsMatchWhateverTheParameterOrderEncodingCaseAndDefaultPort() {
    try (HttpFetcher f = HttpFetcher.builder().replay(Recordings.fromClasspath(ROOT)).build()) {
      FetchResponse r = f.fetch(URI.create("HTTPS://Export.arXiv.org:443/api/query?max_results=100&start=0&id_list=hep-ex/0406020v1"
          + "&sortOrder=descending&sortBy=relevance&search_query=#frag"));
      assertThat(r.body()).asString().contains("hep-ex/0406020");
    }
  }

  @Test
  void aRecordedErrorStatusFailsAsItWouldLiveWithItsBody() throws IOException {
    String url = "https://export.arxiv.org/api/query?search_query=&id_list=abc&sortBy=relevance&sortOrder=descending&start=0&max_results=100";
    try (HttpFetcher f = HttpFetcher.builder().replay(Recordings.fromClasspath(ROOT)).build()) {
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(URI.create(url)));
      assertThat(e.status()).contains(400);
      assertThat(new String(e.body().orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(recordedBody("id_abc_s0_m100_b79c8dcf6bc3.json"));
    }
  }

  @Test
  void aMissingRecordingIsATypedErrorCountingTheRecordings() {
    Recordings recordings = Recordings.fromClasspath(ROOT);
    assertThat(recordings.size()).isEqualTo(4);
    try (HttpFetcher f = HttpFetcher.builder().replay(recordings).build()) {
      URI missing = URI.create("https://export.arxiv.org/api/query?id_list=9999.99999");
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(missing));
      assertThat(e).hasMessageContaining("no recording for " + missing).hasMessageContaining("4 recordings");
      assertThat(e.uri()).isEqualTo(missing);
    }
  }

  @Test
  void aBodyFileServesBinaryBytesUnchanged() throws IOException {
    byte[] png;
    try (InputStream in = getClass().getResourceAsStream("replay/binary/pixel.png")) {
      png = in.readAllBytes();
    }
    try (HttpFetcher f = HttpFetcher.builder().replay(Recordings.fromClasspath(ROOT)).build()) {
      FetchResponse r = f.fetch(URI.create("https://static.example.org/img/pixel.png"));
      assertThat(r.body()).isEqualTo(png);
      assertThat(r.mediaType()).contains("image/png");
    }
  }

  @Test
  void recordToWritesCassettesThatReplayServesBack() throws IOException {
    wm.stubFor(get("/feed.xml").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody("<rss>é</rss>")));
    wm.stubFor(get("/moved").willReturn(aResponse().withStatus(301).withHeader("Location", "/feed.xml")));
    wm.stubFor(get("/blob").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(new byte[] {(byte) 0xff, 0, (byte) 0xfe})));
    wm.stubFor(get("/gone").willReturn(aResponse().withStatus(404).withBody("not here")));
    try (HttpFetcher f = HttpFetcher.builder().recordTo(dir).build()) {
      f.fetch(URI.create(wm.baseUrl() + "/moved"));
      f.fetch(URI.create(wm.baseUrl() + "/blob"));
      catchThrowableOfType(FetchException.class, () -> f.fetch(URI.create(wm.baseUrl() + "/gone")));
    }
    assertThat(Files.readAllLines(dir.resolve("index.txt"))).hasSize(4);
    int served = wm.getAllServeEvents().size();

    try (HttpFetcher f = HttpFetcher.builder().replay(Recordings.fromDirectory(dir)).build()) {
      FetchResponse r = f.fetch(URI.create(wm.baseUrl() + "/moved"));
      assertThat(r.body()).asString(StandardCharsets.UTF_8).isEqualTo("<rss>é</rss>");
      assertThat(r.uri()).isEqualTo(URI.create(wm.baseUrl() + "/feed.xml"));
      assertThat(f.fetch(URI.create(wm.baseUrl() + "/blob")).body()).containsExactly((byte) 0xff, 0, (byte) 0xfe);
      FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(URI.create(wm.baseUrl() + "/gone")));
      assertThat(e.status()).contains(404);
    }
    assertThat(wm.getAllServeEvents()).hasSize(served);
  }

  @Test
  void aClasspathRootWithoutAnIndexIsAConfigurationError() {
    assertThatThrownBy(() -> Recordings.fromClasspath("dev/digestkit/core/http/bodies"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("index.txt");
  }

  @Test
  void replayAndRecordToTogetherAreRefusedAtBuild() {
    assertThatThrownBy(() -> HttpFetcher.builder().replay(Recordings.fromClasspath(ROOT)).recordTo(dir).build())
        .isInstanceOf(ConfigurationException.class);
  }
}
