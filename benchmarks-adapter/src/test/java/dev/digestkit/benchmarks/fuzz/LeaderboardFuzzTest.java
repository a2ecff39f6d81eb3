package dev.digestkit.benchmarks.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digestkit.benchmarks.CellParser;
import dev.digestkit.benchmarks.Leaderboards;
import dev.digestkit.core.DigestException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The leaderboard value parser is total (any cell gives a value, an absent or an unreadable
 * cell) and the table readers give a board or a {@link DigestException}. Regression mode
 * replays {@code LeaderboardFuzzTestInputs/<method>/}.
 */
class LeaderboardFuzzTest {
  private static final URI SOURCE = URI.create("https://example.org/board");
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @FuzzTest(maxDuration = "5m")
  void cellParserIsTotal(byte[] data) {
    String cell = new String(data == null ? new byte[0] : data, StandardCharsets.UTF_8);
    assertThat(CellParser.parse(cell)).isNotNull();
    assertThat(CellParser.parse(cell, true)).isNotNull();
    assertThat(CellParser.errorBars(cell, 50.0)).isNotNull();
  }

  @FuzzTest(maxDuration = "5m")
  void lmarenaCsvGivesABoardOrADigestException(byte[] data) {
    try {
      Leaderboards.lmarena().read(new ByteArrayInputStream(data == null ? new byte[0] : data), SOURCE, AT);
    } catch (DigestException expected) {
      // refused
    }
  }

  @FuzzTest(maxDuration = "5m")
  void artificialAnalysisJsonGivesABoardOrADigestException(byte[] data) {
    try {
      Leaderboards.artificialAnalysis().read(new ByteArrayInputStream(data == null ? new byte[0] : data), SOURCE, AT);
    } catch (DigestException expected) {
      // refused
    }
  }
}
