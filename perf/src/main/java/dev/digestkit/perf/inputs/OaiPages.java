package dev.digestkit.perf.inputs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OAI-PMH {@code ListRecords} pages (metadataPrefix {@code arXiv}) of any length, written lazily:
 * the real records of the bundled hepcrawl recordings repeated in order, each copy with a new
 * arXiv id. Record {@code i} always gets {@link #id(int)}, so a consumer can check that it saw
 * each record exactly once.
 *
 * <p>Immutable and thread-safe.
 */
public final class OaiPages {
  /** arXiv's OAI namespace for the {@code arXiv} metadata format. */
  public static final String ARXIV_NS = "http://arxiv.org/OAI/arXiv/";
  /** The URL the generated pages claim to come from. */
  public static final URI URL = URI.create("https://oaipmh.arxiv.org/oai?verb=ListRecords&metadataPrefix=arXiv");

  private static final String[] FILES = {
    "hepcrawl_ListRecords_arXiv_physics-hep-ex_2017-12-14.xml",
    "hepcrawl_ListRecords_arXiv_physics-hep-th.xml",
    "hepcrawl_sample_arxiv_record.xml",
  };
  private static final int PER_MONTH = 90_000;

  private final String head;
  // Each real record split around the occurrences of its own id, so a copy is parts joined by the new id.
  private final List<String[]> records;

  private OaiPages(String head, List<String[]> records) {
    this.head = head;
    this.records = List.copyOf(records);
  }

  /** Loads the real records from the bundled recordings. */
  public static OaiPages load() {
    String head = null;
    List<String[]> records = new ArrayList<>();
    for (String file : FILES) {
      String xml = new String(Resources.bytes("arxiv-oai/" + file), StandardCharsets.UTF_8);
      if (head == null) {
        head = xml.substring(0, xml.indexOf("<ListRecords>") + "<ListRecords>".length()) + "\n";
      }
      int from = 0;
      while (true) {
        int s = xml.indexOf("<record>", from);
        if (s < 0) {
          break;
        }
        int e = xml.indexOf("</record>", s) + "</record>".length();
        records.add(split(normalise(xml.substring(s, e))));
        from = e;
      }
    }
    return new OaiPages(head, records);
  }

  /** How many distinct real records the copies cycle through. */
  public int realRecords() {
    return records.size();
  }

  /**
   * The arXiv id given to record {@code index}: new-style ids from {@code 1501.10000} upwards,
   * 90,000 per month.
   */
  public static String id(int index) {
    return String.format("%04d.%05d", 1501 + index / PER_MONTH, 10_000 + index % PER_MONTH);
  }

  /** The record index encoded in an id made by {@link #id(int)}, or -1 for any other id. */
  public static int index(String id) {
    if (id.length() != 10 || id.charAt(4) != '.') {
      return -1;
    }
    try {
      int month = Integer.parseInt(id.substring(0, 4)) - 1501;
      int serial = Integer.parseInt(id.substring(5)) - 10_000;
      return month < 0 || serial < 0 || serial >= PER_MONTH ? -1 : month * PER_MONTH + serial;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One page of {@code count} records from {@code first}, as bytes. */
  public byte[] page(int first, int count, int completeListSize, Optional<String> nextToken) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count * 2600);
    try {
      writePage(out, first, count, completeListSize, nextToken);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A page as a benchmark input. */
  public Document document(int count) {
    return new Document("oai-pmh-" + count, URL, page(0, count, count, Optional.empty()));
  }

  /**
   * Writes one page of {@code count} records starting at record {@code first}, ending with a
   * resumption token when {@code nextToken} is present and an empty one otherwise (the last page).
   * Nothing larger than one record is buffered.
   */
  public void writePage(OutputStream out, int first, int count, int completeListSize, Optional<String> nextToken)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(head);
    for (int i = first; i < first + count; i++) {
      String[] parts = records.get(i % records.size());
      String id = id(i);
      w.write(parts[0]);
      for (int p = 1; p < parts.length; p++) {
        w.write(id);
        w.write(parts[p]);
      }
      w.write('\n');
    }
    if (nextToken.isPresent()) {
      w.write("<resumptionToken cursor=\"" + first + "\" completeListSize=\"" + completeListSize + "\">"
          + nextToken.get() + "</resumptionToken>\n");
    } else {
      w.write("<resumptionToken cursor=\"" + first + "\" completeListSize=\"" + completeListSize + "\"/>\n");
    }
    w.write("</ListRecords>\n</OAI-PMH>\n");
    w.flush();
  }

  // The sample recording placed its records in a GetRecord envelope without declaring arXiv's
  // namespace on <arXiv>; declare it, as arXiv's own responses do.
  private static String normalise(String record) {
    if (!record.contains("xmlns=\"" + ARXIV_NS + "\"")) {
      record = record.replace("<arXiv ", "<arXiv xmlns=\"" + ARXIV_NS + "\" ");
    }
    return record;
  }

  private static String[] split(String record) {
    String marker = "<identifier>oai:arXiv.org:";
    int s = record.indexOf(marker) + marker.length();
    String oldId = record.substring(s, record.indexOf('<', s));
    List<String> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = record.indexOf(oldId, from)) >= 0) {
      parts.add(record.substring(from, at));
      from = at + oldId.length();
    }
    parts.add(record.substring(from));
    return parts.toArray(new String[0]);
  }
}
