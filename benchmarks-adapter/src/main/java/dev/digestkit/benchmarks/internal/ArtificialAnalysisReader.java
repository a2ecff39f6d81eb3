package dev.digestkit.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestkit.benchmarks.LeaderboardReader;
import dev.digestkit.benchmarks.Models;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import dev.digestkit.core.model.Model;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the Artificial Analysis {@code /api/v2/data/llms/models} response
 * ({@code {"status":200,"data":[{name, slug, model_creator, evaluations, pricing, median_*}]}}).
 *
 * <p>JSON null is "not measured" and stays absent. The API also writes 0 for speeds and times of
 * models no provider serves, so a 0 there is absent; a 0 price is absent unless the model has a
 * measured speed (served models with price 0 are real free tiers).
 */
public final class ArtificialAnalysisReader implements LeaderboardReader {
  /** Board id. */
  public static final String ID = "artificial-analysis";

  private record Field(String path, Metric metric, boolean zeroMeansAbsent) {}

  private static final List<Field> FIELDS = List.of(
      new Field("/evaluations/artificial_analysis_intelligence_index",
          new Metric("intelligence_index", "Score", MetricUnit.SCORE, true), false),
      new Field("/median_output_tokens_per_second", new Metric("output_speed", "tok/s", MetricUnit.TOKENS_PER_SECOND, true), true),
      new Field("/pricing/price_1m_blended_3_to_1", new Metric("price_blended", "$/1M", MetricUnit.USD_PER_MILLION_TOKENS, false), false),
      new Field("/evaluations/artificial_analysis_coding_index", new Metric("coding_index", "Coding", MetricUnit.SCORE, true), false),
      new Field("/evaluations/artificial_analysis_math_index", new Metric("math_index", "Math", MetricUnit.SCORE, true), false),
      new Field("/median_time_to_first_token_seconds", new Metric("ttft", "TTFT s", MetricUnit.SECONDS, false), true),
      new Field("/pricing/price_1m_input_tokens", new Metric("price_input", "$/1M in", MetricUnit.USD_PER_MILLION_TOKENS, false), false),
      new Field("/pricing/price_1m_output_tokens", new Metric("price_output", "$/1M out", MetricUnit.USD_PER_MILLION_TOKENS, false), false));

  @Override
  public Leaderboard read(InputStream in, URI source, Instant retrievedAt) {
    JsonNode root = JsonTables.parse(in, source);
    JsonNode data = root.isArray() ? root : root.path("data");
    if (!data.isArray()) {
      throw new ParseException(source.toString(), "not an Artificial Analysis models response: no 'data' array");
    }
    List<String> warnings = new ArrayList<>();
    List<TableAssembler.Pending> rows = new ArrayList<>();
    int i = 0;
    for (JsonNode m : data) {
      int index = i++;
      String name = text(m.path("name")).or(() -> text(m.path("slug"))).orElse(null);
      if (name == null) {
        warnings.add("data[" + index + "]: no model name; skipped");
        continue;
      }
      Model model = Models.of(name, text(m.path("model_creator").path("name")));
      Map<String, Measurement> values = new LinkedHashMap<>();
      for (Field f : FIELDS) {
        JsonNode v = m.at(f.path);
        if (v.isMissingNode() || v.isNull()) {
          continue;
        }
        if (!v.isNumber()) {
          warnings.add("data[" + index + "] (" + name + "), field " + f.path + ": cannot read '" + v.asText() + "'; value left absent");
          continue;
        }
        double d = v.asDouble();
        if (d == 0 && (f.zeroMeansAbsent || isPrice(f) && !served(m))) {
          continue;
        }
        values.put(f.metric.key(), Measurement.of(d));
      }
      rows.add(new TableAssembler.Pending(model, values, OptionalInt.empty()));
    }
    List<Metric> metrics = FIELDS.stream().map(Field::metric).toList();
    return new Leaderboard(ID, "Artificial Analysis Intelligence Index",
        Optional.of("Composite score across coding, math, and reasoning"), Optional.of(source), retrievedAt, Optional.empty(),
        metrics, TableAssembler.rankBy(rows, metrics.get(0)), warnings);
  }

  private static boolean isPrice(Field f) {
    return f.metric.unit() == MetricUnit.USD_PER_MILLION_TOKENS;
  }

  private static boolean served(JsonNode m) {
    JsonNode speed = m.path("median_output_tokens_per_second");
    return speed.isNumber() && speed.asDouble() > 0;
  }

  private static Optional<String> text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip()) : Optional.empty();
  }
}
