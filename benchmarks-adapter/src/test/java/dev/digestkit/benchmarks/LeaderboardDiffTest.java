package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import org.junit.jupiter.api.Test;

class LeaderboardDiffTest {
  private final Leaderboard april = Fixtures.read(Leaderboards.artificialAnalysis(), "aa_api_v2_llms_models_2026-04-22_constructed.json");
  private final Leaderboard may = Fixtures.read(Leaderboards.artificialAnalysis(), "aa_api_v2_llms_models_2026-05-22_constructed.json");

  @Test
  void diffBetweenTheSeedDatesTopFive() {
    LeaderboardDiff d = Leaderboards.diff(april.top(5), may.top(5));
    assertThat(d.added()).extracting(e -> e.model().displayName() + "@" + e.rank()).containsExactly("GPT-5.5@1", "Qwen3.7 Max@5");
    assertThat(d.dropped()).extracting(e -> e.model().displayName()).containsExactly("Kimi K2.6", "GPT-5.3 Codex");
    assertThat(d.moves()).extracting(m -> m.model().displayName() + " " + m.from() + "→" + m.to())
        .containsExactly("Claude Opus 4.7 1→2", "Gemini 3.1 Pro Preview 2→3", "GPT-5.4 3→4");
    assertThat(d.summary()).isEqualTo("GPT-5.5 new at #1; Claude Opus 4.7 1 → 2; Gemini 3.1 Pro Preview 2 → 3; GPT-5.4 3 → 4; "
        + "Qwen3.7 Max new at #5; Kimi K2.6 dropped (was #4); GPT-5.3 Codex dropped (was #5)");
  }

  @Test
  void valueChangesOfEveryMetricAreRecorded() {
    LeaderboardDiff d = Leaderboards.diff(april.top(5), may.top(5));
    assertThat(d.deltas()).filteredOn(x -> x.metric().key().equals("intelligence_index")).isEmpty();
    LeaderboardDiff.Delta speed = d.deltas().stream()
        .filter(x -> x.model().displayName().equals("Claude Opus 4.7") && x.metric().key().equals("output_speed")).findFirst().orElseThrow();
    assertThat(speed.before()).isEqualTo(62.118);
    assertThat(speed.after()).isEqualTo(49.207);
    assertThat(d.render()).contains("Claude Opus 4.7  $/1M $10.00 → $10.94 (+$0.94)")
        .contains("Claude Opus 4.7  tok/s 62 → 49 (-13)").contains("GPT-5.5 new at #1");
  }

  @Test
  void fullBoardsShowRankMovesInsteadOfDrops() {
    LeaderboardDiff d = Leaderboards.diff(april, may);
    assertThat(d.dropped()).isEmpty();
    assertThat(d.moves()).extracting(m -> m.model().displayName() + " " + m.from() + "→" + m.to())
        .contains("Kimi K2.6 4→6", "GPT-5.3 Codex 5→7");
  }

  @Test
  void primaryScoreChangesAppearInTheSummary() {
    Leaderboard b = Fixtures.read(Leaderboards.sweRebench(), "swe-rebench_2026-04-22_constructed.html");
    Leaderboard c = Fixtures.read(Leaderboards.sweRebench(), "swe-rebench_2026-05-22_constructed.html");
    LeaderboardDiff d = Leaderboards.diff(b, c);
    assertThat(d.summary()).contains("Junie new at #4").contains("gpt-5.4-2026-03-05-medium 4 → 5")
        .contains("Gemini 3.1 Pro Preview dropped (was #6)");
  }

  @Test
  void identicalBoardsHaveNoChanges() {
    LeaderboardDiff d = Leaderboards.diff(april, april);
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.summary()).isEqualTo("no changes");
    assertThat(april.entries()).extracting(LeaderboardEntry::rank).startsWith(1, 2, 3);
  }
}
