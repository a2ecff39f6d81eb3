package dev.digestkit.benchmarks.internal;

import dev.digestkit.core.ParseException;
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
  private HtmlTables() {}

  /** Parses the page; the charset comes from the page's meta tag or BOM, else UTF-8. */
  public static Document parse(InputStream in, URI source) {
    try {
      return Jsoup.parse(in, null, source.toString());
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
