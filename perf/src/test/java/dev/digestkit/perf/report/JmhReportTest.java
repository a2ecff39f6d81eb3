package dev.digestkit.perf.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JmhReportTest {
  private static String result(String method, double ops, double allocPerOp) {
    return "{\"benchmark\":\"dev.digestkit.perf.bench.OaiPageBenchmark." + method + "\",\"mode\":\"thrpt\","
        + "\"primaryMetric\":{\"score\":" + ops + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocPerOp + ",\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void tableGivesRatiosToTheFloorAndAllocationPerEntry() throws Exception {
    String json = "[" + result("bareStax", 100, 50_000) + "," + result("digestkit", 60, 4_000_000) + "]";

    String table = JmhReport.table(new ObjectMapper().readTree(json));

    assertThat(table).contains("| digestkit | 60.0 ± 1.0 |")
        .contains("| 4,000 | – | 0.60 |")   // 4,000,000 B/op over 1,000 records; no ROME for OAI-PMH
        .contains("| bareStax | 100.0 ± 1.0 |");
  }
}
