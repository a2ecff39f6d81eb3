package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Interval;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweRebenchReaderTest {
  private final LeaderboardReader reader = Leaderboards.sweRebench();

  @Test
  void reproducesTheApril22SeedTable() {
    Leaderboard b = Fixtures.read(reader, "swe-rebench_2026-04-22_constructed.html");
    assertThat(rows(b.top(5))).containsExactly(
        "1|Claude Opus 4.6|65.3%",
        "2|gpt-5.2-2025-12-11-medium|64.4%",
        "3|GLM-5|62.8%",
        "4|gpt-5.4-2026-03-05-medium|62.8%",
        "5|GLM-5.1|62.7%");
    assertThat(b.asOf()).contains(LocalDate.of(2026, 4, 20));
  }

  @Test
  void reproducesTheMay22SeedTable() {
    Leaderboard b = Fixtures.read(reader, "swe-rebench_2026-05-22_constructed.html");
    assertThat(rows(b.top(5))).containsExactly(
        "1|Claude Opus 4.6|65.3%",
        "2|gpt-5.2-2025-12-11-medium|64.4%",
        "3|GLM-5|62.8%",
        "4|Junie|62.8%",
        "5|gpt-5.4-2026-03-05-medium|62.8%");
    assertThat(b.entries().get(3).model().organization()).contains("JetBrains");
  }

  @Test
  void readsEveryColumnTheTableShows() {
    Leaderboard b = Fixtures.read(reader, "swe-rebench_2026-04-22_constructed.html");
    assertThat(b.metrics()).extracting(Metric::key)
        .containsExactly("resolved_rate", "pass_at_5", "cost_per_problem", "tokens_per_problem");
    assertThat(b.metric("cost_per_problem").orElseThrow().unit()).isEqualTo(MetricUnit.USD);
    LeaderboardEntry top = b.entries().get(0);
    Measurement resolved = top.value("resolved_rate").orElseThrow();
    assertThat(resolved.value()).isEqualTo(65.3);
    Interval sem = resolved.interval().orElseThrow();
    assertThat(sem.lower()).isCloseTo(64.28, within(1e-9));
    assertThat(sem.upper()).isCloseTo(66.32, within(1e-9));
    assertThat(top.value("pass_at_5")).contains(Measurement.of(73.5));
    assertThat(top.value("cost_per_problem")).contains(Measurement.of(1.18));
    assertThat(top.value("tokens_per_problem")).contains(Measurement.of(1_912_440));
    assertThat(top.model().organization()).contains("Anthropic");
    assertThat(b.entries().get(1).model().key()).isEqualTo("gpt-5.2-medium");
  }

  @Test
  void placeholdersAreAbsentAndUnreadableCellsAreReported() {
    Leaderboard b = Fixtures.read(reader, "swe-rebench_2026-04-22_constructed.html");
    LeaderboardEntry glm51 = b.entries().get(4);
    assertThat(glm51.value("pass_at_5")).isEmpty();
    assertThat(glm51.value("tokens_per_problem")).contains(Measurement.of(2_100_000));
    assertThat(b.entries().get(5).value("cost_per_problem")).isEmpty();
    LeaderboardEntry kimi = b.entries().get(6);
    assertThat(kimi.value("tokens_per_problem")).isEmpty();
    assertThat(b.warnings()).singleElement().asString()
        .contains("row 7").contains("Kimi K2.6").contains("Tokens per Problem").contains("approx. 2M");
  }

  @Test
  void pageWithoutALeaderboardTableIsAParseError() {
    String html = "<html><body><table><tr><th>Name</th><th>Score</th></tr><tr><td>a</td><td>1</td></tr></table></body></html>";
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
        URI.create("https://swe-rebench.test/"))).isInstanceOf(ParseException.class).hasMessageContaining("SWE-rebench");
  }

  @Test
  void withoutARankColumnRanksByResolvedRateSharingTies() {
    String html = "<table><tr><th>Model</th><th>Resolved (%)</th></tr>"
        + "<tr><td>A</td><td>50.0</td></tr><tr><td>B</td><td>61.0</td></tr><tr><td>C</td><td>50.0</td></tr>"
        + "<tr><td>D</td><td>—</td></tr></table>";
    Leaderboard b = reader.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), URI.create("https://swe-rebench.test/"));
    assertThat(b.entries()).extracting(e -> e.rank() + e.model().displayName()).containsExactly("1B", "2A", "2C", "4D");
  }

  static List<String> rows(Leaderboard b) {
    return b.entries().stream().map(e -> e.rank() + "|" + e.model().displayName() + "|"
        + e.value("resolved_rate").map(m -> dev.digestkit.benchmarks.internal.TextTable.format(m, MetricUnit.PERCENT)).orElse("—"))
        .toList();
  }
}
