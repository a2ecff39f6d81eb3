package dev.digestkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.Json;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import dev.digestkit.core.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leaderboards as JSON files, so the next digest can say what changed.
 *
 * <p>Two shapes: the <em>snapshot</em> is the full {@link Leaderboard} record as
 * {@link Json#newMapper()} writes it (intervals, samples, warnings, times); the <em>compact</em>
 * form is what the CLI prints: {@code {"name", "metrics": [{"key", "label", "unit"}], "entries":
 * [{"rank", "model", "organization", "values": {"<key>": number or null}}]}}. {@link #read}
 * accepts both. Stateless and thread-safe.
 */
public final class Snapshots {
  private static final ObjectMapper MAPPER = Json.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Snapshots() {}

  /** Writes {@code board} as a snapshot to {@code out} (not closed). */
  public static void write(Leaderboard board, OutputStream out) {
    try {
      MAPPER.writerFor(Leaderboard.class).writeValue(new NonClosing(out), board);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves {@code board} as a snapshot in {@code file}, atomically: readers see the old file or
   * the new one, never half of it.
   */
  public static void save(Leaderboard board, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          write(board, out);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save snapshot " + file, e);
    }
  }

  /**
   * Loads a snapshot or compact board from {@code file}.
   *
   * @throws ParseException when it is neither
   */
  public static Leaderboard load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new ParseException(file.toString(), "cannot read leaderboard file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a snapshot or compact board; {@code location} names it in errors. A compact board gets
   * its id from its name, retrieval time {@code 1970-01-01T00:00:00Z} unless it carries
   * {@code retrievedAt}, and "higher is better" from the unit (prices, costs and seconds: lower).
   *
   * @throws ParseException when it is neither shape
   */
  public static Leaderboard read(InputStream in, String location) {
    try {
      JsonNode root = MAPPER.readTree(in);
      if (root == null || !root.isObject() || !root.path("entries").isArray()) {
        throw new ParseException(location, "not a leaderboard: expected a JSON object with 'entries'");
      }
      if (root.has("id") && root.has("retrievedAt")) {
        return MAPPER.treeToValue(root, Leaderboard.class);
      }
      return fromCompact(root);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ParseException(location, loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
          "not a leaderboard: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new ParseException(location, "not a leaderboard: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ParseException(location, "cannot read leaderboard: " + e.getMessage(), e);
    }
  }

  /** The compact form of {@code board}, as the CLI prints it (absent values are JSON null). */
  public static String toCompactJson(Leaderboard board) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", board.name());
    ArrayNode metrics = root.putArray("metrics");
    for (Metric m : board.metrics()) {
      metrics.addObject().put("key", m.key()).put("label", m.label()).put("unit", m.unit().wireName());
    }
    ArrayNode entries = root.putArray("entries");
    for (LeaderboardEntry e : board.entries()) {
      ObjectNode o = entries.addObject();
      o.put("rank", e.rank());
      o.put("model", e.model().displayName());
      o.put("organization", e.model().organization().orElse(null));
      ObjectNode values = o.putObject("values");
      for (Metric m : board.metrics()) {
        Optional<Measurement> v = e.value(m.key());
        if (v.isPresent()) {
          values.put(m.key(), v.get().value());
        } else {
          values.putNull(m.key());
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static Leaderboard fromCompact(JsonNode root) {
    String name = root.path("name").asText("leaderboard");
    List<Metric> metrics = new ArrayList<>();
    for (JsonNode m : root.path("metrics")) {
      MetricUnit unit = MetricUnit.fromWireName(m.path("unit").asText("score"));
      boolean lowerBetter = unit == MetricUnit.USD || unit == MetricUnit.USD_PER_MILLION_TOKENS || unit == MetricUnit.SECONDS;
      String key = m.path("key").asText();
      metrics.add(new Metric(key, m.path("label").asText(key), unit, m.path("higherIsBetter").asBoolean(!lowerBetter)));
    }
    List<LeaderboardEntry> entries = new ArrayList<>();
    for (JsonNode e : root.path("entries")) {
      Map<String, Measurement> values = new LinkedHashMap<>();
      e.path("values").fields().forEachRemaining(f -> {
        if (f.getValue().isNumber()) {
          values.put(f.getKey(), Measurement.of(f.getValue().asDouble()));
        }
      });
      JsonNode org = e.path("organization");
      Model model = Models.of(e.path("model").asText(), org.isTextual() ? Optional.of(org.asText()) : Optional.empty());
      entries.add(new LeaderboardEntry(e.path("rank").asInt(entries.size() + 1), model, values));
    }
    Instant at = root.hasNonNull("retrievedAt") ? Instant.parse(root.get("retrievedAt").asText()) : Instant.EPOCH;
    return new Leaderboard(ModelName.slug(name), name, Optional.empty(), Optional.empty(), at, Optional.empty(), metrics,
        entries, List.of());
  }

  /** Jackson closes the stream it writes to; the caller owns {@code out}. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
