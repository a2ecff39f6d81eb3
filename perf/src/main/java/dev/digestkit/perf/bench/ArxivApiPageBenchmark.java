package dev.digestkit.perf.bench;

import dev.digestkit.perf.inputs.BenchInput;
import dev.digestkit.perf.inputs.Document;
import dev.digestkit.perf.parsers.BareStax;
import dev.digestkit.perf.parsers.Digestkit;
import dev.digestkit.perf.parsers.Rome;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One operation parses the real arXiv API page scaled to 2,000 entries. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArxivApiPageBenchmark {
  private Document page;
  private BareStax stax;
  private Rome rome;

  /** Builds the page once; every contender reads the same bytes. */
  @Setup
  public void setUp() {
    page = BenchInput.arxivApi().documents().get(0);
    stax = new BareStax();
    rome = new Rome();
  }

  /** The floor: walk the StAX events. */
  @Benchmark
  public int bareStax(CpuTime cpu) {
    cpu.calls++;
    return stax.count(page);
  }

  /** digestkit's generic feed reader (Atom into {@code FeedEntry}s). */
  @Benchmark
  public Object digestkitFeeds(CpuTime cpu) {
    cpu.calls++;
    return Digestkit.feed(page);
  }

  /** digestkit's arXiv reader: the page into {@code Paper} records (LaTeX to text, ids, links). */
  @Benchmark
  public Object digestkitArxiv(CpuTime cpu) {
    cpu.calls++;
    return Digestkit.arxiv(page);
  }

  /** ROME's SyndFeedInput. */
  @Benchmark
  public Object rome(CpuTime cpu) {
    cpu.calls++;
    return rome.parse(page);
  }
}
