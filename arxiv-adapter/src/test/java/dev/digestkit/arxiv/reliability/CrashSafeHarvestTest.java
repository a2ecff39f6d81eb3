package dev.digestkit.arxiv.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.arxiv.ArxivHarvester;
import dev.digestkit.arxiv.FileHarvestCheckpoint;
import dev.digestkit.arxiv.HarvestCheckpoint;
import dev.digestkit.arxiv.HarvestState;
import dev.digestkit.arxiv.JsonLinesHarvestFile;
import dev.digestkit.core.Json;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A harvest killed hard (SIGKILL, separate JVM) in the middle of a page, then rerun: nothing is
 * lost and, with {@link JsonLinesHarvestFile} or any sink that commits with the checkpoint as
 * {@link HarvestCheckpoint} invites, nothing is duplicated; with the plain {@link FileHarvestCheckpoint} and per-record saves at most
 * the one record in flight at the kill is seen twice, as documented. The checkpoint is never torn.
 */
class CrashSafeHarvestTest {
  private static final int RECORDS = 19;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path tmp;

  @BeforeEach
  void serveThreePages() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", equalTo("arXiv"))
        .willReturn(aResponse().withBody(page(1))));
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("constructed|1001"))
        .willReturn(aResponse().withBody(page(2))));
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("constructed|2001"))
        .willReturn(aResponse().withBody(page(3))));
  }

  @ParameterizedTest(name = "killed while the sink holds record {0}")
  @ValueSource(ints = {2, 5, 11})
  void transactionalSinkKilledMidPageGetsEveryRecordExactlyOnce(int killAt) throws IOException {
    Path out = tmp.resolve("out.json");
    runUntilKilled("transactional", out, killAt);
    List<String> before = TransactionalOutput.read(out).ids();
    assertThat(before).as("committed before the kill").hasSizeLessThan(killAt);

    runToCompletion("transactional", out);
    List<String> ids = TransactionalOutput.read(out).ids();
    assertThat(ids).hasSize(RECORDS).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "killed at record {0}")
  @ValueSource(ints = {2, 5, 11, -8})
  void jsonLinesHarvestFileKilledAnywhereGetsEveryRecordExactlyOnce(int killAt) throws IOException {
    // A negative number kills the child when it reports that record, wherever it has got to by then.
    Path out = tmp.resolve("out.jsonl");
    runUntilKilled("jsonlines", out, killAt);
    runToCompletion("jsonlines", out);
    ObjectMapper json = Json.newMapper();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      ids.add(json.readTree(line).path("identifier").asText());
    }
    assertThat(ids).hasSize(RECORDS).doesNotHaveDuplicates().doesNotContain("");
  }

  @Test
  void fileCheckpointKilledMidPageLosesNothingAndRepeatsAtMostTheRecordInFlight() throws IOException {
    Path out = tmp.resolve("out.txt");
    runUntilKilled("file", out, 8);
    runToCompletion("file", out);

    List<String> ids = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(ids.stream().distinct().count()).as("distinct records").isEqualTo(RECORDS);
    assertThat(ids.size() - RECORDS).as("records seen twice").isBetween(0, 1);
    assertThat(ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).values())
        .allMatch(n -> n <= 2);
    assertThat(new FileHarvestCheckpoint(tmp.resolve("out.txt.checkpoint")).load())
        .hasValueSatisfying(s -> assertThat(s.complete()).isTrue());
  }

  private void runUntilKilled(String mode, Path out, int killAt) {
    try (ChildJvm child = ChildJvm.start(Harvest.class, tmp.resolve("run1.err"), wm.baseUrl() + "/oai", out.toString(),
        mode, String.valueOf(killAt))) {
      child.awaitLine(l -> l.equals("holding " + Math.abs(killAt)), Duration.ofSeconds(120));
      child.killHard();
    }
  }

  private void runToCompletion(String mode, Path out) {
    try (ChildJvm child = ChildJvm.start(Harvest.class, tmp.resolve("run2.err"), wm.baseUrl() + "/oai", out.toString(),
        mode, "0")) {
      assertThat(child.awaitExit(Duration.ofSeconds(120))).as("second run's exit code; stderr in run2.err").isZero();
      assertThat(child.lines()).contains("complete");
    }
  }

  private static byte[] page(int n) throws IOException {
    try (InputStream in = CrashSafeHarvestTest.class.getResourceAsStream(
        "/arxiv-oai/constructed_ListRecords_arXiv_page" + n + ".xml")) {
      return in.readAllBytes();
    }
  }

  /**
   * The child: harvests into {@code out}. Args: OAI base URL, output path, mode ({@code file}:
   * append each id to a text file and checkpoint after every record with a
   * {@link FileHarvestCheckpoint}; {@code transactional}: keep ids and harvest state in one file
   * written atomically), and the record number (1-based) at which the sink stops and waits to be
   * killed (0: never).
   */
  public static final class Harvest {
    private Harvest() {}

    public static void main(String[] args) throws Exception {
      URI base = URI.create(args[0]);
      Path out = Path.of(args[1]);
      int holdAt = Integer.parseInt(args[3]);
      int[] n = {0};
      try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build()) {
        ArxivHarvester.Builder b = ArxivHarvester.builder().fetcher(fetcher).baseUrl(base).set("physics")
            .from(LocalDate.of(2017, 12, 14));
        ArxivHarvester.Sink sink;
        if (args[2].equals("jsonlines")) {
          JsonLinesHarvestFile f = new JsonLinesHarvestFile(out);
          b.checkpoint(f);
          sink = f;
        } else if (args[2].equals("file")) {
          b.checkpoint(new FileHarvestCheckpoint(Path.of(args[1] + ".checkpoint"))).checkpointEveryRecord(true);
          sink = r -> appendDurably(out, r.identifier() + "\n");
        } else {
          TransactionalOutput t = TransactionalOutput.read(out);
          b.checkpoint(t);
          sink = r -> t.pending.add(r.identifier());
        }
        ArxivHarvester.Result result = b.build().harvest(r -> {
          sink.accept(r);
          n[0]++;
          System.out.println("holding " + n[0]);
          System.out.flush();
          if (n[0] == holdAt) {
            // Accepted but not returned: the harvester cannot have saved past this record.
            awaitForever();
          }
        });
        System.out.println(result.complete() ? "complete" : "incomplete");
      }
    }

    private static void awaitForever() {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void appendDurably(Path file, String line) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        ch.force(true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The pattern {@link HarvestCheckpoint} documents for exactly-once delivery: the sink's output
   * and the harvest state are committed together, in one file replaced atomically.
   */
  static final class TransactionalOutput implements HarvestCheckpoint {
    private static final ObjectMapper JSON = Json.newMapper();
    private final Path file;
    private final List<String> committed;
    private HarvestState state;
    final List<String> pending = new ArrayList<>();

    private TransactionalOutput(Path file, List<String> committed, HarvestState state) {
      this.file = file;
      this.committed = new ArrayList<>(committed);
      this.state = state;
    }

    static TransactionalOutput read(Path file) {
      if (!Files.exists(file)) {
        return new TransactionalOutput(file, List.of(), null);
      }
      try {
        ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
        List<String> ids = new ArrayList<>();
        node.path("ids").forEach(id -> ids.add(id.asText()));
        HarvestState s = node.hasNonNull("state") ? JSON.treeToValue(node.get("state"), HarvestState.class) : null;
        return new TransactionalOutput(file, ids, s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    List<String> ids() {
      return List.copyOf(committed);
    }

    @Override
    public Optional<HarvestState> load() {
      return Optional.ofNullable(state);
    }

    @Override
    public void save(HarvestState next) {
      List<String> ids = new ArrayList<>(committed);
      ids.addAll(pending);
      ObjectNode node = JSON.createObjectNode();
      node.set("ids", JSON.valueToTree(ids));
      node.set("state", JSON.valueToTree(next));
      try {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".out", ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          ch.write(ByteBuffer.wrap(JSON.writeValueAsBytes(node)));
          ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      committed.clear();
      committed.addAll(ids);
      pending.clear();
      state = next;
    }

    @Override
    public void clear() {
      state = null;
    }
  }
}
