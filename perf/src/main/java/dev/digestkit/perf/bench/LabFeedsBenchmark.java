package dev.digestkit.perf.bench;

import dev.digestkit.perf.inputs.BenchInput;
import dev.digestkit.perf.inputs.Document;
import dev.digestkit.perf.parsers.BareStax;
import dev.digestkit.perf.parsers.Digestkit;
import dev.digestkit.perf.parsers.Rome;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/** One operation parses every real lab feed once. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LabFeedsBenchmark {
  private List<Document> feeds;
  private BareStax stax;
  private Rome rome;

  /** Loads the feeds once; every contender reads the same bytes. */
  @Setup
  public void setUp() {
    feeds = BenchInput.labFeeds().documents();
    stax = new BareStax();
    rome = new Rome();
  }

  /** The floor: walk the StAX events. */
  @Benchmark
  public void bareStax(Blackhole bh, CpuTime cpu) {
    cpu.calls++;
    for (Document feed : feeds) {
      bh.consume(stax.count(feed));
    }
  }

  /** digestkit's feed reader. */
  @Benchmark
  public void digestkitFeeds(Blackhole bh, CpuTime cpu) {
    cpu.calls++;
    for (Document feed : feeds) {
      bh.consume(Digestkit.feed(feed));
    }
  }

  /** ROME's SyndFeedInput. */
  @Benchmark
  public void rome(Blackhole bh, CpuTime cpu) {
    cpu.calls++;
    for (Document feed : feeds) {
      bh.consume(rome.parse(feed));
    }
  }
}
