package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtificialAnalysisReaderTest {
  private final LeaderboardReader reader = Leaderboards.artificialAnalysis();

  @Test
  void reproducesTheApril22SeedTable() {
    Leaderboard b = Fixtures.read(reader, "aa_api_v2_llms_models_2026-04-22_constructed.json").top(5);
    assertThat(rows(b)).containsExactly(
        "1|Claude Opus 4.7|57.3|62|$10.00",
        "2|Gemini 3.1 Pro Preview|57.2|127|$4.50",
        "3|GPT-5.4|56.8|82|$5.63",
        "4|Kimi K2.6|53.9|135|$1.71",
        "5|GPT-5.3 Codex|53.6|80|$4.81");
    assertThat(b.entries()).extracting(e -> e.value("intelligence_index").orElseThrow().value())
        .containsExactly(57.3, 57.2, 56.8, 53.9, 53.6);
    assertThat(b.entries()).extracting(e -> e.value("price_blended").orElseThrow().value())
        .containsExactly(10.0, 4.5, 5.63, 1.71, 4.81);
  }

  @Test
  void reproducesTheMay22SeedTableWithZeroSpeedAbsent() {
    Leaderboard b = Fixtures.read(reader, "aa_api_v2_llms_models_2026-05-22_constructed.json").top(5);
    assertThat(rows(b)).containsExactly(
        "1|GPT-5.5|60.2|65|$11.25",
        "2|Claude Opus 4.7|57.3|49|$10.94",
        "3|Gemini 3.1 Pro Preview|57.2|142|$4.50",
        "4|GPT-5.4|56.8|93|$5.63",
        "5|Qwen3.7 Max|56.6|—|$3.75");
    LeaderboardEntry qwen = b.entries().get(4);
    assertThat(qwen.value("output_speed")).isEmpty();
    assertThat(qwen.value("ttft")).isEmpty();
    assertThat(qwen.value("price_blended")).contains(Measurement.of(3.75));
    assertThat(qwen.model().organization()).contains("Alibaba");
  }

  @Test
  void offersTheDocumentedMetrics() {
    Leaderboard b = Fixtures.read(reader, "aa_api_v2_llms_models_2026-04-22_constructed.json");
    assertThat(b.metrics()).extracting(Metric::key).containsExactly("intelligence_index", "output_speed", "price_blended",
        "coding_index", "math_index", "ttft", "price_input", "price_output");
    assertThat(b.metric("price_blended").orElseThrow().unit()).isEqualTo(MetricUnit.USD_PER_MILLION_TOKENS);
    assertThat(b.metric("price_blended").orElseThrow().higherIsBetter()).isFalse();
    assertThat(b.metric("output_speed").orElseThrow().unit()).isEqualTo(MetricUnit.TOKENS_PER_SECOND);
    assertThat(b.metric("ttft").orElseThrow().unit()).isEqualTo(MetricUnit.SECONDS);
    LeaderboardEntry opus = b.entries().get(0);
    assertThat(opus.model().organization()).contains("Anthropic");
    assertThat(opus.value("coding_index")).contains(Measurement.of(56.2));
    assertThat(opus.value("ttft")).contains(Measurement.of(1.806));
    assertThat(opus.value("price_input")).contains(Measurement.of(5));
    assertThat(opus.value("price_output")).contains(Measurement.of(25));
    assertThat(opus.value("math_index")).isEmpty();
    assertThat(b.id()).isEqualTo("artificial-analysis");
    assertThat(b.retrievedAt()).isEqualTo(Fixtures.AT);
    assertThat(b.sourceUrl()).contains(Fixtures.uri("aa_api_v2_llms_models_2026-04-22_constructed.json"));
  }

  @Test
  void modelWithoutAnIndexIsKeptLastWithNothingMeasured() {
    Leaderboard b = Fixtures.read(reader, "aa_api_v2_llms_models_2026-04-22_constructed.json");
    LeaderboardEntry last = b.entries().get(b.entries().size() - 1);
    assertThat(last.model().displayName()).isEqualTo("Falcon-H1R-7B");
    assertThat(last.rank()).isEqualTo(b.entries().size());
    assertThat(last.values()).isEmpty();
  }

  @Test
  void readsTheRealResponseWithNullsAbsentAndNeverZero() {
    Leaderboard b = Fixtures.read(reader, "aa_api_v2_llms_models_raw.json");
    assertThat(b.entries()).hasSize(412);
    assertThat(b.warnings()).isEmpty();
    assertThat(b.entries().get(0).model().displayName()).isEqualTo("Gemini 3.1 Pro Preview");
    assertThat(b.entries().get(0).value("intelligence_index")).contains(Measurement.of(57.2));
    assertThat(b.entries().get(1).model().displayName()).isEqualTo("GPT-5.3 Codex (xhigh)");
    assertThat(b.entries().get(1).model().key()).isEqualTo("gpt-5.3-codex-xhigh");
    assertThat(b.entries().get(1).model().organization()).contains("OpenAI");
    // 18 models have a null index: they follow every ranked model and carry no index value.
    List<LeaderboardEntry> unranked = b.entries().subList(412 - 18, 412);
    assertThat(unranked).allSatisfy(e -> assertThat(e.value("intelligence_index")).isEmpty());
    assertThat(b.entries().subList(0, 412 - 18)).allSatisfy(e -> assertThat(e.value("intelligence_index")).isPresent());
    // The real response writes 0 for speeds and times of unserved models: absent, never 0.
    assertThat(b.entries()).allSatisfy(e -> {
      e.value("output_speed").ifPresent(m -> assertThat(m.value()).isPositive());
      e.value("ttft").ifPresent(m -> assertThat(m.value()).isPositive());
    });
    assertThat(b.entries().stream().filter(e -> e.value("output_speed").isEmpty()).count()).isEqualTo(158);
  }

  @Test
  void zeroPriceIsAFreeTierOnlyWhenTheModelIsServed() {
    Leaderboard b = Fixtures.read(reader, "aa_api_v2_llms_models_raw.json");
    LeaderboardEntry gemma = entry(b, "Gemma 3 27B Instruct");
    assertThat(gemma.value("output_speed")).isPresent();
    assertThat(gemma.value("price_blended")).contains(Measurement.of(0));
    assertThat(b.entries().stream().filter(e -> e.value("output_speed").isEmpty())
        .allMatch(e -> e.value("price_blended").map(m -> m.value() > 0).orElse(true))).isTrue();
  }

  @Test
  void nonNumericValueIsAbsentAndReported() {
    String json = "{\"data\":[{\"name\":\"X-1\",\"evaluations\":{\"artificial_analysis_intelligence_index\":\"high\"},"
        + "\"pricing\":{\"price_1m_blended_3_to_1\":2.5}}]}";
    Leaderboard b = reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), URI.create("https://x.test/"));
    assertThat(b.entries().get(0).value("intelligence_index")).isEmpty();
    assertThat(b.entries().get(0).value("price_blended")).contains(Measurement.of(2.5));
    assertThat(b.warnings()).singleElement().asString().contains("X-1").contains("artificial_analysis_intelligence_index").contains("high");
  }

  @Test
  void documentWithoutDataIsAParseError() {
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("{\"status\":401}".getBytes(StandardCharsets.UTF_8)),
        URI.create("https://x.test/api"))).isInstanceOf(ParseException.class).hasMessageContaining("https://x.test/api");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("{\"data\":[".getBytes(StandardCharsets.UTF_8)),
        URI.create("https://x.test/api"))).isInstanceOf(ParseException.class);
  }

  static LeaderboardEntry entry(Leaderboard b, String name) {
    return b.entries().stream().filter(e -> e.model().displayName().equals(name)).findFirst().orElseThrow();
  }

  /** Rank, name and the seed's three columns as the digest prints them. */
  static List<String> rows(Leaderboard b) {
    return b.entries().stream().map(e -> e.rank() + "|" + e.model().displayName() + "|"
        + fmt(e, b, "intelligence_index") + "|" + fmt(e, b, "output_speed") + "|" + fmt(e, b, "price_blended")).toList();
  }

  private static String fmt(LeaderboardEntry e, Leaderboard b, String key) {
    return e.value(key).map(m -> dev.digestkit.benchmarks.internal.TextTable.format(m, b.metric(key).orElseThrow().unit()))
        .orElse("—");
  }
}
