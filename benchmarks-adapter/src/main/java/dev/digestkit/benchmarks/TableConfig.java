package dev.digestkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Json;
import dev.digestkit.core.model.MetricUnit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to read a leaderboard from a table with no Java code: which table, which column names the
 * model, and which columns are metrics. The same record drives the HTML, CSV and JSON readers
 * ({@link Leaderboards#html}, {@link Leaderboards#csv}, {@link Leaderboards#json}).
 *
 * <p>A <em>column reference</em> is a header text for HTML and CSV (matched ignoring case and
 * surrounding space; {@code #3} means the third column) and a JSON Pointer relative to a row for
 * JSON ({@code /resolved}).
 *
 * <p>Read from a JSON file with {@link #load(Path)}:
 * <pre>{@code
 * {"id": "swe-bench-verified", "name": "SWE-bench Verified",
 *  "rows": "/leaderboards/2/results", "model": "/name", "rankBy": "resolved",
 *  "columns": [{"column": "/resolved", "key": "resolved", "label": "% Resolved", "unit": "percent"},
 *              {"column": "/instance_cost", "key": "cost", "label": "$/task", "unit": "usd",
 *               "higherIsBetter": false, "zeroMeansAbsent": true}]}
 * }</pre>
 *
 * @param id the board's stable key
 * @param name display name
 * @param description one line saying what it measures
 * @param url where to fetch the table when no location is given
 * @param table HTML: CSS selector of the table (the first match is read); JSON: JSON Pointer to
 *     the array of rows (empty: the document itself is the array); unused for CSV
 * @param model reference to the column naming the model
 * @param organization reference to the column naming the organization, when there is one
 * @param rank reference to the column giving the rank, when there is one
 * @param rankBy metric key to rank by when there is no rank column (best first, absent values
 *     last, ties share a rank); with neither, rows are ranked in document order
 * @param columns the metrics, in display order
 */
public record TableConfig(
    String id,
    String name,
    Optional<String> description,
    Optional<URI> url,
    Optional<String> table,
    String model,
    Optional<String> organization,
    Optional<String> rank,
    Optional<String> rankBy,
    List<Column> columns) {

  /**
   * Validates the configuration.
   *
   * @throws ConfigurationException when two columns share a key or {@code rankBy} names no column
   */
  public TableConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(model, "model");
    description = description == null ? Optional.empty() : description;
    url = url == null ? Optional.empty() : url;
    table = table == null ? Optional.empty() : table;
    organization = organization == null ? Optional.empty() : organization;
    rank = rank == null ? Optional.empty() : rank;
    rankBy = rankBy == null ? Optional.empty() : rankBy;
    columns = List.copyOf(columns == null ? List.of() : columns);
    Set<String> keys = new HashSet<>();
    for (Column c : columns) {
      if (!keys.add(c.key())) {
        throw new ConfigurationException("table config " + id + ": duplicate metric key " + c.key());
      }
    }
    if (rankBy.isPresent() && !keys.contains(rankBy.get())) {
      throw new ConfigurationException("table config " + id + ": rankBy names unknown metric " + rankBy.get());
    }
  }

  /**
   * One metric column.
   *
   * @param column reference to the column holding the value
   * @param key metric key
   * @param label display label
   * @param unit what the numbers mean
   * @param higherIsBetter true for scores and speeds
   * @param zeroMeansAbsent read an exact 0 as "not measured"
   * @param scale factor applied to every value and interval (e.g. 100 for a 0–1 fraction shown as
   *     a percentage); 1 for none
   * @param error reference to a column with error bars relative to the value ({@code ±1.1},
   *     {@code +5/-4}, a bare {@code 1.1}), when there is one
   * @param lower reference to a column with the interval's lower bound, when there is one
   * @param upper reference to a column with the interval's upper bound, when there is one
   * @param samples reference to a column with the vote or sample count, when there is one
   */
  public record Column(
      String column,
      String key,
      String label,
      MetricUnit unit,
      boolean higherIsBetter,
      boolean zeroMeansAbsent,
      double scale,
      Optional<String> error,
      Optional<String> lower,
      Optional<String> upper,
      Optional<String> samples) {

    /**
     * Validates the column.
     *
     * @throws ConfigurationException when {@code scale} is zero or not finite, or only one interval bound is given
     */
    public Column {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(unit, "unit");
      error = error == null ? Optional.empty() : error;
      lower = lower == null ? Optional.empty() : lower;
      upper = upper == null ? Optional.empty() : upper;
      samples = samples == null ? Optional.empty() : samples;
      if (!Double.isFinite(scale) || scale == 0) {
        throw new ConfigurationException("column " + key + ": scale must be a non-zero number");
      }
      if (lower.isPresent() != upper.isPresent()) {
        throw new ConfigurationException("column " + key + ": give both lower and upper, or neither");
      }
    }

    /** A plain metric column: no interval, no samples, scale 1, zero is a real zero. */
    public static Column of(String column, String key, String label, MetricUnit unit, boolean higherIsBetter) {
      return new Column(column, key, label, unit, higherIsBetter, false, 1, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty());
    }

    /** This column with an exact 0 read as "not measured". */
    public Column withZeroAsAbsent() {
      return new Column(column, key, label, unit, higherIsBetter, true, scale, error, lower, upper, samples);
    }

    /** This column with error bars read from {@code errorColumn}. */
    public Column withError(String errorColumn) {
      return new Column(column, key, label, unit, higherIsBetter, zeroMeansAbsent, scale, Optional.of(errorColumn), lower,
          upper, samples);
    }

    /** This column with its interval read from {@code lowerColumn} and {@code upperColumn}. */
    public Column withBounds(String lowerColumn, String upperColumn) {
      return new Column(column, key, label, unit, higherIsBetter, zeroMeansAbsent, scale, error,
          Optional.of(lowerColumn), Optional.of(upperColumn), samples);
    }

    /** This column with its sample count read from {@code samplesColumn}. */
    public Column withSamples(String samplesColumn) {
      return new Column(column, key, label, unit, higherIsBetter, zeroMeansAbsent, scale, error, lower, upper,
          Optional.of(samplesColumn));
    }

    /** This column with every value multiplied by {@code factor}. */
    public Column scaled(double factor) {
      return new Column(column, key, label, unit, higherIsBetter, zeroMeansAbsent, factor, error, lower, upper, samples);
    }
  }

  /**
   * Reads a configuration file (JSON, see the class comment).
   *
   * @throws ConfigurationException when the file cannot be read or misses a required field
   */
  public static TableConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new ConfigurationException("cannot read table config " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a configuration from {@code in}; {@code location} names it in error messages.
   *
   * @throws ConfigurationException when it is not JSON or misses a required field
   */
  public static TableConfig read(InputStream in, String location) {
    JsonNode root;
    try {
      root = Json.newMapper().readTree(in);
    } catch (IOException e) {
      throw new ConfigurationException("table config " + location + " is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigurationException("table config " + location + " must be a JSON object");
    }
    List<Column> columns = new ArrayList<>();
    JsonNode cols = root.path("columns");
    if (!cols.isArray() || cols.isEmpty()) {
      throw new ConfigurationException("table config " + location + ": 'columns' must be a non-empty array");
    }
    int i = 0;
    for (JsonNode c : cols) {
      i++;
      String where = location + " columns[" + i + "]";
      String key = required(c, "key", where);
      MetricUnit unit;
      try {
        unit = MetricUnit.fromWireName(optional(c, "unit").orElse("score"));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(where + ": " + e.getMessage(), e);
      }
      columns.add(new Column(required(c, "column", where), key, optional(c, "label").orElse(key), unit,
          c.path("higherIsBetter").asBoolean(true), c.path("zeroMeansAbsent").asBoolean(false),
          c.path("scale").asDouble(1), optional(c, "error"), optional(c, "lower"), optional(c, "upper"),
          optional(c, "samples")));
    }
    Optional<URI> url;
    try {
      url = optional(root, "url").map(URI::create);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("table config " + location + ": bad url: " + e.getMessage(), e);
    }
    String id = required(root, "id", location);
    return new TableConfig(id, optional(root, "name").orElse(id), optional(root, "description"), url,
        optional(root, "table").or(() -> optional(root, "rows")), required(root, "model", location),
        optional(root, "organization"), optional(root, "rank"), optional(root, "rankBy"), columns);
  }

  private static String required(JsonNode node, String field, String where) {
    return optional(node, field).orElseThrow(() -> new ConfigurationException(where + ": missing '" + field + "'"));
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? Optional.empty() : Optional.of(v.asText());
  }
}
