package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Model;
import org.junit.jupiter.api.Test;

class JoinedTableTest {
  private final Leaderboard aa = Fixtures.read(Leaderboards.artificialAnalysis(), "aa_api_v2_llms_models_2026-04-22_constructed.json");
  private final Leaderboard swe = Fixtures.read(Leaderboards.sweRebench(), "swe-rebench_2026-04-22_constructed.html");

  @Test
  void joinsArtificialAnalysisAndSweRebenchByModel() {
    JoinedTable t = Leaderboards.join(aa, swe);
    assertThat(t.matched()).extracting(r -> r.model().displayName())
        .containsExactly("Gemini 3.1 Pro Preview", "GPT-5.4", "Kimi K2.6", "Claude Opus 4.6", "GLM-5");
    JoinedTable.Row gpt54 = t.matched().get(1);
    assertThat(gpt54.entry("swe-rebench").orElseThrow().model().displayName()).isEqualTo("gpt-5.4-2026-03-05-medium");
    assertThat(gpt54.value("artificial-analysis", "intelligence_index")).contains(Measurement.of(56.8));
    assertThat(gpt54.value("swe-rebench", "resolved_rate").map(Measurement::value)).contains(62.8);
    JoinedTable.Row glm5 = t.matched().get(4);
    assertThat(glm5.value("artificial-analysis", "price_blended")).contains(Measurement.of(1.55));
    assertThat(glm5.entry("swe-rebench").orElseThrow().rank()).isEqualTo(3);
  }

  @Test
  void unmatchedRowsAreKeptAndListed() {
    JoinedTable t = Leaderboards.join(aa, swe);
    assertThat(t.rows()).hasSize(aa.entries().size() + swe.entries().size() - 5);
    assertThat(t.unmatched().get("artificial-analysis")).extracting(Model::displayName)
        .containsExactly("Claude Opus 4.7", "GPT-5.3 Codex", "Falcon-H1R-7B");
    assertThat(t.unmatched().get("swe-rebench")).extracting(Model::displayName)
        .containsExactly("gpt-5.2-2025-12-11-medium", "GLM-5.1");
    JoinedTable.Row glm51 = t.rows().get(t.rows().size() - 1);
    assertThat(glm51.model().displayName()).isEqualTo("GLM-5.1");
    assertThat(glm51.entry("artificial-analysis")).isEmpty();
  }

  @Test
  void theSeedsTopFivesShareOnlyGpt54() {
    JoinedTable t = Leaderboards.join(aa.top(5), swe.top(5));
    assertThat(t.matched()).extracting(r -> r.model().key()).containsExactly("gpt-5.4");
    assertThat(t.rows()).hasSize(9);
  }

  @Test
  void rendersTheJoinedSeedTableAsText() {
    assertThat(Leaderboards.join(aa.top(5), swe.top(5)).toText().lines()).containsExactly(
        "Model                      Artificial Analysis Intelligence Index #  Score  SWE-rebench #  Score",
        "Claude Opus 4.7                                                   1   57.3              —      —",
        "Gemini 3.1 Pro Preview                                            2   57.2              —      —",
        "GPT-5.4                                                           3   56.8              4  62.8%",
        "Kimi K2.6                                                         4   53.9              —      —",
        "GPT-5.3 Codex                                                     5   53.6              —      —",
        "Claude Opus 4.6                                                   —      —              1  65.3%",
        "gpt-5.2-2025-12-11-medium                                         —      —              2  64.4%",
        "GLM-5                                                             —      —              3  62.8%",
        "GLM-5.1                                                           —      —              5  62.7%");
  }

  @Test
  void familyFallbackNeverGuessesBetweenTwoEfforts() {
    Leaderboard two = Fixtures.read(Leaderboards.csv(GenericTablesTest.config(
        "{\"id\": \"two\", \"model\": \"m\", \"columns\": [{\"column\": \"s\", \"key\": \"s\"}]}")), "two.csv");
    JoinedTable t = Leaderboards.join(aa, two);
    assertThat(t.matched()).isEmpty();
    assertThat(t.unmatched().get("two")).hasSize(2);
  }

  @Test
  void snapshotsOfOneModelPairWithTheirOwnTwin() {
    TableConfig cfg = GenericTablesTest.config("{\"id\": \"ID\", \"model\": \"m\", \"columns\": [{\"column\": \"s\", \"key\": \"s\"}]}");
    Leaderboard a = Leaderboards.csv(cfg).read(stream("m,s\nClaude 3.5 Sonnet (20240620),1\nClaude 3.5 Sonnet (20241022),2\n"),
        java.net.URI.create("file:///a.csv"));
    Leaderboard b = new Leaderboard("other", "Other", a.description(), a.sourceUrl(), a.retrievedAt(), a.asOf(), a.metrics(),
        Leaderboards.csv(cfg).read(stream("m,s\nclaude-3-5-sonnet-20241022,3\nclaude-3-5-sonnet-20240620,4\n"),
            java.net.URI.create("file:///b.csv")).entries(), java.util.List.of());
    JoinedTable t = Leaderboards.join(a, b);
    assertThat(t.matched()).extracting(r -> r.model().displayName() + "=" + r.entry("other").orElseThrow().model().displayName())
        .containsExactly("Claude 3.5 Sonnet (20240620)=claude-3-5-sonnet-20240620",
            "Claude 3.5 Sonnet (20241022)=claude-3-5-sonnet-20241022");
  }

  private static java.io.InputStream stream(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void boardsWithTheSameIdCannotBeJoined() {
    assertThatThrownBy(() -> Leaderboards.join(aa, aa)).isInstanceOf(IllegalArgumentException.class);
  }
}
