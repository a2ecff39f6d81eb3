package dev.digestkit.benchmarks.internal;

import dev.digestkit.benchmarks.LeaderboardReader;
import dev.digestkit.benchmarks.TableConfig;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.MetricUnit;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the SWE-rebench leaderboard page: the first table whose header names a model and a
 * resolved rate. Columns are found by their header words, so reordered or added columns still
 * read: rank ({@code Rank}/{@code #}), {@code Model}, {@code Resolved Rate (%)} with its
 * {@code SEM (±)} as the interval (value ± one standard error), {@code Pass@5 (%)},
 * {@code Cost per Problem ($)} and {@code Tokens per Problem}. The as-of date is the page's
 * {@code <time datetime>} or a "Last updated YYYY-MM-DD" note.
 */
public final class SweRebenchReader implements LeaderboardReader {
  /** Board id. */
  public static final String ID = "swe-rebench";

  private static final Pattern UPDATED = Pattern.compile("(?i)(?:last )?updated:?\\s*(\\d{4}-\\d{2}-\\d{2})");

  @Override
  public Leaderboard read(InputStream in, URI source, Instant retrievedAt) {
    Document doc = HtmlTables.parse(in, source);
    for (Element table : doc.select("table")) {
      List<String> header = table.select("thead tr").isEmpty()
          ? table.select("tr").stream().findFirst().map(tr -> tr.select("th, td").eachText()).orElse(List.of())
          : table.select("thead tr").last().select("th, td").eachText();
      Optional<String> model = find(header, "model");
      Optional<String> resolved = find(header, "resolved");
      if (model.isEmpty() || resolved.isEmpty()) {
        continue;
      }
      List<TableConfig.Column> cols = new ArrayList<>();
      TableConfig.Column res = TableConfig.Column.of(resolved.get(), "resolved_rate", "Score", MetricUnit.PERCENT, true);
      Optional<String> sem = find(header, "sem").or(() -> find(header, "±"));
      cols.add(sem.map(res::withError).orElse(res));
      find(header, "pass@").ifPresent(h -> cols.add(TableConfig.Column.of(h, "pass_at_5", h.replaceAll("\\s*\\(.*\\)", ""), MetricUnit.PERCENT, true)));
      find(header, "cost").ifPresent(h -> cols.add(TableConfig.Column.of(h, "cost_per_problem", "$/problem", MetricUnit.USD, false)));
      find(header, "tokens").ifPresent(h -> cols.add(TableConfig.Column.of(h, "tokens_per_problem", "tokens/problem", MetricUnit.COUNT, false)));
      Optional<String> rank = find(header, "rank").or(() -> header.stream().filter(h -> h.strip().equals("#")).findFirst());
      TableConfig cfg = new TableConfig(ID, "SWE-rebench", Optional.of("Agentic coding on real-world software engineering tasks"),
          Optional.empty(), Optional.empty(), model.get(), Optional.empty(), rank,
          rank.isPresent() ? Optional.empty() : Optional.of("resolved_rate"), cols);
      Element only = table.clone();
      Document single = Document.createShell(source.toString());
      single.body().appendChild(only);
      RawTable raw = HtmlTables.read(single, "table", source);
      return TableAssembler.assemble(cfg, raw, source, retrievedAt, asOf(doc), List.of());
    }
    throw new ParseException(source.toString(), "no SWE-rebench leaderboard table (with Model and Resolved columns) on the page");
  }

  private static Optional<LocalDate> asOf(Document doc) {
    for (Element t : doc.select("time[datetime]")) {
      Optional<LocalDate> d = date(t.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    Matcher m = UPDATED.matcher(doc.text());
    return m.find() ? date(m.group(1)) : Optional.empty();
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> find(List<String> header, String word) {
    return header.stream().filter(h -> h.toLowerCase(Locale.ROOT).contains(word)).findFirst();
  }
}
