package dev.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidationTest {
  private static final Model MODEL = new Model("GPT-5.4", "gpt-5.4", Optional.empty());
  private static final Publisher PUBLISHER =
      new Publisher("openai", "OpenAI", Optional.empty(), Optional.empty(), PublisherGroup.LABS);

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void rejectsBlankIdsAndNames(String blank) {
    assertThatThrownBy(() -> Paper.builder(blank).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Author.of(blank)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Model(blank, "k", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Model("M", blank, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Metric(blank, "Score", MetricUnit.SCORE, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Publisher(blank, "X", null, null, PublisherGroup.WIRE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Announcement(blank, PUBLISHER, null, URI.create("https://x.org"), null, null, null,
        null, null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> board(blank, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsMissingRequiredComponents() {
    assertThatThrownBy(() -> Paper.builder(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Text(null, "")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Announcement("a", PUBLISHER, null, null, null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Publisher("x", "X", null, null, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new LeaderboardEntry(1, null, Map.of())).isInstanceOf(NullPointerException.class);
    Map<String, Measurement> withNull = new HashMap<>();
    withNull.put("score", null);
    assertThatThrownBy(() -> new LeaderboardEntry(1, MODEL, withNull)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsRanksBelowOne(int rank) {
    assertThatThrownBy(() -> new LeaderboardEntry(rank, MODEL, Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsNonFiniteValues(double bad) {
    assertThatThrownBy(() -> Measurement.of(bad)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(bad, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Interval(0, bad)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsInvertedIntervalsNegativeSamplesAndBadVersions() {
    assertThatThrownBy(() -> new Interval(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Measurement(1, Optional.empty(), Optional.of(-1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paper.builder("2604.00001").version(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsDuplicateMetricsAndValuesForUnknownMetrics() {
    Metric score = new Metric("score", "Score", MetricUnit.SCORE, true);
    assertThatThrownBy(() -> board("b", List.of(score, score), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate metric key score");
    LeaderboardEntry stray = new LeaderboardEntry(1, MODEL, Map.of("speed", Measurement.of(1)));
    assertThatThrownBy(() -> board("b", List.of(score), List.of(stray)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown metric speed");
  }

  @Test
  void copiesListsDefensivelyAndExposesThemUnmodifiable() {
    List<String> affiliations = new ArrayList<>(List.of("DIAS"));
    Author author = new Author("Erwin Schrödinger", affiliations);
    affiliations.add("later");
    assertThat(author.affiliations()).containsExactly("DIAS");
    assertThatThrownBy(() -> author.affiliations().add("x")).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Measurement> values = new HashMap<>(Map.of("score", Measurement.of(1)));
    LeaderboardEntry entry = new LeaderboardEntry(1, MODEL, values);
    values.clear();
    assertThat(entry.values()).containsOnlyKeys("score");
    assertThatThrownBy(() -> entry.values().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void treatsNullOptionalsAndListsAsAbsent() {
    Announcement a = new Announcement("a", PUBLISHER, null, URI.create("https://x.org"), null, null, null, null,
        null, null);
    assertThat(a.title()).isEqualTo(Text.EMPTY);
    assertThat(a.published()).isEmpty();
    assertThat(a.authors()).isEmpty();
    assertThat(a.image()).isEmpty();
    assertThat(new Author("A", null).affiliations()).isEmpty();
    assertThat(new Measurement(1, null, null).interval()).isEmpty();
    assertThat(new PaperLinks(null, null, null)).isEqualTo(PaperLinks.NONE);
  }

  private static Leaderboard board(String id, List<Metric> metrics, List<LeaderboardEntry> entries) {
    return new Leaderboard(id, id.isBlank() ? "name" : id, Optional.empty(), Optional.empty(), Instant.EPOCH,
        Optional.empty(), metrics, entries, List.of());
  }
}
