package dev.digestkit.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenStoreTest {
  private static final Instant T0 = Instant.parse("2026-04-22T10:00:00Z");
  @TempDir Path dir;

  @Test
  void fileStoreRemembersKeysAcrossInstances() {
    FileSeenStore store = FileSeenStore.inDirectory(dir.resolve("state"));
    assertThat(store.seen(List.of("paper:1", "paper:2"))).isEmpty();
    store.markSeen(List.of("paper:1", "post:openai.com/a"), T0);

    FileSeenStore reopened = FileSeenStore.inDirectory(dir.resolve("state"));
    assertThat(reopened.seen(List.of("paper:1", "paper:2", "post:openai.com/a"))).containsExactlyInAnyOrder("paper:1", "post:openai.com/a");
  }

  @Test
  void fileStoreWritesAtomicallyLeavingNoTemporaryFiles() throws Exception {
    FileSeenStore store = FileSeenStore.open(dir.resolve("seen.tsv"));
    store.markSeen(List.of("a"), T0);
    store.markSeen(List.of("b"), T0.plusSeconds(60));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seen.tsv");
    }
    assertThat(Files.readAllLines(dir.resolve("seen.tsv"))).containsExactlyInAnyOrder(
        T0.getEpochSecond() + "\ta", (T0.getEpochSecond() + 60) + "\tb");
  }

  @Test
  void fileStoreKeepsFirstSeenTimeAndForgetsKeysPastRetention() {
    FileSeenStore store = FileSeenStore.open(dir.resolve("seen.tsv")).withRetention(Duration.ofDays(30));
    store.markSeen(List.of("old"), T0);
    store.markSeen(List.of("old", "recent"), T0.plus(Duration.ofDays(10)));
    assertThat(FileSeenStore.open(dir.resolve("seen.tsv")).seen(List.of("old", "recent"))).containsExactlyInAnyOrder("old", "recent");

    store.markSeen(List.of("later"), T0.plus(Duration.ofDays(31)));
    assertThat(FileSeenStore.open(dir.resolve("seen.tsv")).seen(List.of("old", "recent", "later")))
        .containsExactlyInAnyOrder("recent", "later");
  }

  @Test
  void fileStoreSkipsUnreadableLines() throws Exception {
    Files.writeString(dir.resolve("seen.tsv"), "garbage\nnot-a-number\tx\n" + T0.getEpochSecond() + "\tgood\n");
    assertThat(FileSeenStore.open(dir.resolve("seen.tsv")).seen(List.of("good", "x"))).containsExactly("good");
  }

  @Test
  void jdbcStoreRemembersKeysAndIgnoresRepeats() {
    DataSource ds = h2();
    JdbcSeenStore store = JdbcSeenStore.create(ds);
    store.markSeen(List.of("paper:1", "paper:2"), T0);
    store.markSeen(List.of("paper:2", "paper:3"), T0.plusSeconds(5));

    JdbcSeenStore again = JdbcSeenStore.create(ds);
    assertThat(again.seen(List.of("paper:1", "paper:2", "paper:3", "paper:4")))
        .containsExactlyInAnyOrder("paper:1", "paper:2", "paper:3");
  }

  @Test
  void jdbcStoreHandlesMoreKeysThanOneQueryChunk() {
    JdbcSeenStore store = JdbcSeenStore.create(h2());
    List<String> many = java.util.stream.IntStream.range(0, 450).mapToObj(i -> "k" + i).toList();
    store.markSeen(many.subList(0, 300), T0);
    assertThat(store.seen(many)).hasSize(300).contains("k0", "k299").doesNotContain("k300");
  }

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }
}
