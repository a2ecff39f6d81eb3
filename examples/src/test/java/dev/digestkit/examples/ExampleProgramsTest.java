package dev.digestkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestkit.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example program offline, from the bundled snapshot. */
class ExampleProgramsTest {
  @TempDir Path tmp;

  interface Program {
    void run() throws Exception;
  }

  private static String stdout(Program p) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      p.run();
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void papersOfTheDayPrintsTheChosenCategoriesAsMarkdown() throws Exception {
    String md = stdout(() -> PapersOfTheDay.main(new String[] {"cs.CL"}));
    assertThat(md).startsWith("# Papers of the day: cs.CL\n\nApril 27, 2026\n");
    assertThat(md).contains("## Research Papers").contains("### [").contains("(https://arxiv.org/abs/");
    assertThat(md).contains("1 source read, none failed");
  }

  @Test
  void leaderboardWatcherRecordsAFirstLookThenReportsNoChanges() throws Exception {
    String state = tmp.resolve("boards.json").toString();
    String first = stdout(() -> LeaderboardWatcher.main(new String[] {"--state", state}));
    assertThat(first).contains("first look").contains("leader Claude Opus 4.7");
    String second = stdout(() -> LeaderboardWatcher.main(new String[] {"--state", state}));
    assertThat(second).contains("no changes").doesNotContain("first look");
  }

  @Test
  void leaderboardWatcherNamesNewcomersRankMovesAndScoreChanges() {
    var before = dev.digestkit.core.testing.TestItems.sweRebench();
    var after = dev.digestkit.core.testing.TestItems.sweRebench(
        "gpt-5.2-2025-12-11-medium", "Claude Opus 4.6", "GLM-5", "Junie", "GLM-5.1");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    LeaderboardWatcher.printChanges(new PrintStream(buf, true, StandardCharsets.UTF_8), before, after);
    assertThat(buf.toString(StandardCharsets.UTF_8))
        .contains("gpt-5.2-2025-12-11-medium: #2 -> #1")
        .contains("Claude Opus 4.6: #1 -> #2")
        .contains("new: Junie at #4")
        .contains("left the top 10: gpt-5.4-2026-03-05-medium");
  }

  @Test
  void labNewsToJsonPrintsAnArrayOfAnnouncements() throws Exception {
    JsonNode posts = Json.newMapper().readTree(stdout(() -> LabNewsToJson.main(new String[0])));
    assertThat(posts.isArray()).isTrue();
    assertThat(posts.size()).isGreaterThan(3);
    posts.forEach(p -> {
      assertThat(p.get("type").asText()).isEqualTo("announcement");
      assertThat(p.get("publisher").get("group").asText()).isEqualTo("labs");
    });
  }
}
