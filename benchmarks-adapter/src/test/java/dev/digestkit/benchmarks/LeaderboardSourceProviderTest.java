package dev.digestkit.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.Json;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.http.Recordings;
import dev.digestkit.core.model.Leaderboard;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LeaderboardSourceProviderTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final HttpFetcher FETCHER = HttpFetcher.builder().maxAttempts(1).build();
  private static final Clock CLOCK = Clock.fixed(Fixtures.AT, ZoneOffset.UTC);
  private final LeaderboardSourceProvider noEnv = new LeaderboardSourceProvider(name -> null);

  @AfterAll
  static void close() {
    FETCHER.close();
  }

  private static SourceContext context(Map<String, String> settings) {
    return new SourceContext(FETCHER, CLOCK, settings);
  }

  @Test
  void isDiscoveredThroughServiceLoader() {
    SourceRegistry registry = SourceRegistry.load();
    assertThat(registry.provider("leaderboard")).get().isInstanceOf(LeaderboardSourceProvider.class);
  }

  @Test
  void fetchesArtificialAnalysisWithTheApiKeyHeader() {
    wm.stubFor(get("/api/v2/data/llms/models").withHeader("x-api-key", equalTo("k-123"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody(Fixtures.bytes("aa_api_v2_llms_models_2026-04-22_constructed.json"))));
    SourceContext ctx = context(Map.of(LeaderboardSourceProvider.AA_KEY_SETTING, "k-123",
        "artificial-analysis.url", wm.baseUrl() + "/api/v2/data/llms/models"));
    SourceResult r = noEnv.create(SourceSpec.parse("leaderboard:artificial-analysis?top=5"), ctx).fetch();
    Leaderboard b = (Leaderboard) r.items().get(0);
    assertThat(b.entries()).hasSize(5);
    assertThat(b.entries().get(0).model().displayName()).isEqualTo("Claude Opus 4.7");
    assertThat(b.retrievedAt()).isEqualTo(Fixtures.AT);
    assertThat(b.sourceUrl().orElseThrow().toString()).startsWith(wm.baseUrl());
    wm.verify(getRequestedFor(urlEqualTo("/api/v2/data/llms/models")).withHeader("x-api-key", equalTo("k-123")));
  }

  @Test
  void takesTheApiKeyFromTheEnvironmentWhenNotConfigured() {
    wm.stubFor(get("/aa").withHeader("x-api-key", equalTo("from-env"))
        .willReturn(aResponse().withBody(Fixtures.bytes("aa_api_v2_llms_models_2026-05-22_constructed.json"))));
    LeaderboardSourceProvider p = new LeaderboardSourceProvider(
        name -> name.equals(LeaderboardSourceProvider.AA_KEY_ENV) ? "from-env" : null);
    String url = URLEncoder.encode(wm.baseUrl() + "/aa", StandardCharsets.UTF_8);
    Leaderboard b = (Leaderboard) p.create(SourceSpec.parse("leaderboard:artificial-analysis?url=" + url), context(Map.of()))
        .fetch().items().get(0);
    assertThat(b.entries().get(0).model().displayName()).isEqualTo("GPT-5.5");
  }

  @Test
  void missingApiKeyIsAClearConfigurationError() {
    assertThatThrownBy(() -> noEnv.create(SourceSpec.parse("leaderboard:artificial-analysis"), context(Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(LeaderboardSourceProvider.AA_KEY_SETTING)
        .hasMessageContaining(LeaderboardSourceProvider.AA_KEY_ENV);
  }

  @Test
  void replayNeedsNoApiKey(@TempDir Path dir) throws Exception {
    ObjectNode cassette = Json.newMapper().createObjectNode();
    cassette.put("url", LeaderboardSourceProvider.AA_URL);
    cassette.put("status_code", 200);
    cassette.putObject("headers").put("Content-Type", "application/json");
    cassette.put("body", new String(Fixtures.bytes("aa_api_v2_llms_models_2026-05-22_constructed.json"), StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("aa.json"), cassette.toString());
    try (HttpFetcher replay = HttpFetcher.builder().replay(Recordings.fromDirectory(dir)).build()) {
      Leaderboard b = (Leaderboard) noEnv.create(SourceSpec.parse("leaderboard:artificial-analysis?top=5"),
          new SourceContext(replay, CLOCK, Map.of())).fetch().items().get(0);
      assertThat(b.entries().get(4).model().displayName()).isEqualTo("Qwen3.7 Max");
    }
  }

  @Test
  void httpErrorsSurfaceAsFetchExceptions() {
    wm.stubFor(get("/swe").willReturn(aResponse().withStatus(503).withBody("down")));
    var source = noEnv.create(SourceSpec.parse("leaderboard:swe-rebench"), context(Map.of("swe-rebench.url", wm.baseUrl() + "/swe")));
    assertThatThrownBy(source::fetch).isInstanceOf(FetchException.class).hasMessageContaining("503");
  }

  @Test
  void sweRebenchPageWarningsBecomeResultWarnings() {
    wm.stubFor(get("/").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(Fixtures.bytes("swe-rebench_2026-04-22_constructed.html"))));
    SourceResult r = noEnv.create(SourceSpec.parse("leaderboard:swe-rebench"), context(Map.of("swe-rebench.url", wm.baseUrl() + "/")))
        .fetch();
    assertThat(((Leaderboard) r.items().get(0)).entries()).hasSize(7);
    assertThat(r.warnings()).singleElement().asString().contains("approx. 2M");
  }

  @Test
  void genericCsvFromALocalFileWithAConfigFile(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("arena.csv");
    Files.write(csv, Fixtures.bytes("lmarena_leaderboard_table_20230619.csv"));
    Path cfg = dir.resolve("arena.json");
    Files.writeString(cfg, "{\"id\": \"arena-2023\", \"name\": \"Arena 2023\", \"model\": \"Model\", \"rankBy\": \"elo\","
        + " \"columns\": [{\"column\": \"Arena Elo rating\", \"key\": \"elo\", \"unit\": \"elo\"}]}");
    var spec = SourceSpec.parse("leaderboard:csv?config=" + URLEncoder.encode(cfg.toString(), StandardCharsets.UTF_8)
        + "&url=" + URLEncoder.encode(csv.toString(), StandardCharsets.UTF_8) + "&top=3");
    Leaderboard b = (Leaderboard) noEnv.create(spec, context(Map.of())).fetch().items().get(0);
    assertThat(b.id()).isEqualTo("arena-2023");
    assertThat(b.entries()).extracting(e -> e.model().displayName()).containsExactly("GPT-4", "Claude-v1", "Claude-instant-v1");
  }

  @Test
  void badTargetsAreConfigurationErrors() {
    SourceContext ctx = context(Map.of());
    assertThatThrownBy(() -> noEnv.create(SourceSpec.parse("leaderboard:helm"), ctx))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("swe-rebench");
    assertThatThrownBy(() -> noEnv.create(SourceSpec.parse("leaderboard:csv"), ctx))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("config=");
    assertThatThrownBy(() -> noEnv.create(SourceSpec.parse("leaderboard:swe-rebench?top=zero"), ctx))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("top");
    assertThatThrownBy(() -> noEnv.create(SourceSpec.parse("leaderboard:swe-rebench?colour=red"), ctx))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("colour");
  }

  @Test
  void missingLocalFileIsAFetchException(@TempDir Path dir) {
    var source = noEnv.create(SourceSpec.parse("leaderboard:lmarena?url=" + dir.resolve("nope.csv")), context(Map.of()));
    assertThatThrownBy(source::fetch).isInstanceOf(FetchException.class).hasMessageContaining("nope.csv");
  }
}
