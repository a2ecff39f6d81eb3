package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestkit.core.Json;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Leaderboard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
  private final Leaderboard swe = Fixtures.read(Leaderboards.sweRebench(), "swe-rebench_2026-04-22_constructed.html");

  @Test
  void snapshotRoundTripsEveryField(@TempDir Path dir) {
    Path file = dir.resolve("snapshots/swe-rebench.json");
    Snapshots.save(swe, file);
    Leaderboard back = Snapshots.load(file);
    assertThat(back).isEqualTo(swe);
    assertThat(back.entries().get(0).value("resolved_rate").orElseThrow().interval()).isPresent();
    assertThat(back.warnings()).hasSize(1);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void writeLeavesTheStreamOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Snapshots.write(swe, out);
    out.write('\n');
    assertThat(Snapshots.read(new ByteArrayInputStream(out.toByteArray()), "mem")).isEqualTo(swe);
  }

  @Test
  void compactFormHasTheCliShapeAndNullForAbsent() throws Exception {
    Leaderboard may = Fixtures.read(Leaderboards.artificialAnalysis(), "aa_api_v2_llms_models_2026-05-22_constructed.json").top(5);
    JsonNode root = Json.newMapper().readTree(Snapshots.toCompactJson(may));
    assertThat(root.get("name").asText()).isEqualTo("Artificial Analysis Intelligence Index");
    assertThat(root.get("metrics").get(0).toString()).isEqualTo("{\"key\":\"intelligence_index\",\"label\":\"Score\",\"unit\":\"score\"}");
    JsonNode qwen = root.get("entries").get(4);
    assertThat(qwen.get("rank").asInt()).isEqualTo(5);
    assertThat(qwen.get("model").asText()).isEqualTo("Qwen3.7 Max");
    assertThat(qwen.get("organization").asText()).isEqualTo("Alibaba");
    assertThat(qwen.get("values").get("intelligence_index").asDouble()).isEqualTo(56.6);
    assertThat(qwen.get("values").get("output_speed").isNull()).isTrue();
  }

  @Test
  void compactFormReadsBackForDiffs() {
    Leaderboard may = Fixtures.read(Leaderboards.artificialAnalysis(), "aa_api_v2_llms_models_2026-05-22_constructed.json").top(5);
    Leaderboard back = Snapshots.read(new ByteArrayInputStream(Snapshots.toCompactJson(may).getBytes(StandardCharsets.UTF_8)), "c");
    assertThat(back.entries()).extracting(e -> e.model().key()).containsExactlyElementsOf(
        may.entries().stream().map(e -> e.model().key()).toList());
    assertThat(back.entries().get(4).value("output_speed")).isEmpty();
    assertThat(back.metric("price_blended").orElseThrow().higherIsBetter()).isFalse();
    assertThat(Leaderboards.diff(may, back).isEmpty()).isTrue();
  }

  @Test
  void somethingElseIsAParseError(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Snapshots.read(new ByteArrayInputStream("[1,2]".getBytes(StandardCharsets.UTF_8)), "x.json"))
        .isInstanceOf(ParseException.class).hasMessageContaining("x.json");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"entries\": [{\"rank\": 0, \"model\": \"A\"}]}");
    assertThatThrownBy(() -> Snapshots.load(bad)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> Snapshots.load(dir.resolve("missing.json"))).isInstanceOf(ParseException.class);
  }
}
