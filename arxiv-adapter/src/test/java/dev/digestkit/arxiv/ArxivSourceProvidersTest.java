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
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Paper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ArxivSourceProvidersTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private HttpFetcher fetcher;
  private SourceContext context;

  @BeforeEach
  void setUp() {
    fetcher = HttpFetcher.builder().maxAttempts(1).build();
    context = new SourceContext(fetcher, Clock.systemUTC(), Map.of(
        ArxivListingSourceProvider.LISTING_URL_SETTING, wm.baseUrl() + "/",
        ArxivSearchSourceProvider.API_URL_SETTING, wm.baseUrl() + "/api/query"));
  }

  @AfterEach
  void tearDown() {
    fetcher.close();
  }

  @Test
  void bothSchemesAreDiscoveredWithServiceLoader() {
    assertThat(SourceRegistry.load().schemes()).contains("arxiv", "arxiv-search");
  }

  @Test
  void arxivSpecReadsTodaysListingFilteredByAnnounceType() {
    wm.stubFor(get("/rss/cs.LG+cs.AI").willReturn(aResponse()
        .withBody(Fixtures.bytes("arxiv-rss/constructed_rss_cs_LG_all_announce_types.xml"))));
    SourceRegistry registry = SourceRegistry.load();

    List<Item> all = registry.create("arxiv:cs.LG+cs.AI", context).fetch().items();
    List<Item> fresh = registry.create("arxiv:cs.LG+cs.AI?types=new,cross", context).fetch().items();

    assertThat(all).hasSize(4);
    assertThat(fresh).extracting(i -> ((Paper) i).id()).containsExactly("2604.21952", "2604.21935");
  }

  @Test
  void arxivSearchSpecRunsAnApiSearchWithOptions() {
    wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse()
        .withBody(Fixtures.cassette("arxiv-api/q_testing_s0_m10_bc5a6c384fe9.json").body())));

    List<Item> items = SourceRegistry.load().create("arxiv-search:cat:cs.LG AND ti:transformer?max=5&sort=lastUpdatedDate", context)
        .fetch().items();

    assertThat(items).hasSize(5);
    wm.verify(getRequestedFor(urlPathEqualTo("/api/query"))
        .withQueryParam("search_query", equalTo("cat:cs.LG AND ti:transformer"))
        .withQueryParam("sortBy", equalTo("lastUpdatedDate"))
        .withQueryParam("max_results", equalTo("5")));
  }

  @Test
  void badSpecsFailAtCreationNamingTheProblem() {
    SourceRegistry registry = SourceRegistry.load();
    assertThatThrownBy(() -> registry.create("arxiv:cs.LG?types=old", context))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("old");
    assertThatThrownBy(() -> registry.create("arxiv:cs.LG?colour=red", context))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> registry.create("arxiv:../etc", context)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> registry.create("arxiv-search:cat:cs.LG?max=40000", context))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("30000");
  }
}
