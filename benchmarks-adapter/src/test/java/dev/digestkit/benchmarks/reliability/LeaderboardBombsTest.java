package dev.digestkit.benchmarks.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.digestkit.benchmarks.LeaderboardReader;
import dev.digestkit.benchmarks.Leaderboards;
import dev.digestkit.benchmarks.TableConfig;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.model.MetricUnit;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bombs in the leaderboard formats that are not XML: a YAML alias bomb, JSON nested 100,000 deep
 * (generic reader and Artificial Analysis), a 100 MB CSV cell (streamed). Each is refused with a
 * {@link DigestException} or read, within 30 s and without an OutOfMemoryError at -Xmx256m.
 */
class LeaderboardBombsTest {
  private static final URI SOURCE = URI.create("https://example.org/board");
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final TableConfig JSON_CFG = new TableConfig("t", "T", Optional.empty(), Optional.empty(), Optional.of(""),
      "/name", Optional.empty(), Optional.empty(), Optional.empty(),
      List.of(TableConfig.Column.of("/score", "score", "Score", MetricUnit.SCORE, true)));
  private static final TableConfig CSV_CFG = new TableConfig("t", "T", Optional.empty(), Optional.empty(), Optional.empty(),
      "model", Optional.empty(), Optional.empty(), Optional.empty(),
      List.of(TableConfig.Column.of("score", "score", "Score", MetricUnit.SCORE, true)));

  @Test
  void yamlAliasBombIsRefusedOrBounded() {
    StringBuilder y = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    y.append("- name: x\n  score: *a9\n");
    assertRefusedOrRead(Leaderboards.yaml(JSON_CFG), () -> new ByteArrayInputStream(bytes(y.toString())));
  }

  @Test
  void json100000DeepIsRefusedOrRead() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertRefusedOrRead(Leaderboards.json(JSON_CFG), () -> new ByteArrayInputStream(bytes(deep)));
    assertRefusedOrRead(Leaderboards.artificialAnalysis(), () -> new ByteArrayInputStream(bytes("{\"data\":" + deep + "}")));
  }

  @Test
  void hundredMegabyteCsvCellIsRefusedOrReadWithoutOutOfMemory() {
    long size = 100L * 1024 * 1024;
    assertRefusedOrRead(Leaderboards.csv(CSV_CFG), () -> new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(bytes("model,score\n\"")), new Repeat('x', size),
        new ByteArrayInputStream(bytes("\",1\n"))))));
  }

  private static void assertRefusedOrRead(LeaderboardReader reader, Supplier<InputStream> doc) {
    Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      try (InputStream in = doc.get()) {
        return catchThrowable(() -> reader.read(in, SOURCE, AT));
      }
    });
    if (t != null) {
      assertThat(t).isInstanceOf(DigestException.class);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code size} copies of one byte, generated as read. */
  private static final class Repeat extends InputStream {
    private final byte b;
    private long left;

    Repeat(char c, long size) {
      this.b = (byte) c;
      this.left = size;
    }

    @Override
    public int read() {
      return left-- > 0 ? b : -1;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buf, off, off + n, b);
      left -= n;
      return n;
    }
  }
}
