package dev.digestkit.benchmarks.internal;

import dev.digestkit.benchmarks.JoinedTable;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a leaderboard as an aligned text table; numbers formatted by unit. */
public final class TextTable {
  /** What an absent value shows as. */
  public static final String ABSENT = "—";

  private TextTable() {}

  /** The table; {@code keys} picks the metric columns (all when empty). */
  public static String render(Leaderboard board, List<String> keys) {
    List<Metric> metrics = new ArrayList<>();
    if (keys.isEmpty()) {
      metrics.addAll(board.metrics());
    } else {
      for (String k : keys) {
        metrics.add(board.metric(k).orElseThrow(() -> new ConfigurationException(
            "board " + board.id() + " has no metric '" + k + "'; it has " + board.metrics().stream().map(Metric::key).toList())));
      }
    }
    List<String[]> lines = new ArrayList<>();
    String[] head = new String[metrics.size() + 2];
    head[0] = "#";
    head[1] = "Model";
    for (int i = 0; i < metrics.size(); i++) {
      head[i + 2] = metrics.get(i).label();
    }
    lines.add(head);
    for (LeaderboardEntry e : board.entries()) {
      String[] row = new String[head.length];
      row[0] = Integer.toString(e.rank());
      row[1] = e.model().displayName();
      for (int i = 0; i < metrics.size(); i++) {
        Metric m = metrics.get(i);
        row[i + 2] = e.value(m.key()).map(v -> format(v, m.unit())).orElse(ABSENT);
      }
      lines.add(row);
    }
    return align(lines, 1);
  }

  /**
   * A joined table: the model, then for each board its rank and first metric; {@code —} where a
   * board does not have the model.
   */
  public static String render(JoinedTable table) {
    List<String[]> lines = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("Model"));
    for (Leaderboard b : table.boards()) {
      head.add(b.name() + " #");
      b.metrics().stream().findFirst().ifPresent(m -> head.add(m.label()));
    }
    lines.add(head.toArray(String[]::new));
    for (JoinedTable.Row r : table.rows()) {
      List<String> row = new ArrayList<>(List.of(r.model().displayName()));
      for (Leaderboard b : table.boards()) {
        row.add(r.entry(b.id()).map(e -> Integer.toString(e.rank())).orElse(ABSENT));
        b.metrics().stream().findFirst().ifPresent(m -> row.add(r.value(b.id(), m.key()).map(v -> format(v, m.unit())).orElse(ABSENT)));
      }
      lines.add(row.toArray(String[]::new));
    }
    return align(lines, 0);
  }

  private static String align(List<String[]> lines, int leftColumn) {
    int[] width = new int[lines.get(0).length];
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        width[i] = Math.max(width[i], l[i].codePointCount(0, l[i].length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < l.length; i++) {
        int pad = width[i] - l[i].codePointCount(0, l[i].length());
        boolean left = i == leftColumn;
        if (!left) {
          line.append(" ".repeat(pad));
        }
        line.append(l[i]);
        if (left && i < l.length - 1) {
          line.append(" ".repeat(pad));
        }
        if (i < l.length - 1) {
          line.append("  ");
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** A value as a table shows it: {@code $10.00}, {@code 65.3%}, {@code 62}, {@code 57.3}. */
  public static String format(Measurement m, MetricUnit unit) {
    double v = m.value();
    return switch (unit) {
      case USD_PER_MILLION_TOKENS, USD -> String.format(Locale.ROOT, "$%.2f", v);
      case PERCENT -> oneDecimalAtLeast(v) + "%";
      case TOKENS_PER_SECOND, ELO -> String.format(Locale.ROOT, "%.0f", v);
      case COUNT -> v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : plain(v);
      case SCORE -> oneDecimalAtLeast(v);
      default -> plain(v);
    };
  }

  /** A change as a table would show it, with its sign: {@code +$0.94}, {@code -13}, {@code +0.2}. */
  public static String formatChange(double change, MetricUnit unit) {
    // Differences of decimals carry binary noise (57.3 - 56.8 = 0.5000000000000071).
    double c = Double.parseDouble(String.format(Locale.ROOT, "%.6g", change));
    return (c < 0 ? "-" : "+") + format(Measurement.of(Math.abs(c)), unit);
  }

  /** Scores and percentages as boards print them: 57.3, 53.0, 0.864. */
  private static String oneDecimalAtLeast(double v) {
    String p = plain(v);
    return p.contains(".") || Math.abs(v) >= 1e15 ? p : p + ".0";
  }

  /** The shortest decimal that reads back as {@code v}: 57.3, 62, 0.54. */
  public static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
