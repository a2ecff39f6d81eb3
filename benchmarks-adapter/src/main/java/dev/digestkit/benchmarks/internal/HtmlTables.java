package dev.digestkit.benchmarks.internal;

import dev.digestkit.core.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads an HTML {@code <table>} into a {@link RawTable}. */
public final class HtmlTables {
  /**
   * Largest page read: 16 MiB. jsoup holds the whole page and its tree, so an unbounded page (one
   * 100 MB attribute is enough) would exhaust the heap.
   */
  static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  private HtmlTables() {}

  /**
   * Parses the page; the charset comes from the page's meta tag or BOM, else UTF-8.
   *
   * @throws ParseException when the page cannot be read or is larger than 16 MiB
   */
  public static Document parse(InputStream in, URI source) {
    try {
      byte[] page = in.readNBytes(MAX_PAGE_BYTES + 1);
      if (page.length > MAX_PAGE_BYTES) {
        throw new ParseException(source.toString(), "HTML page larger than the cap of " + MAX_PAGE_BYTES + " bytes");
      }
      return Jsoup.parse(new ByteArrayInputStream(page), null, source.toString());
    } catch (IOException e) {
      throw new ParseException(source.toString(), "cannot read HTML page: " + e.getMessage(), e);
    }
  }

  /**
   * The first table matching {@code selector}: the header is the last row of {@code <thead>}, or
   * the first row when it holds {@code <th>} cells; every other row with {@code <td>} cells is data.
   *
   * @throws ParseException when no table matches
   */
  public static RawTable read(Document doc, String selector, URI source) {
    Element table = doc.selectFirst(selector);
    if (table == null || !table.normalName().equals("table")) {
      Element inner = table == null ? null : table.selectFirst("table");
      if (inner == null) {
        throw new ParseException(source.toString(), "no table matches '" + selector + "'");
      }
      table = inner;
    }
    Elements trs = table.select("tr");
    List<String> header = new ArrayList<>();
    Elements headRows = table.select("thead tr");
    Element headerRow = !headRows.isEmpty() ? headRows.last()
        : (!trs.isEmpty() && !trs.first().select("th").isEmpty() ? trs.first() : null);
    if (headerRow != null) {
      for (Element th : headerRow.select("th, td")) {
        header.add(th.text());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    int n = 0;
    for (Element tr : trs) {
      if (tr == headerRow || tr.parent() != null && tr.parent().normalName().equals("thead")) {
        continue;
      }
      Elements tds = tr.select("> td, > th");
      if (tr.select("> td").isEmpty()) {
        continue;
      }
      n++;
      rows.add(tds.stream().map(Element::text).toList());
      numbers.add(n);
    }
    return RawTable.withHeader(header, rows, numbers);
  }
}
