package dev.digestkit.perf.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.perf.inputs.BenchInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the README table: per input and contender,
 * ops/s, MB/s, allocation per entry (from {@code -prof gc}'s {@code gc.alloc.rate.norm}) and the
 * ratios to ROME and to the bare StAX pass, from wall-clock throughput and, where the
 * {@code CpuTime} counters were recorded, from thread CPU time per call.
 *
 * <p>Usage: {@code JmhReport results.json [out.md]}.
 */
public final class JmhReport {
  private static final Map<String, Supplier<BenchInput>> INPUTS = Map.of(
      "ArxivApiPageBenchmark", BenchInput::arxivApi,
      "LabFeedsBenchmark", BenchInput::labFeeds,
      "OaiPageBenchmark", BenchInput::oaiPage);

  private JmhReport() {}

  /**
   * Prints the table to standard output and, when a second argument is given, writes it there.
   *
   * @param args the JMH JSON result file, optionally the Markdown file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JmhReport results.json [out.md]");
      System.exit(2);
    }
    String table = table(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
    System.out.print(table);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), table, StandardCharsets.UTF_8);
    }
  }

  /** The Markdown table for a parsed JMH JSON result array. */
  public static String table(JsonNode results) {
    // class -> contender -> result
    Map<String, Map<String, JsonNode>> byClass = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String full = r.get("benchmark").asText();
      int dot = full.lastIndexOf('.');
      String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
      byClass.computeIfAbsent(cls, k -> new LinkedHashMap<>()).put(full.substring(dot + 1), r);
    }
    StringBuilder out = new StringBuilder();
    out.append("| input | contender | ops/s (± 99.9%) | MB/s | entries/s | alloc B/entry | × ROME | × bare StAX"
        + " | CPU ms/op | MB/s of CPU | × ROME (CPU) | × bare StAX (CPU) |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (var cls : byClass.entrySet()) {
      Supplier<BenchInput> supplier = INPUTS.get(cls.getKey());
      if (supplier == null) {
        continue;
      }
      BenchInput input = supplier.get();
      long bytes = input.bytes();
      int entries = input.entries();
      Double rome = score(cls.getValue().get("rome"));
      Double stax = score(cls.getValue().get("bareStax"));
      Double romeCpu = cpuNanos(cls.getValue().get("rome"));
      Double staxCpu = cpuNanos(cls.getValue().get("bareStax"));
      for (var c : cls.getValue().entrySet()) {
        JsonNode r = c.getValue();
        double ops = score(r);
        double err = r.get("primaryMetric").path("scoreError").asDouble(Double.NaN);
        JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
        Double cpu = cpuNanos(r);
        out.append(String.format(Locale.ROOT, "| %s (%,d B, %,d entries) | %s | %,.1f ± %,.1f | %,.1f | %,.0f | %s | %s | %s | %s | %s | %s | %s |\n",
            input.label(), bytes, entries, c.getKey(), ops, err, ops * bytes / 1e6, ops * entries,
            alloc.isMissingNode() ? "–" : String.format(Locale.ROOT, "%,.0f", alloc.asDouble() / entries),
            ratio(ops, rome), ratio(ops, stax),
            cpu == null ? "–" : String.format(Locale.ROOT, "%,.1f", cpu / 1e6),
            cpu == null ? "–" : String.format(Locale.ROOT, "%,.1f", bytes / (cpu / 1e9) / 1e6),
            cpu == null ? "–" : ratio(romeCpu, cpu), cpu == null ? "–" : ratio(staxCpu, cpu)));
      }
    }
    return out.toString();
  }

  // a / b to two places, or a dash when either is unknown
  private static String ratio(Double a, Double b) {
    return a == null || b == null ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
  }

  // CPU nanoseconds per call from the CpuTime counters, or null when they were not recorded.
  private static Double cpuNanos(JsonNode result) {
    if (result == null) {
      return null;
    }
    JsonNode m = result.path("secondaryMetrics");
    double calls = m.path("calls").path("score").asDouble(0);
    double nanos = m.path("cpuNanos").path("score").asDouble(0);
    return calls > 0 && nanos > 0 ? nanos / calls : null;
  }

  private static Double score(JsonNode result) {
    return result == null ? null : result.get("primaryMetric").get("score").asDouble();
  }
}
