package dev.digestkit.arxiv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArxivClientTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private HttpFetcher fetcher;

  @AfterEach
  void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }

  private ArxivClient client(Duration interval, int pageSize) {
    fetcher = HttpFetcher.builder().hostInterval("localhost", interval).maxAttempts(1).build();
    return ArxivClient.builder().fetcher(fetcher)
        .apiUrl(URI.create(wm.baseUrl() + "/api/query"))
        .listingUrl(URI.create(wm.baseUrl() + "/"))
        .pageSize(pageSize).build();
  }

  private static void serve(String cassette) {
    Fixtures.Cassette c = Fixtures.cassette("arxiv-api/" + cassette);
    var q = c.url().getRawQuery().split("&");
    var stub = get(urlPathEqualTo("/api/query"));
    for (String kv : q) {
      String[] p = kv.split("=", 2);
      stub = stub.withQueryParam(p[0], equalTo(java.net.URLDecoder.decode(p.length > 1 ? p[1] : "", java.nio.charset.StandardCharsets.UTF_8)));
    }
    wm.stubFor(stub.willReturn(aResponse().withStatus(c.status())
        .withHeader("Content-Type", "application/atom+xml; charset=utf-8").withBody(c.body())));
  }

  private static List<Paper> papersOf(String cassette) {
    Fixtures.Cassette c = Fixtures.cassette("arxiv-api/" + cassette);
    return ArxivDocument.parse(new ByteArrayInputStream(c.body()), c.url()).papers();
  }

  private static ArxivSearch testing(int max) {
    return ArxivSearch.builder().query(ArxivQuery.raw("testing")).maxResults(max).build();
  }

  @Test
  void streamsAThreePageSearchLazilyWithTheArxivGapBetweenRequests() {
    serve("q_testing_s0_m10_bc5a6c384fe9.json");
    serve("q_testing_s10_m10_34e56e15aaac.json");
    serve("q_testing_s20_m10_348a237fecab.json");
    ArxivClient client = client(HttpFetcher.ARXIV_INTERVAL, 10);

    Iterator<Paper> it = client.search(testing(30)).iterator();
    assertThat(it.next().id()).isEqualTo("2202.12139");
    assertThat(wm.getAllServeEvents()).as("only the first page is fetched before it is needed").hasSize(1);
    List<Paper> rest = new java.util.ArrayList<>();
    it.forEachRemaining(rest::add);

    assertThat(rest).hasSize(29);
    List<Paper> expected = new java.util.ArrayList<>(papersOf("q_testing_s0_m10_bc5a6c384fe9.json"));
    expected.addAll(papersOf("q_testing_s10_m10_34e56e15aaac.json"));
    expected.addAll(papersOf("q_testing_s20_m10_348a237fecab.json"));
    assertThat(rest).isEqualTo(expected.subList(1, 30));
    List<LoggedRequest> requests = wm.getAllServeEvents().stream().map(ServeEvent::getRequest)
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    assertThat(requests).extracting(r -> r.queryParameter("start").firstValue()).containsExactly("0", "10", "20");
    for (int i = 1; i < requests.size(); i++) {
      long gap = requests.get(i).getLoggedDate().getTime() - requests.get(i - 1).getLoggedDate().getTime();
      // Server-side receive times jitter under load; without politeness the gap would be milliseconds.
      assertThat(gap).as("gap before request %d", i).isGreaterThanOrEqualTo(2_500);
    }
  }

  @Test
  void retriesAnEmptyMidResultPageAndContinues() {
    serve("q_testing_s0_m10_bc5a6c384fe9.json");
    wm.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("10"))
        .inScenario("empty").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withBody(Fixtures.bytes("arxiv-api/constructed_q_testing_s10_m10_empty.xml")))
        .willSetStateTo("served-empty"));
    Fixtures.Cassette page2 = Fixtures.cassette("arxiv-api/q_testing_s10_m10_34e56e15aaac.json");
    wm.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("10"))
        .inScenario("empty").whenScenarioStateIs("served-empty")
        .willReturn(aResponse().withBody(page2.body())));

    List<Paper> papers = client(Duration.ZERO, 10).search(testing(20)).stream().toList();

    assertThat(papers).hasSize(20);
    assertThat(papers.subList(10, 20)).isEqualTo(papersOf("q_testing_s10_m10_34e56e15aaac.json"));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("10")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("10"))
        .withHeader("Cache-Control", equalTo("no-cache")));
  }

  @Test
  void givesUpOnAPageThatStaysEmptyAfterTheConfiguredRetries() {
    serve("q_testing_s0_m10_bc5a6c384fe9.json");
    wm.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("10"))
        .willReturn(aResponse().withBody(Fixtures.bytes("arxiv-api/constructed_q_testing_s10_m10_empty.xml"))));
    fetcher = HttpFetcher.builder().maxAttempts(1).build();
    ArxivClient client = ArxivClient.builder().fetcher(fetcher).apiUrl(URI.create(wm.baseUrl() + "/api/query"))
        .pageSize(10).emptyPageRetries(2).build();

    Iterator<Paper> it = client.search(testing(30)).iterator();
    IntStream.range(0, 10).forEach(i -> it.next());
    assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(ArxivEmptyPageException.class, e -> {
      assertThat(e.start()).isEqualTo(10);
      assertThat(e.totalResults()).isEqualTo(214881);
    });
    wm.verify(3, getRequestedFor(urlPathEqualTo("/api/query")).withQueryParam("start", equalTo("10")));
  }

  @Test
  void arxivsErrorEntryBecomesArxivApiException() {
    Fixtures.Cassette c = Fixtures.cassette("arxiv-api/id_abc_s0_m100_b79c8dcf6bc3.json");
    wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(400).withBody(c.body())));

    assertThatThrownBy(() -> client(Duration.ZERO, 100).search(ArxivQuery.raw("id:abc")).stream().toList())
        .isInstanceOfSatisfying(ArxivApiException.class, e -> {
          assertThat(e.arxivMessage()).isEqualTo("incorrect id format for abc");
          assertThat(e.status()).contains(400);
        });
  }

  @Test
  void anUnboundedQueryBeyondTheCeilingFailsBeforeAnyPaper() {
    wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse()
        .withBody(Fixtures.cassette("arxiv-api/q_testing_s0_m10_bc5a6c384fe9.json").body())));
    SearchResults results = client(Duration.ZERO, 10).search(ArxivQuery.raw("testing"));
    assertThatThrownBy(() -> results.iterator().hasNext())
        .isInstanceOfSatisfying(ArxivResultLimitException.class, e -> assertThat(e.totalResults()).isEqualTo(214881))
        .hasMessageContaining("30000");
  }

  @Test
  void looksUpIdsInOrderedBatches() {
    fetcher = HttpFetcher.builder().maxAttempts(1).build();
    ArxivClient client = ArxivClient.builder().fetcher(fetcher).apiUrl(URI.create(wm.baseUrl() + "/api/query"))
        .idBatchSize(1).build();
    // The recordings asked for max_results=100 per id; a batch of one asks for its own size.
    for (String name : List.of("id_1605.08386_s0_m100_199195aa31ad.json", "id_1707.08567_s0_m100_6a1afebfc6a3.json",
        "id_hep-ex_0406020v1_s0_m100_84b15d66c0ce.json")) {
      Fixtures.Cassette c = Fixtures.cassette("arxiv-api/" + name);
      String idList = java.net.URLDecoder.decode(c.url().getRawQuery().replaceAll(".*id_list=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
      wm.stubFor(get(urlPathEqualTo("/api/query")).withQueryParam("id_list", equalTo(idList)).willReturn(aResponse().withBody(c.body())));
    }

    List<Paper> papers = client.lookup(List.of(ArxivId.parse("1605.08386"), ArxivId.parse("1707.08567"), ArxivId.parse("hep-ex/0406020v1")));

    assertThat(papers).extracting(Paper::id).containsExactly("1605.08386", "1707.08567", "hep-ex/0406020");
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void splitsLongIdListsIntoRequestsOfAtMostTheBatchSize() {
    wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse()
        .withBody(Fixtures.cassette("arxiv-api/id_0000.0000_s0_m100_8b51d9633a68.json").body())));
    List<ArxivId> ids = IntStream.range(1, 251).mapToObj(i -> ArxivId.of(String.format("2401.%05d", i))).toList();

    assertThat(client(Duration.ZERO, 100).lookup(ids)).isEmpty();

    assertThat(wm.getAllServeEvents()).extracting(e -> e.getRequest().queryParameter("id_list").firstValue().split(",").length)
        .containsExactlyInAnyOrder(100, 100, 50);
  }

  @Test
  void reportsTotalResultsFromTheFirstPage() {
    serve("q_testing_s0_m10_bc5a6c384fe9.json");
    SearchResults results = client(Duration.ZERO, 10).search(testing(10));
    assertThat(results.totalResults()).hasValue(214881);
    assertThat(results.stream().count()).isEqualTo(10);
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void fetchesDailyListingsInBothFormats() {
    wm.stubFor(get("/rss/cs.LG+cs.AI").willReturn(aResponse()
        .withBody(Fixtures.bytes("arxiv-rss/constructed_rss_cs_LG_all_announce_types.xml"))));
    wm.stubFor(get("/atom/cs.LG").willReturn(aResponse()
        .withBody(Fixtures.bytes("arxiv-rss/constructed_atom_cs_LG_all_announce_types.xml"))));
    ArxivClient client = client(Duration.ZERO, 10);

    assertThat(client.listing("cs.LG+cs.AI").papers()).hasSize(4);
    assertThat(client.listing("cs.LG", ArxivClient.ListingFormat.ATOM).onlyNew().papers())
        .singleElement().satisfies(p -> assertThat(p.announceType()).contains(AnnounceType.NEW));
    assertThatThrownBy(() -> client.listing("cs.LG/../../etc"))
        .isInstanceOf(dev.digestkit.core.ConfigurationException.class);
  }
}
