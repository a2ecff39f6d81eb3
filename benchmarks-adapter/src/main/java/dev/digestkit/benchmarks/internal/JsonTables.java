package dev.digestkit.benchmarks.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Json;
import dev.digestkit.core.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads rows of a JSON (or YAML) document, addressed by JSON Pointers, into a {@link RawTable}. */
public final class JsonTables {
  private static final YAMLMapper YAML = new YAMLMapper();

  private JsonTables() {}

  /** Parses a JSON document. */
  public static JsonNode parse(InputStream in, URI source) {
    try {
      JsonNode root = Json.newMapper().readTree(in);
      if (root == null || root.isMissingNode()) {
        throw new ParseException(source.toString(), "empty JSON document");
      }
      return root;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ParseException(source.toString(), loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
          "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ParseException(source.toString(), "cannot read JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Parses a YAML document into the same tree as JSON. SnakeYAML only tokenises here (Jackson
   * builds plain nodes, never Java objects), and its default limits bound aliases and size.
   */
  public static JsonNode parseYaml(InputStream in, URI source) {
    try {
      JsonNode root = YAML.readTree(in);
      if (root == null || root.isMissingNode()) {
        throw new ParseException(source.toString(), "empty YAML document");
      }
      return root;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ParseException(source.toString(), loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
          "malformed YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ParseException(source.toString(), "cannot read YAML: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // SnakeYAML signals some limits (e.g. too many aliases) with its own unchecked exceptions.
      throw new ParseException(source.toString(), "malformed YAML: " + e.getMessage(), e);
    }
  }

  /**
   * The array at {@code rowsPointer} as rows; each column reference is a JSON Pointer relative to
   * a row. Numbers and strings are cell texts; null and missing fields are empty cells.
   *
   * @throws ParseException when the pointer does not lead to an array
   */
  public static RawTable read(JsonNode root, String rowsPointer, URI source) {
    JsonNode array = root.at(pointer(rowsPointer));
    if (!array.isArray()) {
      throw new ParseException(source.toString(), "JSON Pointer '" + rowsPointer + "' does not lead to an array of rows");
    }
    List<RawTable.Row> rows = new ArrayList<>();
    int i = 0;
    for (JsonNode row : array) {
      final JsonNode r = row;
      rows.add(new RawTable.Row(i++, ref -> text(r.at(pointer(ref)))));
    }
    List<JsonNode> all = new ArrayList<>();
    array.forEach(all::add);
    return new RawTable(rows, ref -> all.stream().anyMatch(r -> !r.at(pointer(ref)).isMissingNode()));
  }

  private static Optional<String> text(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    // Containers are not cells; their JSON text makes the cell unreadable, which is reported.
    return Optional.of(n.isValueNode() ? n.asText() : n.toString());
  }

  private static JsonPointer pointer(String p) {
    try {
      return JsonPointer.compile(p);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("invalid JSON Pointer '" + p + "': " + e.getMessage(), e);
    }
  }
}
