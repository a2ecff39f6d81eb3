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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LmArenaReaderTest {
  private final LeaderboardReader reader = Leaderboards.lmarena();

  @Test
  void textArenaRatingsCarryTheirIntervalAndVotes() {
    Leaderboard b = Fixtures.read(reader, "lmarena_text_arena_2025-05-11_constructed.csv");
    assertThat(b.metrics()).extracting(Metric::key).containsExactly("rating");
    assertThat(b.metric("rating").orElseThrow().unit()).isEqualTo(MetricUnit.ELO);
    assertThat(b.asOf()).contains(LocalDate.of(2025, 5, 11));
    LeaderboardEntry top = b.entries().get(0);
    assertThat(top.model().displayName()).isEqualTo("gemini-2.5-pro-preview-05-06");
    assertThat(top.model().organization()).contains("Google");
    assertThat(top.value("rating")).contains(new Measurement(1446.2, Optional.of(new Interval(1439.8, 1452.9)), Optional.of(7243L)));
    assertThat(b.entries()).extracting(LeaderboardEntry::rank).containsExactly(1, 2, 2, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void unreadableBoundsLeaveTheRatingWithoutIntervalAndAreReported() {
    Leaderboard b = Fixtures.read(reader, "lmarena_text_arena_2025-05-11_constructed.csv");
    Measurement qwen = b.entries().get(7).value("rating").orElseThrow();
    assertThat(qwen.value()).isEqualTo(1341.0);
    assertThat(qwen.interval()).isEmpty();
    assertThat(qwen.samples()).contains(2201L);
    assertThat(b.warnings()).isEmpty();
  }

  @Test
  void readsThe2023LayoutRankedByElo() {
    Leaderboard b = Fixtures.read(reader, "lmarena_leaderboard_table_20230619.csv");
    assertThat(b.metrics()).extracting(Metric::key).containsExactly("arena_elo", "mt_bench", "mt_bench_win_rate", "mmlu");
    LeaderboardEntry top = b.entries().get(0);
    assertThat(top.model().displayName()).isEqualTo("GPT-4");
    assertThat(top.value("arena_elo")).contains(Measurement.of(1227));
    assertThat(top.value("mt_bench_win_rate")).contains(Measurement.of(69.38));
    assertThat(top.value("mmlu").orElseThrow().value()).isCloseTo(86.4, within(1e-9));
    assertThat(top.model().organization()).contains("OpenAI");
    LeaderboardEntry gpt35 = b.entries().stream().filter(e -> e.model().displayName().equals("GPT-3.5-turbo")).findFirst().orElseThrow();
    assertThat(gpt35.value("mt_bench_win_rate")).isEmpty();
    assertThat(b.entries()).hasSize(31);
  }

  @Test
  void readsThe2024And2025LayoutsWithTheirOrganizations() {
    for (String f : new String[] {"lmarena_leaderboard_table_20240109.csv", "lmarena_leaderboard_table_20250511.csv"}) {
      Leaderboard b = Fixtures.read(reader, f);
      assertThat(b.metrics()).extracting(Metric::key).containsExactly("mt_bench", "mmlu");
      assertThat(b.entries()).isNotEmpty();
      LeaderboardEntry wizard = b.entries().stream().filter(e -> e.model().displayName().equals("WizardLM-30B")).findFirst().orElseThrow();
      assertThat(wizard.model().organization()).contains("Microsoft");
      assertThat(wizard.value("mt_bench")).contains(Measurement.of(7.01));
      // Ranked by MT-bench: best first, rows without a score after every scored row.
      assertThat(b.entries().get(0).value("mt_bench")).isPresent();
    }
    assertThat(Fixtures.read(reader, "lmarena_leaderboard_table_20240109.csv").entries()).hasSize(68);
    assertThat(Fixtures.read(reader, "lmarena_leaderboard_table_20250511.csv").entries()).hasSize(293);
  }

  @Test
  void readsArenaHardAutoWithQuantileBounds() {
    Leaderboard b = Fixtures.read(reader, "lmarena_arena_hard_auto_leaderboard_v0.1.csv");
    assertThat(b.name()).isEqualTo("Arena-Hard-Auto");
    LeaderboardEntry top = b.entries().get(0);
    assertThat(top.model().displayName()).isEqualTo("gpt-4-turbo-2024-04-09");
    assertThat(top.model().key()).isEqualTo("gpt-4-turbo");
    assertThat(top.value("score")).contains(new Measurement(82.63, Optional.of(new Interval(80.75, 84.6)), Optional.empty()));
    assertThat(top.value("avg_tokens")).contains(Measurement.of(662));
    assertThat(b.entries()).hasSize(60);
  }

  @Test
  void csvThatIsNoArenaFileIsAParseError() {
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
        URI.create("https://x.test/a.csv"))).isInstanceOf(ParseException.class).hasMessageContaining("LMArena");
  }
}
