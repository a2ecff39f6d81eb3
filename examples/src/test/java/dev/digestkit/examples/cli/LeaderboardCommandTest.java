package dev.digestkit.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LeaderboardCommandTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path fixture(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/leaderboards/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void printsTheSeedTableAsJson() throws Exception {
    Path aa = fixture("aa_api_v2_llms_models_2026-05-22_constructed.json");
    assertThat(run("leaderboard", "--source", "artificial-analysis", aa.toString(), "--top", "5")).isZero();
    JsonNode root = Json.newMapper().readTree(out.toString());
    assertThat(root.get("name").asText()).isEqualTo("Artificial Analysis Intelligence Index");
    assertThat(root.get("metrics").get(0).get("key").asText()).isEqualTo("intelligence_index");
    assertThat(root.get("metrics").get(0).get("unit").asText()).isEqualTo("score");
    assertThat(root.get("entries")).hasSize(5);
    JsonNode first = root.get("entries").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("model").asText()).isEqualTo("GPT-5.5");
    assertThat(first.get("organization").asText()).isEqualTo("OpenAI");
    assertThat(first.get("values").get("price_blended").asDouble()).isEqualTo(11.25);
    assertThat(root.get("entries").get(4).get("values").get("output_speed").isNull()).isTrue();
  }

  @Test
  void printsAnAlignedTableLikeTheDigest() throws Exception {
    Path aa = fixture("aa_api_v2_llms_models_2026-04-22_constructed.json");
    assertThat(run("leaderboard", "--source", "artificial-analysis", aa.toString(), "--top", "5", "--format", "table")).isZero();
    assertThat(out.toString()).isEqualTo(String.join("\n",
        "#  Model                   Score  tok/s    $/1M",
        "1  Claude Opus 4.7          57.3     62  $10.00",
        "2  Gemini 3.1 Pro Preview   57.2    127   $4.50",
        "3  GPT-5.4                  56.8     82   $5.63",
        "4  Kimi K2.6                53.9    135   $1.71",
        "5  GPT-5.3 Codex            53.6     80   $4.81", ""));
  }

  @Test
  void tableShowsTheAbsentValueAsADash() throws Exception {
    Path aa = fixture("aa_api_v2_llms_models_2026-05-22_constructed.json");
    assertThat(run("leaderboard", "--source", "artificial-analysis", aa.toString(), "--top", "5", "--format", "table",
        "--metrics", "intelligence_index,output_speed,price_blended,price_output")).isZero();
    assertThat(out.toString().lines()).containsExactly(
        "#  Model                   Score  tok/s    $/1M  $/1M out",
        "1  GPT-5.5                  60.2     65  $11.25    $30.00",
        "2  Claude Opus 4.7          57.3     49  $10.94    $27.25",
        "3  Gemini 3.1 Pro Preview   57.2    142   $4.50    $12.00",
        "4  GPT-5.4                  56.8     93   $5.63    $15.00",
        "5  Qwen3.7 Max              56.6      —   $3.75    $10.50");
  }

  @Test
  void unknownMetricIsAnInputError() throws Exception {
    Path aa = fixture("aa_api_v2_llms_models_2026-05-22_constructed.json");
    assertThat(run("leaderboard", "--source", "artificial-analysis", aa.toString(), "--format", "table", "--metrics", "elo"))
        .isEqualTo(Main.EXIT_INPUT);
    assertThat(err.toString()).contains("elo").contains("intelligence_index");
  }

  @Test
  void readsSweRebenchFromAUrlThroughTheFetcher() throws Exception {
    wm.stubFor(get("/leaderboard").willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody(Files.readAllBytes(fixture("swe-rebench_2026-04-22_constructed.html")))));
    assertThat(run("leaderboard", "--source", "swe-rebench", wm.baseUrl() + "/leaderboard", "--top", "2", "--format", "table",
        "--metrics", "resolved_rate")).isZero();
    assertThat(out.toString()).isEqualTo(String.join("\n",
        "#  Model                      Score",
        "1  Claude Opus 4.6            65.3%",
        "2  gpt-5.2-2025-12-11-medium  64.4%", ""));
    assertThat(err.toString()).contains("warning").contains("approx. 2M");
  }

  @Test
  void readsAGenericCsvWithAConfigFile() throws Exception {
    Path csv = fixture("lmarena_leaderboard_table_20230619.csv");
    Path cfg = dir.resolve("cfg.json");
    Files.writeString(cfg, "{\"id\": \"arena\", \"name\": \"Arena\", \"model\": \"Model\", \"rankBy\": \"elo\","
        + " \"columns\": [{\"column\": \"Arena Elo rating\", \"key\": \"elo\", \"label\": \"Elo\", \"unit\": \"elo\"}]}");
    assertThat(run("leaderboard", "--source", "csv", csv.toString(), "--config", cfg.toString(), "--top", "1", "--format", "table"))
        .isZero();
    assertThat(out.toString()).isEqualTo("#  Model   Elo\n1  GPT-4  1227\n");
  }

  @Test
  void diffsTwoSavedBoards() throws Exception {
    Path a = dir.resolve("april.json");
    Path b = dir.resolve("may.json");
    assertThat(run("leaderboard", "--source", "artificial-analysis", fixture("aa_api_v2_llms_models_2026-04-22_constructed.json").toString()))
        .isZero();
    Files.writeString(a, out.toString());
    out.getBuffer().setLength(0);
    assertThat(run("leaderboard", "--source", "artificial-analysis", fixture("aa_api_v2_llms_models_2026-05-22_constructed.json").toString()))
        .isZero();
    Files.writeString(b, out.toString());
    out.getBuffer().setLength(0);
    assertThat(run("leaderboard", "diff", a.toString(), b.toString(), "--top", "5")).isZero();
    assertThat(out.toString())
        .contains("GPT-5.5 new at #1")
        .contains("Claude Opus 4.7 1 → 2")
        .contains("Qwen3.7 Max new at #5")
        .contains("Kimi K2.6 dropped (was #4)")
        .contains("GPT-5.3 Codex dropped (was #5)");
  }

  @Test
  void missingSourceIsAUsageError() {
    assertThat(run("leaderboard")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString()).contains("--source");
  }

  @Test
  void unreadableInputIsAnInputErrorOnOneLine() throws Exception {
    Path bogus = dir.resolve("bogus.json");
    Files.writeString(bogus, "{\"nope\": true}");
    assertThat(run("leaderboard", "--source", "artificial-analysis", bogus.toString())).isEqualTo(Main.EXIT_INPUT);
    assertThat(err.toString().strip()).startsWith("digestkit: ").contains("bogus.json").doesNotContain("\n");
    assertThat(run("leaderboard", "diff", bogus.toString(), bogus.toString())).isEqualTo(Main.EXIT_INPUT);
  }

  @Test
  void missingApiKeyForTheLiveApiIsAnInputError() {
    // Only meaningful where the key is not set; with it set the command would go to the network.
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("ARTIFICIAL_ANALYSIS_API_KEY") == null);
    assertThat(run("leaderboard", "--source", "artificial-analysis")).isEqualTo(Main.EXIT_INPUT);
    assertThat(err.toString()).contains("ARTIFICIAL_ANALYSIS_API_KEY");
  }
}
