package dev.digestkit.perf.report;

import dev.digestkit.perf.inputs.BenchInput;
import dev.digestkit.perf.inputs.Document;
import dev.digestkit.perf.parsers.BareStax;
import dev.digestkit.perf.parsers.Digestkit;
import dev.digestkit.perf.parsers.Rome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A cross-check of the JMH ratios that holds up on a machine shared with other work: the
 * contenders of each input run interleaved in short slices, round after round in shuffled
 * order, and each is scored by the median <em>thread CPU time</em> per operation. A load that
 * comes and goes then hits every contender alike, and time spent waiting for a core is not
 * counted. JMH (wall-clock throughput, one contender after another) stays the primary figure.
 *
 * <p>Usage: {@code InterleavedRatios [rounds] [sliceMillis]} (default 9 rounds of 400 ms).
 */
public final class InterleavedRatios {
  private InterleavedRatios() {}

  private record Contender(String name, Function<Document, Object> op) {}

  /**
   * Prints a Markdown table: per input and contender, CPU µs per operation, MB/s of CPU time,
   * and the ratios of throughput to ROME and to the bare StAX pass.
   *
   * @param args optionally rounds and slice length in milliseconds
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    long sliceNanos = (args.length > 1 ? Long.parseLong(args[1]) : 400) * 1_000_000L;
    BareStax stax = new BareStax();
    Rome rome = new Rome();
    Map<BenchInput, List<Contender>> plan = new LinkedHashMap<>();
    plan.put(BenchInput.arxivApi(), List.of(new Contender("bareStax", stax::count), new Contender("rome", rome::parse),
        new Contender("digestkitFeeds", Digestkit::feed), new Contender("digestkitArxiv", Digestkit::arxiv)));
    plan.put(BenchInput.labFeeds(), List.of(new Contender("bareStax", stax::count), new Contender("rome", rome::parse),
        new Contender("digestkitFeeds", Digestkit::feed)));
    plan.put(BenchInput.oaiPage(), List.of(new Contender("bareStax", stax::count),
        new Contender("digestkitArxiv", Digestkit::arxiv)));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    StringBuilder out = new StringBuilder();
    out.append("| input | contender | CPU µs/op (median of ").append(rounds).append(") | MB/s per CPU | × ROME | × bare StAX |\n");
    out.append("|---|---|---:|---:|---:|---:|\n");
    Random shuffle = new Random(1);
    for (var entry : plan.entrySet()) {
      BenchInput input = entry.getKey();
      List<Contender> contenders = new ArrayList<>(entry.getValue());
      Map<String, double[]> samples = new LinkedHashMap<>();
      contenders.forEach(c -> samples.put(c.name(), new double[rounds]));
      for (Contender c : contenders) {
        slice(threads, input, c, 3 * sliceNanos); // warm-up
      }
      for (int round = 0; round < rounds; round++) {
        Collections.shuffle(contenders, shuffle);
        for (Contender c : contenders) {
          samples.get(c.name())[round] = slice(threads, input, c, sliceNanos);
        }
      }
      double romeNanos = median(samples.get("rome"));
      double staxNanos = median(samples.get("bareStax"));
      for (var s : samples.entrySet()) {
        double nanos = median(s.getValue());
        out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.1f | %s | %.2f |%n", input.label(), s.getKey(),
            nanos / 1e3, input.bytes() / (nanos / 1e9) / 1e6,
            Double.isNaN(romeNanos) ? "–" : String.format(Locale.ROOT, "%.2f", romeNanos / nanos), staxNanos / nanos));
      }
    }
    System.out.print(out);
  }

  // Runs the contender over every document of the input for at least the slice; CPU ns per op.
  private static double slice(ThreadMXBean threads, BenchInput input, Contender c, long sliceNanos) {
    long wallStart = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    int ops = 0;
    Object sink = null;
    do {
      for (Document d : input.documents()) {
        sink = c.op().apply(d);
      }
      ops++;
    } while (System.nanoTime() - wallStart < sliceNanos);
    if (sink == null) {
      throw new IllegalStateException(c.name() + " returned nothing");
    }
    return (double) (threads.getCurrentThreadCpuTime() - cpuStart) / ops;
  }

  private static double median(double[] values) {
    if (values == null) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
