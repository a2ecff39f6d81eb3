package dev.digestkit.benchmarks;

import dev.digestkit.benchmarks.internal.ModelMatcher;
import dev.digestkit.benchmarks.internal.TextTable;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two readings of a board: models new to it, models gone from it, rank
 * moves and value changes. Models are paired as in {@link JoinedTable}. To compare the top N,
 * diff {@code older.top(n)} with {@code newer.top(n)}: a model that fell out of the top N is then
 * "dropped".
 *
 * @param older the earlier board
 * @param newer the later board
 * @param added entries only in the newer board, in its rank order
 * @param dropped entries only in the older board, in its rank order
 * @param moves models on both boards whose rank changed, in the newer board's rank order
 * @param deltas value changes of metrics both boards have, in the newer board's rank order and
 *     column order
 */
public record LeaderboardDiff(
    Leaderboard older, Leaderboard newer, List<LeaderboardEntry> added, List<LeaderboardEntry> dropped,
    List<Move> moves, List<Delta> deltas) {

  /** Requires both boards and copies the change lists; use {@link #between} to compute a diff. */
  public LeaderboardDiff {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    added = List.copyOf(added);
    dropped = List.copyOf(dropped);
    moves = List.copyOf(moves);
    deltas = List.copyOf(deltas);
  }

  /**
   * A rank change.
   *
   * @param model the model as the newer board names it
   * @param from rank on the older board
   * @param to rank on the newer board
   */
  public record Move(Model model, int from, int to) {}

  /**
   * A changed value.
   *
   * @param model the model as the newer board names it
   * @param metric the metric (as the newer board defines it)
   * @param before the older value
   * @param after the newer value
   */
  public record Delta(Model model, Metric metric, double before, double after) {
    /** {@code after - before}. */
    public double change() {
      return after - before;
    }
  }

  /** Compares {@code older} with {@code newer}. */
  public static LeaderboardDiff between(Leaderboard older, Leaderboard newer) {
    List<Model> oldModels = older.entries().stream().map(LeaderboardEntry::model).toList();
    List<Model> newModels = newer.entries().stream().map(LeaderboardEntry::model).toList();
    Map<Integer, Integer> pairs = ModelMatcher.match(newModels, oldModels);
    List<LeaderboardEntry> added = new ArrayList<>();
    List<Move> moves = new ArrayList<>();
    List<Delta> deltas = new ArrayList<>();
    for (int i = 0; i < newModels.size(); i++) {
      LeaderboardEntry now = newer.entries().get(i);
      Integer j = pairs.get(i);
      if (j == null) {
        added.add(now);
        continue;
      }
      LeaderboardEntry then = older.entries().get(j);
      if (then.rank() != now.rank()) {
        moves.add(new Move(now.model(), then.rank(), now.rank()));
      }
      for (Metric m : newer.metrics()) {
        Optional<Measurement> a = then.value(m.key());
        Optional<Measurement> b = now.value(m.key());
        if (older.metric(m.key()).isPresent() && a.isPresent() && b.isPresent() && a.get().value() != b.get().value()) {
          deltas.add(new Delta(now.model(), m, a.get().value(), b.get().value()));
        }
      }
    }
    List<LeaderboardEntry> dropped = new ArrayList<>();
    for (int j = 0; j < oldModels.size(); j++) {
      if (!pairs.containsValue(j)) {
        dropped.add(older.entries().get(j));
      }
    }
    return new LeaderboardDiff(older, newer, added, dropped, moves, deltas);
  }

  /** True when nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && dropped.isEmpty() && moves.isEmpty() && deltas.isEmpty();
  }

  /**
   * One line, changes separated by {@code "; "} in the newer board's order, drops last:
   * {@code GPT-5.5 new at #1; Claude Opus 4.7 1 → 2; Kimi K2.6 dropped (was #4)}. Value changes
   * of the board's first metric are appended to the model's part, e.g.
   * {@code GPT-5.4 3 → 4, Score 56.8 → 57.0}; {@code "no changes"} when there are none.
   */
  public String summary() {
    List<String> parts = new ArrayList<>();
    Optional<Metric> primary = newer.metrics().stream().findFirst();
    for (LeaderboardEntry e : newer.entries()) {
      if (added.contains(e)) {
        parts.add(e.model().displayName() + " new at #" + e.rank());
        continue;
      }
      List<String> bits = new ArrayList<>();
      moves.stream().filter(m -> m.model().equals(e.model())).findFirst()
          .ifPresent(m -> bits.add(m.from() + " → " + m.to()));
      primary.ifPresent(p -> deltas.stream().filter(d -> d.model().equals(e.model()) && d.metric().key().equals(p.key())).findFirst()
          .ifPresent(d -> bits.add(p.label() + " " + value(d.before(), p) + " → " + value(d.after(), p))));
      if (!bits.isEmpty()) {
        parts.add(e.model().displayName() + " " + String.join(", ", bits));
      }
    }
    for (LeaderboardEntry e : dropped) {
      parts.add(e.model().displayName() + " dropped (was #" + e.rank() + ")");
    }
    return parts.isEmpty() ? "no changes" : String.join("; ", parts);
  }

  /**
   * A multi-line report: the summary's parts one per line, then every value change of every
   * metric ({@code Claude Opus 4.7  tok/s 62 → 49 (-13)}), formatted by unit.
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(newer.name()).append(": ").append(older.entries().size()).append(" → ").append(newer.entries().size())
        .append(" entries\n");
    String summary = summary();
    for (String part : summary.split("; ")) {
      sb.append("  ").append(part).append('\n');
    }
    if (!deltas.isEmpty()) {
      sb.append("value changes:\n");
      for (Delta d : deltas) {
        sb.append("  ").append(d.model().displayName()).append("  ").append(d.metric().label()).append(' ')
            .append(value(d.before(), d.metric())).append(" → ").append(value(d.after(), d.metric()))
            .append(" (").append(TextTable.formatChange(d.change(), d.metric().unit())).append(")\n");
      }
    }
    return sb.toString();
  }

  private static String value(double v, Metric m) {
    return TextTable.format(Measurement.of(v), m.unit());
  }
}
