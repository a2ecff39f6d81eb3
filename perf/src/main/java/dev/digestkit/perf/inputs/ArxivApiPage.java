package dev.digestkit.perf.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real arXiv API result page scaled up: the Atom bodies of the recorded {@code q_testing_*}
 * cassettes, their distinct real entries repeated in order with new ids until the page holds the
 * requested number of entries.
 */
public final class ArxivApiPage {
  /** The URL the scaled page claims to come from. */
  public static final URI URL =
      URI.create("https://export.arxiv.org/api/query?search_query=all:testing&start=0&max_results=2000");

  private static final String ID_OPEN = "<id>http://arxiv.org/abs/";

  private ArxivApiPage() {}

  /** The scaled page as one document. */
  public static Document document(int entries) {
    return new Document("arxiv-api-" + entries, URL, bytes(entries));
  }

  /**
   * The bytes of a page with {@code entries} entries, ids {@code 2601.00001v1} upwards.
   *
   * @throws IllegalArgumentException when {@code entries} is not in 1..99,999
   */
  public static byte[] bytes(int entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(entries * 2400);
    try {
      write(out, entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the page entry by entry; nothing larger than one entry is buffered.
   *
   * @throws IllegalArgumentException when {@code entries} is not in 1..99,999
   * @throws IOException when {@code out} fails
   */
  public static void write(OutputStream out, int entries) throws IOException {
    if (entries < 1 || entries > 99_999) {
      throw new IllegalArgumentException("entries must be 1..99999: " + entries);
    }
    List<String> bodies = bodies();
    String first = bodies.get(0);
    String head = first.substring(0, first.indexOf("<entry>"))
        .replaceFirst("<opensearch:itemsPerPage>\\d+<", "<opensearch:itemsPerPage>" + entries + "<");
    List<String> real = distinctEntries(bodies);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(head);
    for (int i = 0; i < entries; i++) {
      String entry = real.get(i % real.size());
      w.write(withId(entry, String.format("2601.%05d", i + 1)));
      w.write("\n  ");
    }
    w.write("</feed>\n");
    w.flush();
  }

  /** How many distinct real entries the recordings hold. */
  public static int distinctRealEntries() {
    return distinctEntries(bodies()).size();
  }

  // The recorded id appears in <id>, the links and sometimes the comment; replace its base
  // (without version) everywhere so the copy is consistently a new paper.
  static String withId(String entry, String newBase) {
    int start = entry.indexOf(ID_OPEN) + ID_OPEN.length();
    int end = entry.indexOf("</id>", start);
    String old = entry.substring(start, end);
    int v = old.lastIndexOf('v');
    String oldBase = v > 0 ? old.substring(0, v) : old;
    return entry.replace(oldBase, newBase);
  }

  private static List<String> distinctEntries(List<String> bodies) {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String body : bodies) {
      int from = 0;
      while (true) {
        int s = body.indexOf("<entry>", from);
        if (s < 0) {
          break;
        }
        int e = body.indexOf("</entry>", s) + "</entry>".length();
        String entry = body.substring(s, e);
        int idStart = entry.indexOf(ID_OPEN);
        if (idStart >= 0) {
          byId.putIfAbsent(entry.substring(idStart, entry.indexOf("</id>", idStart)), entry);
        }
        from = e;
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static List<String> bodies() {
    ObjectMapper mapper = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    for (String name : Resources.index("arxiv-api")) {
      try {
        JsonNode cassette = mapper.readTree(Resources.bytes("arxiv-api/" + name));
        bodies.add(cassette.get("body").asText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bodies;
  }
}
