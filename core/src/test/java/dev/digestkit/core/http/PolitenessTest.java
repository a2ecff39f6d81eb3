package dev.digestkit.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PolitenessTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void stub() {
    wm.stubFor(get(urlPathMatching("/p/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
  }

  private URI at(String host, String path) {
    return URI.create("http://" + host + ":" + wm.getPort() + path);
  }

  @Test
  void fourThreadsHammeringOneHostStillGetTheGap() throws Exception {
    Duration gap = Duration.ofMillis(300);
    try (HttpFetcher f = HttpFetcher.builder().hostInterval("localhost", gap).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          done.add(pool.submit(() -> {
            for (int i = 0; i < 2; i++) {
              f.fetch(at("localhost", "/p/" + thread + "-" + i));
            }
          }));
        }
        for (Future<?> d : done) {
          d.get();
        }
      } finally {
        pool.shutdownNow();
      }
    }
    List<Long> arrivals = wm.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(r -> r.getLoggedDate().getTime())
        .sorted()
        .toList();
    assertThat(arrivals).hasSize(8);
    // The fetcher spaces request *starts*; arrivals at the server add transit and scheduling noise
    // (tens of ms on a loaded 2-core CI machine), so one gap may look shorter while its neighbour
    // looks longer. Without politeness the 4 threads arrive within a few ms of each other, so both
    // checks below fail loudly if the gate breaks, yet neither flakes under load.
    for (int i = 1; i < arrivals.size(); i++) {
      assertThat(arrivals.get(i) - arrivals.get(i - 1)).as("gap before request %d", i).isGreaterThanOrEqualTo(gap.toMillis() / 2);
    }
    assertThat(arrivals.get(arrivals.size() - 1) - arrivals.get(0))
        .as("span of 8 requests")
        .isGreaterThanOrEqualTo(7 * gap.toMillis() - 60);
  }

  @Test
  void differentHostsDoNotWaitForEachOther() {
    FakeTicker ticker = new FakeTicker();
    try (HttpFetcher f = HttpFetcher.builder().defaultHostInterval(Duration.ofSeconds(5)).ticker(ticker).build()) {
      f.fetch(at("localhost", "/p/1"));
      f.fetch(at("127.0.0.1", "/p/2"));
      assertThat(ticker.sleeps()).isEmpty();
      f.fetch(at("localhost", "/p/3"));
      assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(5));
    }
  }

  @Test
  void waitsOnlyForWhatRemainsOfTheInterval() {
    FakeTicker ticker = new FakeTicker();
    try (HttpFetcher f = HttpFetcher.builder().hostInterval("localhost", Duration.ofSeconds(3)).ticker(ticker).build()) {
      f.fetch(at("localhost", "/p/1"));
      ticker.sleep(Duration.ofSeconds(2));
      f.fetch(at("localhost", "/p/2"));
      assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1));
    }
  }

  @Test
  void arxivHostsDefaultToThreeSecondsAndOrdinaryHostsToNone() {
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      assertThat(f.hostInterval("export.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
      assertThat(f.hostInterval("arxiv.org")).isEqualTo(Duration.ofSeconds(3));
      assertThat(f.hostInterval("rss.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
      assertThat(f.hostInterval("oaipmh.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
      assertThat(f.hostInterval("Export.ArXiv.org")).isEqualTo(Duration.ofSeconds(3));
      assertThat(f.hostInterval("openai.com")).isEqualTo(Duration.ZERO);
      assertThat(f.hostInterval("notarxiv.org")).isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void hostIntervalOverridesTheDefaults() {
    try (HttpFetcher f = HttpFetcher.builder()
        .defaultHostInterval(Duration.ofMillis(100))
        .hostInterval("export.arxiv.org", Duration.ofSeconds(5))
        .hostInterval("*.example.org", Duration.ofSeconds(1))
        .build()) {
      assertThat(f.hostInterval("export.arxiv.org")).isEqualTo(Duration.ofSeconds(5));
      assertThat(f.hostInterval("rss.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
      assertThat(f.hostInterval("a.b.example.org")).isEqualTo(Duration.ofSeconds(1));
      assertThat(f.hostInterval("github.com")).isEqualTo(Duration.ofMillis(100));
    }
  }
}
