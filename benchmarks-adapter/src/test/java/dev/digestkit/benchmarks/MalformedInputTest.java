package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.model.Leaderboard;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Whatever bytes arrive, a reader returns a board or throws a DigestException; nothing else escapes. */
class MalformedInputTest {
  private static final TableConfig CFG = GenericTablesTest.config(
      "{\"id\": \"g\", \"model\": \"Model\", \"columns\": [{\"column\": \"Score\", \"key\": \"s\"}]}");
  private static final TableConfig JSON_CFG = GenericTablesTest.config(
      "{\"id\": \"g\", \"table\": \"/data\", \"model\": \"/name\", \"columns\": [{\"column\": \"/evaluations\", \"key\": \"s\"}]}");

  static Stream<Arguments> inputs() {
    Map<String, LeaderboardReader> readers = Map.of(
        "aa", Leaderboards.artificialAnalysis(), "swe", Leaderboards.sweRebench(), "arena", Leaderboards.lmarena(),
        "html", Leaderboards.html(CFG), "csv", Leaderboards.csv(CFG), "json", Leaderboards.json(JSON_CFG),
        "yaml", Leaderboards.yaml(JSON_CFG));
    byte[] aa = Fixtures.bytes("aa_api_v2_llms_models_2026-04-22_constructed.json");
    byte[] swe = Fixtures.bytes("swe-rebench_2026-04-22_constructed.html");
    byte[] arena = Fixtures.bytes("lmarena_text_arena_2025-05-11_constructed.csv");
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    Stream.Builder<Arguments> out = Stream.builder();
    for (var r : readers.entrySet()) {
      for (byte[] doc : new byte[][] {new byte[0], random, Arrays.copyOf(aa, aa.length / 2), Arrays.copyOf(swe, swe.length / 3),
          Arrays.copyOf(arena, arena.length / 2), "\"just a string\"".getBytes(StandardCharsets.UTF_8),
          "null".getBytes(StandardCharsets.UTF_8), "a,\"unterminated\nb".getBytes(StandardCharsets.UTF_8), aa,
          "a: &a [x]\nb: *a\nc: [*a, *a]\n: :\n\t- bad".getBytes(StandardCharsets.UTF_8)}) {
        out.add(Arguments.of(r.getKey(), r.getValue(), doc));
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0} [{index}]")
  @MethodSource("inputs")
  void onlyDigestExceptionsEscape(String name, LeaderboardReader reader, byte[] doc) {
    Throwable t = catchThrowable(() -> {
      Leaderboard b = reader.read(new ByteArrayInputStream(doc), URI.create("https://x.test/" + name));
      assertThat(b.id()).isNotBlank();
    });
    if (t != null) {
      assertThat(t).isInstanceOf(DigestException.class).hasMessageContaining("https://x.test/" + name);
    }
  }

  @Test
  void invalidSelectorsAndPointersAreRejectedUpFront() {
    assertThatThrownBy(() -> Leaderboards.html(GenericTablesTest.config(
        "{\"id\": \"g\", \"table\": \"table[\", \"model\": \"Model\", \"columns\": [{\"column\": \"S\", \"key\": \"s\"}]}")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("selector");
    assertThatThrownBy(() -> Leaderboards.json(CFG)).isInstanceOf(ConfigurationException.class).hasMessageContaining("JSON Pointer");
  }
}
