package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.MetricUnit;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericTablesTest {

  static TableConfig config(String json) {
    return TableConfig.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-config");
  }

  @Test
  void csvWithMultiLineQuotedCellsReadsEveryRow() {
    TableConfig cfg = config("""
        {"id": "epoch-notable", "name": "Epoch AI notable models", "model": "Model", "organization": "Organization",
         "rankBy": "compute",
         "columns": [
           {"column": "Training compute (FLOP)", "key": "compute", "label": "FLOP", "unit": "count"},
           {"column": "Parameters", "key": "parameters", "label": "Params", "unit": "count"},
           {"column": "Training compute cost (2023 USD)", "key": "cost", "label": "Cost", "unit": "usd", "higherIsBetter": false}
         ]}
        """);
    Leaderboard b = Fixtures.read(Leaderboards.csv(cfg), "epoch_notable_ai_models_2025-02-24.csv");
    assertThat(b.entries()).hasSize(895);
    LeaderboardEntry top = b.entries().get(0);
    assertThat(top.model().displayName()).isEqualTo("Grok-3");
    assertThat(top.model().organization()).contains("xAI");
    assertThat(top.value("compute")).contains(Measurement.of(4.64e26));
    assertThat(top.value("parameters")).isEmpty();
    assertThat(b.entries().stream().filter(e -> e.value("compute").isPresent()).count()).isEqualTo(451);
    assertThat(b.warnings()).isEmpty();
  }

  @Test
  void jsonRowsAndFieldsByJsonPointer() {
    TableConfig cfg = config("""
        {"id": "swe-bench-verified", "name": "SWE-bench Verified", "table": "/leaderboards/2/results",
         "model": "/name", "rankBy": "resolved",
         "columns": [
           {"column": "/resolved", "key": "resolved", "label": "% Resolved", "unit": "percent"},
           {"column": "/instance_cost", "key": "cost", "label": "$/task", "unit": "usd", "higherIsBetter": false,
            "zeroMeansAbsent": true}
         ]}
        """);
    Leaderboard b = Fixtures.read(Leaderboards.json(cfg), "swe-bench-leaderboards.json");
    assertThat(b.entries()).hasSize(162);
    assertThat(b.entries().get(0).model().displayName()).isEqualTo("TRAE + Doubao-Seed-Code");
    assertThat(b.entries().get(0).value("resolved")).contains(Measurement.of(78.8));
    assertThat(b.entries().get(0).value("cost")).isEmpty();
    assertThat(b.entries().stream().filter(e -> e.value("cost").isEmpty()).count()).isEqualTo(132);
    assertThat(b.warnings()).isEmpty();
  }

  @Test
  void yamlBoardReadLikeJson() {
    TableConfig cfg = config("""
        {"id": "aider-polyglot", "name": "aider polyglot", "model": "/model", "rankBy": "pass_rate",
         "columns": [
           {"column": "/pass_rate_2", "key": "pass_rate", "label": "Pass %", "unit": "percent"},
           {"column": "/total_cost", "key": "cost", "label": "Cost", "unit": "usd", "higherIsBetter": false,
            "zeroMeansAbsent": true}
         ]}
        """);
    Leaderboard b = Fixtures.read(Leaderboards.yaml(cfg), "aider-polyglot_leaderboard.yml");
    assertThat(b.entries()).hasSize(69);
    LeaderboardEntry top = b.entries().get(0);
    assertThat(top.model().displayName()).isEqualTo("gpt-5 (high)");
    assertThat(top.model().key()).isEqualTo("gpt-5-high");
    assertThat(top.value("pass_rate")).contains(Measurement.of(88.0));
    assertThat(top.value("cost")).contains(Measurement.of(29.0829));
    // aider writes a cost of 0 when it was not tracked (17 entries): absent, as configured; one entry has no cost field.
    assertThat(b.entries().stream().filter(e -> e.value("cost").isEmpty()).count()).isEqualTo(18);
    assertThat(b.warnings()).isEmpty();
  }

  @Test
  void htmlTableBySelectorWithTheConfigFileFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("swe.json");
    Files.writeString(file, """
        {"id": "swe-rebench-generic", "name": "SWE-rebench (generic)", "table": "table#leaderboard",
         "model": "Model", "rank": "Rank",
         "columns": [
           {"column": "Resolved Rate (%)", "key": "resolved", "label": "Score", "unit": "percent", "error": "SEM (±)"},
           {"column": "Cost per Problem ($)", "key": "cost", "unit": "usd", "higherIsBetter": false}
         ]}
        """);
    TableConfig cfg = TableConfig.load(file);
    assertThat(cfg.columns().get(1).label()).isEqualTo("cost");
    Leaderboard b = Fixtures.read(Leaderboards.html(cfg), "swe-rebench_2026-05-22_constructed.html");
    assertThat(b.entries()).extracting(e -> e.model().displayName()).startsWith("Claude Opus 4.6", "gpt-5.2-2025-12-11-medium");
    assertThat(b.entries().get(0).value("resolved").orElseThrow().interval()).isPresent();
    assertThat(b.metric("cost").orElseThrow().higherIsBetter()).isFalse();
  }

  @Test
  void missingMetricColumnIsReportedAndItsValuesAbsent() {
    TableConfig cfg = new TableConfig("t", "T", Optional.empty(), Optional.empty(), Optional.empty(), "model", Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(TableConfig.Column.of("score", "score", "Score", MetricUnit.SCORE, true),
            TableConfig.Column.of("speed", "speed", "tok/s", MetricUnit.TOKENS_PER_SECOND, true).withZeroAsAbsent()));
    Leaderboard b = Leaderboards.csv(cfg).read(stream("model,score\nA,1.5\nB,n/a\n"), URI.create("file:///t.csv"));
    assertThat(b.entries()).extracting(e -> e.value("score")).containsExactly(Optional.of(Measurement.of(1.5)), Optional.empty());
    assertThat(b.warnings()).singleElement().asString().contains("'speed'").contains("not found");
  }

  @Test
  void missingModelColumnIsAParseError() {
    TableConfig cfg = new TableConfig("t", "T", Optional.empty(), Optional.empty(), Optional.empty(), "name", Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(TableConfig.Column.of("score", "score", "Score", MetricUnit.SCORE, true)));
    assertThatThrownBy(() -> Leaderboards.csv(cfg).read(stream("model,score\nA,1\n"), URI.create("file:///t.csv")))
        .isInstanceOf(ParseException.class).hasMessageContaining("'name'");
  }

  @Test
  void scaleAndSamplesApplyToValuesAndIntervals() {
    TableConfig cfg = config("""
        {"id": "t", "model": "m", "rank": "r", "columns": [
          {"column": "acc", "key": "acc", "unit": "percent", "scale": 100, "lower": "lo", "upper": "hi", "samples": "n"}]}
        """);
    Leaderboard b = Leaderboards.csv(cfg).read(stream("r,m,acc,lo,hi,n\n2,B,0.5,0.4,0.6,\"1,200\"\n1,A,0.7,0.65,0.75,90\n"),
        URI.create("file:///t.csv"));
    assertThat(b.entries()).extracting(LeaderboardEntry::rank).containsExactly(1, 2);
    Measurement a = b.entries().get(0).value("acc").orElseThrow();
    assertThat(a.value()).isEqualTo(70.0);
    assertThat(a.interval().orElseThrow().lower()).isEqualTo(65.0);
    assertThat(b.entries().get(1).value("acc").orElseThrow().samples()).contains(1200L);
  }

  @Test
  void configErrorsNameTheProblem() {
    assertThatThrownBy(() -> config("{\"id\": \"x\", \"model\": \"m\"}"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("columns");
    assertThatThrownBy(() -> config("{\"id\": \"x\", \"columns\": [{\"column\": \"a\", \"key\": \"a\"}]}"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("'model'");
    assertThatThrownBy(() -> config("{\"id\": \"x\", \"model\": \"m\", \"columns\": [{\"column\": \"a\", \"key\": \"a\", \"unit\": \"parsecs\"}]}"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("parsecs");
    assertThatThrownBy(() -> config("{\"id\": \"x\", \"model\": \"m\", \"rankBy\": \"b\", \"columns\": [{\"column\": \"a\", \"key\": \"a\"}]}"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("rankBy");
    assertThatThrownBy(() -> config("not json")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> TableConfig.load(Path.of("/nonexistent/cfg.json"))).isInstanceOf(ConfigurationException.class);
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
