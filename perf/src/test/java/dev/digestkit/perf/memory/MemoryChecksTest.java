package dev.digestkit.perf.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory checks at a small scale, so a change that breaks them shows up in mvn verify, and
 * the buffering guards at full scale in forked JVMs with a heap that leaves no room for a copy.
 */
class MemoryChecksTest {
  @TempDir
  Path tmp;

  @Test
  void harvestOfGeneratedPagesDeliversEveryRecordExactlyOnce() throws Exception {
    HarvestMemoryCheck.Outcome o = HarvestMemoryCheck.run(2_500, 1000);

    assertThat(o.pages()).isEqualTo(3);
    assertThat(o.distinct()).isEqualTo(2_500);
    assertThat(o.wrong()).isZero();
    assertThat(o.ok()).isTrue();
  }

  @Test
  void scaledApiPageIsReadWhole() throws Exception {
    assertThat(ApiPageMemoryCheck.papers(300)).isEqualTo(300);
  }

  @Test
  void scaledApiPageStreamsThroughTheClient() throws Exception {
    assertThat(ApiPageMemoryCheck.streamed(300)).isEqualTo(300);
  }

  @Test
  void fetchedBodyComesBackByteForByte() throws Exception {
    assertThat(BodyMemoryCheck.fetchAndCompare(3 * 1024 * 1024 + 12_345, true)).isTrue();
    assertThat(BodyMemoryCheck.fetchAndCompare(3 * 1024 * 1024 + 12_345, false)).isTrue();
    assertThat(BodyMemoryCheck.fetchAndCompare(1, true)).isTrue();
  }

  // A 24 MiB body in a 40 MiB heap: one copy fits beside the JVM's own few MiB, two do not. The
  // fetcher used to grow a ByteArrayOutputStream (two arrays at once), trim it (a copy) and clone
  // it into the response (another): that needed more than 64 MiB for a chunked body.
  @Test
  void fetcherHoldsAChunkedBodyOnce() throws Exception {
    assertThat(java("-Xmx40m", BodyMemoryCheck.class, "24", "chunked")).contains("PASS");
  }

  @Test
  void fetcherHoldsABodyWithContentLengthOnce() throws Exception {
    assertThat(java("-Xmx40m", BodyMemoryCheck.class, "24", "length")).contains("PASS");
  }

  // The page at 24 MiB, not the 32 MiB it asks for: the fetched body, the 2,000 papers and
  // the JVM's own share peak near 21 MiB. Before the body was held once and parsed where it lies,
  // this needed 28 MiB.
  @Test
  void apiPageOf2000EntriesFitsIn24MiB() throws Exception {
    assertThat(java("-Xmx24m", ApiPageMemoryCheck.class)).contains("2000 of 2000 papers").contains("PASS");
  }

  // Streamed through ArxivClient (one request of 2,000): the body and the paper being counted,
  // not the page's papers. Peaks near 14 MiB; the pager that read pages whole needed 32 MiB.
  @Test
  void apiPageOf2000EntriesStreamsThroughTheClientIn20MiB() throws Exception {
    assertThat(java("-Xmx20m", ApiPageMemoryCheck.class, "client")).contains("2000 of 2000 papers").contains("PASS");
  }

  private String java(String xmx, Class<?> main, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(xmx);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, main.getSimpleName(), ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(main.getSimpleName() + " did not finish in 3 minutes");
    }
    String log = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code of %s %s; output:%n%s", main.getSimpleName(), xmx, log).isZero();
    return log;
  }
}
