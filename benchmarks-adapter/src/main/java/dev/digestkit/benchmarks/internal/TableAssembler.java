package dev.digestkit.benchmarks.internal;

import dev.digestkit.benchmarks.CellParser;
import dev.digestkit.benchmarks.CellValue;
import dev.digestkit.benchmarks.Models;
import dev.digestkit.benchmarks.TableConfig;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Interval;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.Model;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a {@link RawTable} into a {@link Leaderboard} as a {@link TableConfig} says: every cell
 * through {@link CellParser}, unreadable cells absent and reported, ranks as given or computed.
 */
public final class TableAssembler {
  private TableAssembler() {}

  /**
   * Assembles the board.
   *
   * @param warnings problems already met while reading the document; more are added
   * @throws ParseException when the model column does not exist
   */
  public static Leaderboard assemble(TableConfig cfg, RawTable table, URI source, Instant retrievedAt,
      Optional<LocalDate> asOf, List<String> warnings) {
    List<String> out = new ArrayList<>(warnings);
    if (!table.rows().isEmpty() && !table.has(cfg.model())) {
      throw new ParseException(source.toString(), "leaderboard " + cfg.id() + ": model column '" + cfg.model() + "' not found");
    }
    for (TableConfig.Column c : cfg.columns()) {
      if (!table.rows().isEmpty() && !table.has(c.column())) {
        out.add("column '" + c.column() + "' (" + c.key() + ") not found; its values are absent");
      }
    }
    List<Metric> metrics = cfg.columns().stream().map(c -> new Metric(c.key(), c.label(), c.unit(), c.higherIsBetter())).toList();
    List<Pending> rows = new ArrayList<>();
    for (RawTable.Row row : table.rows()) {
      Optional<String> name = row.cell().apply(cfg.model()).map(String::strip).filter(s -> !s.isEmpty());
      if (name.isEmpty()) {
        out.add("row " + row.number() + ": no model name; row skipped");
        continue;
      }
      Model model = Models.of(name.get(), cfg.organization().flatMap(row.cell()));
      Map<String, Measurement> values = new LinkedHashMap<>();
      for (TableConfig.Column c : cfg.columns()) {
        read(c, row, model, out).ifPresent(m -> values.put(c.key(), m));
      }
      OptionalInt rank = OptionalInt.empty();
      if (cfg.rank().isPresent()) {
        String text = row.cell().apply(cfg.rank().get()).orElse("");
        CellValue v = CellParser.parse(text);
        if (v.measurement().isPresent() && v.measurement().get().value() >= 1 && v.measurement().get().value() == Math.rint(v.measurement().get().value())) {
          rank = OptionalInt.of((int) v.measurement().get().value());
        } else {
          out.add("row " + row.number() + " (" + model.displayName() + "), rank: cannot read '" + text + "'; ranked by position");
        }
      }
      rows.add(new Pending(model, values, rank));
    }
    return new Leaderboard(cfg.id(), cfg.name(), cfg.description(), Optional.of(source), retrievedAt, asOf, metrics,
        rank(rows, cfg, metrics), out);
  }

  private static Optional<Measurement> read(TableConfig.Column c, RawTable.Row row, Model model, List<String> warnings) {
    Optional<String> text = row.cell().apply(c.column());
    CellValue v = CellParser.parse(text.orElse(null), c.zeroMeansAbsent());
    if (v.kind() == CellValue.Kind.UNREADABLE) {
      warnings.add(where(row, model, c.column()) + ": cannot read '" + v.text() + "'; value left absent");
      return Optional.empty();
    }
    if (v.measurement().isEmpty()) {
      return Optional.empty();
    }
    Measurement m = v.measurement().get();
    Optional<Interval> interval = m.interval();
    if (interval.isEmpty() && c.error().isPresent()) {
      Optional<String> e = row.cell().apply(c.error().get());
      interval = CellParser.errorBars(e.orElse(null), m.value());
      if (interval.isEmpty() && e.isPresent() && !CellParser.isPlaceholder(e.get())) {
        warnings.add(where(row, model, c.error().get()) + ": cannot read error bars '" + e.get().strip() + "'");
      }
    }
    if (interval.isEmpty() && c.lower().isPresent()) {
      Optional<Double> lo = number(row, c.lower().get(), model, warnings);
      Optional<Double> hi = number(row, c.upper().get(), model, warnings);
      if (lo.isPresent() && hi.isPresent() && lo.get() <= hi.get()) {
        interval = Optional.of(new Interval(lo.get(), hi.get()));
      }
    }
    Optional<Long> samples = m.samples();
    if (c.samples().isPresent()) {
      samples = number(row, c.samples().get(), model, warnings).filter(d -> d >= 0).map(Math::round);
    }
    double s = c.scale();
    Optional<Interval> scaled = interval.map(i -> new Interval(Math.min(i.lower() * s, i.upper() * s), Math.max(i.lower() * s, i.upper() * s)));
    return Optional.of(new Measurement(m.value() * s, scaled, samples));
  }

  private static Optional<Double> number(RawTable.Row row, String ref, Model model, List<String> warnings) {
    CellValue v = CellParser.parse(row.cell().apply(ref).orElse(null));
    if (v.kind() == CellValue.Kind.UNREADABLE) {
      warnings.add(where(row, model, ref) + ": cannot read '" + v.text() + "'; value left absent");
    }
    return v.measurement().map(Measurement::value);
  }

  private static String where(RawTable.Row row, Model model, String column) {
    return "row " + row.number() + " (" + model.displayName() + "), column '" + column + "'";
  }

  /** Ranks rows: given ranks first, else by the rankBy metric (absent last, ties shared), else by position. */
  static List<LeaderboardEntry> rank(List<Pending> rows, TableConfig cfg, List<Metric> metrics) {
    List<LeaderboardEntry> entries = new ArrayList<>();
    if (cfg.rank().isPresent()) {
      for (int i = 0; i < rows.size(); i++) {
        Pending p = rows.get(i);
        entries.add(new LeaderboardEntry(p.rank.orElse(i + 1), p.model, p.values));
      }
      entries.sort(Comparator.comparingInt(LeaderboardEntry::rank));
      return entries;
    }
    if (cfg.rankBy().isEmpty()) {
      for (int i = 0; i < rows.size(); i++) {
        entries.add(new LeaderboardEntry(i + 1, rows.get(i).model, rows.get(i).values));
      }
      return entries;
    }
    return rankBy(rows, metrics.stream().filter(m -> m.key().equals(cfg.rankBy().get())).findFirst().orElseThrow());
  }

  /** Competition ranking (1, 2, 2, 4) by {@code metric}, best first; rows without it follow in order. */
  public static List<LeaderboardEntry> rankBy(List<Pending> rows, Metric metric) {
    Comparator<Double> better = metric.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
    List<Pending> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing((Pending p) -> p.value(metric.key()), Comparator.nullsLast(better)));
    List<LeaderboardEntry> entries = new ArrayList<>();
    Double previous = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Pending p = sorted.get(i);
      Double v = p.value(metric.key());
      if (v == null || !v.equals(previous)) {
        rank = i + 1;
      }
      previous = v;
      entries.add(new LeaderboardEntry(rank, p.model, p.values));
    }
    return entries;
  }

  /**
   * A row read but not yet ranked.
   *
   * @param model the model
   * @param values its values by metric key
   * @param rank the rank the document gave, if any
   */
  public record Pending(Model model, Map<String, Measurement> values, OptionalInt rank) {
    Double value(String key) {
      Measurement m = values.get(key);
      return m == null ? null : m.value();
    }
  }
}
