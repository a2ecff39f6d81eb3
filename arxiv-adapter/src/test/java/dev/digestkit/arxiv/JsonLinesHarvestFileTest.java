package dev.digestkit.arxiv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.Json;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesHarvestFileTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = Json.newMapper();

  @TempDir
  Path dir;

  @BeforeEach
  void serveThreePages() {
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", equalTo("arXiv"))
        .willReturn(aResponse().withBody(page(1))));
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("constructed|1001"))
        .willReturn(aResponse().withBody(page(2))));
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("constructed|2001"))
        .willReturn(aResponse().withBody(page(3))));
  }

  private static byte[] page(int n) {
    return Fixtures.bytes("arxiv-oai/constructed_ListRecords_arXiv_page" + n + ".xml");
  }

  private ArxivHarvester harvester(HttpFetcher fetcher, HarvestCheckpoint checkpoint) {
    return ArxivHarvester.builder().fetcher(fetcher).baseUrl(URI.create(wm.baseUrl() + "/oai"))
        .set("physics").from(LocalDate.of(2017, 12, 14)).checkpoint(checkpoint).build();
  }

  @Test
  void writesEveryRecordAsOneJsonLine() throws IOException {
    Path out = dir.resolve("physics.jsonl");
    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build();
        JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      harvester(fetcher, file).harvest(file);
    }

    List<String> ids = ids(out);
    assertThat(ids).hasSize(19).doesNotHaveDuplicates();
    HarvestedRecord first = JSON.readValue(Files.readAllLines(out).get(0), HarvestedRecord.class);
    assertThat(first.identifier()).isEqualTo(ids.get(0));
    assertThat(first.paper()).isPresent();
  }

  /**
   * A hard kill is simulated by a process that "dies" after {@code killAt} records: from then on
   * nothing more is saved, exactly as when the JVM is gone before the next checkpoint write. The
   * next run, with fresh objects over the same files, must leave each record in the file once.
   */
  @ParameterizedTest(name = "killed after record {0}")
  @ValueSource(ints = {1, 5, 6, 7, 11, 18})
  void aHarvestKilledBetweenRecordAndCheckpointResumesWithEachRecordExactlyOnce(int killAt) throws IOException {
    Path out = dir.resolve("physics.jsonl");
    List<String> expected = completeHarvest(dir.resolve("reference.jsonl"));

    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build();
        JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      Dying dying = new Dying(file, killAt);
      assertThatThrownBy(() -> harvester(fetcher, dying).harvest(dying)).isInstanceOf(Killed.class);
    }
    assertThat(ids(out)).as("records written before the kill").hasSizeGreaterThanOrEqualTo(killAt);

    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build();
        JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      harvester(fetcher, file).harvest(file);
    }

    assertThat(ids(out)).isEqualTo(expected);
  }

  @Test
  void aCheckpointThatDoesNotMatchItsOutputIsRefused() throws IOException {
    Path out = dir.resolve("physics.jsonl");
    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build();
        JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      harvester(fetcher, file).harvest(file);
    }
    Files.write(out, new byte[0]);

    try (JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      assertThatThrownBy(file::load).isInstanceOf(ParseException.class).hasMessageContaining("do not belong together");
    }
  }

  @Test
  void clearStartsOver() throws IOException {
    Path out = dir.resolve("physics.jsonl");
    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build();
        JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      harvester(fetcher, file).harvest(file);
      file.clear();
      assertThat(file.load()).isEqualTo(Optional.empty());
      harvester(fetcher, file).harvest(file);
    }
    assertThat(ids(out)).hasSize(19).doesNotHaveDuplicates();
  }

  private List<String> completeHarvest(Path out) throws IOException {
    try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build();
        JsonLinesHarvestFile file = new JsonLinesHarvestFile(out)) {
      harvester(fetcher, file).harvest(file);
    }
    return ids(out);
  }

  private static List<String> ids(Path jsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      ids.add(JSON.readTree(line).get("identifier").asText());
    }
    return ids;
  }

  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  /** Passes everything through until the "process dies"; after that nothing reaches the disk. */
  private static final class Dying implements ArxivHarvester.Sink, HarvestCheckpoint {
    private final JsonLinesHarvestFile file;
    private final int killAt;
    private int accepted;
    private boolean dead;

    Dying(JsonLinesHarvestFile file, int killAt) {
      this.file = file;
      this.killAt = killAt;
    }

    @Override
    public void accept(HarvestedRecord record) {
      if (dead) {
        throw new Killed();
      }
      file.accept(record);
      if (++accepted == killAt) {
        dead = true;
        throw new Killed();
      }
    }

    @Override
    public Optional<HarvestState> load() {
      return file.load();
    }

    @Override
    public void save(HarvestState state) {
      if (!dead) {
        file.save(state);
      }
    }

    @Override
    public void clear() {
      file.clear();
    }
  }
}
