package dev.digestkit.examples.cli;

import static dev.digestkit.examples.cli.FeedCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabsAndAnnouncementsCommandTest {
  @TempDir Path tmp;

  @Test
  void labsListsBothGroups() {
    FeedCommandTest.Run r = run("labs");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("openai ").contains("huggingface ").contains("the-verge-ai ").contains("(unverified)");
    assertThat(run("labs", "--group", "wire").out()).doesNotContain("huggingface ");
  }

  @Test
  void labsRejectsAnUnknownGroup() {
    assertThat(run("labs", "--group", "friends").exit()).isEqualTo(2);
  }

  @Test
  void announcementsReadTheRegistryFromReplayFilteredBySince() throws Exception {
    Path replay = tmp.resolve("replay");
    Files.createDirectories(replay);
    for (String f : List.of("hf.json", "openai.json", "index.txt", "distill_huggingface_blog.xml", "distill_openai_blog.xml")) {
      try (InputStream in = getClass().getResourceAsStream("/feeds/replay/" + f)) {
        Files.copy(in, replay.resolve(f));
      }
    }

    FeedCommandTest.Run r = run("announcements", "--group", "labs", "--lab", "huggingface,openai", "--since", "2026-04-24",
        "--replay", replay.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> lines = r.lines();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l.get("published").asText()).isGreaterThanOrEqualTo("2026-04-24"));
    assertThat(lines).extracting(l -> l.get("source").asText()).contains("huggingface", "openai");
    assertThat(lines.get(0).get("published").asText()).isEqualTo("2026-04-27T06:00:00Z");
  }

  @Test
  void announcementsFailWithExit3WhenEverySourceFails() throws Exception {
    Path replay = tmp.resolve("empty");
    Files.createDirectories(replay);
    Files.writeString(replay.resolve("index.txt"), "");

    FeedCommandTest.Run r = run("announcements", "--lab", "openai", "--replay", replay.toString());

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("openai");
  }
}
