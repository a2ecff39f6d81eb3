package dev.digestkit.perf.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JmhReportTest {
  private static String result(String method, double ops, double allocPerOp, double cpuNanos, double calls) {
    return "{\"benchmark\":\"dev.digestkit.perf.bench.OaiPageBenchmark." + method + "\",\"mode\":\"thrpt\","
        + "\"primaryMetric\":{\"score\":" + ops + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocPerOp + ",\"scoreUnit\":\"B/op\"},"
        + "\"cpuNanos\":{\"score\":" + cpuNanos + "},\"calls\":{\"score\":" + calls + "}}}";
  }

  @Test
  void tableGivesRatiosToTheFloorAndAllocationPerEntry() throws Exception {
    // bare StAX: 10 ms of CPU per call; digestkit: 40 ms
    String json = "[" + result("bareStax", 100, 50_000, 1e9, 100) + "," + result("digestkit", 60, 4_000_000, 2e9, 50) + "]";

    String table = JmhReport.table(new ObjectMapper().readTree(json));

    assertThat(table).contains("| digestkit | 60.0 ± 1.0 |")
        .contains("| 4,000 | – | 0.60 |")   // 4,000,000 B/op over 1,000 records; no ROME for OAI-PMH
        .contains("| 40.0 | 57.2 | – | 0.25 |")  // CPU ms/op, MB/s of CPU for 2,286,128 B, ratios
        .contains("| bareStax | 100.0 ± 1.0 |");
  }
}
