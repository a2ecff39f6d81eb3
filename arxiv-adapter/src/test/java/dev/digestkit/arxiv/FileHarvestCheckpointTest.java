package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHarvestCheckpointTest {
  @TempDir
  Path dir;

  private static HarvestState state(String token, List<String> delivered) {
    return new HarvestState("https://oaipmh.arxiv.org/oai", "arXiv", Optional.of("cs"), Optional.of(LocalDate.of(2026, 5, 1)),
        Optional.empty(), Optional.ofNullable(token), delivered, false, 42);
  }

  @Test
  void roundTripsTheStateAndLeavesNoTemporaryFiles() throws Exception {
    FileHarvestCheckpoint cp = new FileHarvestCheckpoint(dir.resolve("sub/cp.json"));
    assertThat(cp.load()).isEmpty();

    cp.save(state("6960524|1001", List.of("oai:arXiv.org:1303.2033")));
    cp.save(state("6960524|2001", List.of()));

    assertThat(cp.load()).contains(state("6960524|2001", List.of()));
    try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cp.json");
    }
    cp.clear();
    assertThat(cp.load()).isEmpty();
  }

  @Test
  void aCorruptFileIsAParseErrorNamingIt() throws Exception {
    Path f = Files.writeString(dir.resolve("cp.json"), "{not json");
    assertThatThrownBy(() -> new FileHarvestCheckpoint(f).load())
        .isInstanceOf(ParseException.class).hasMessageContaining("cp.json");
  }
}
