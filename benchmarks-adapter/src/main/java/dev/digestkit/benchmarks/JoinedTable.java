package dev.digestkit.benchmarks;

import dev.digestkit.benchmarks.internal.ModelMatcher;
import dev.digestkit.benchmarks.internal.TextTable;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Several boards joined into one table by model. Every entry of every board is in exactly one
 * row; a model found on only some boards keeps its row (see {@link #unmatched()}), never dropped.
 * Models are paired by canonical key, then by family when that is unambiguous (see
 * {@link ModelName}).
 *
 * @param boards the joined boards, in the order given; their ids are distinct
 * @param rows one row per model: first the first board's models in rank order, then the other
 *     boards' unmatched models in theirs
 */
public record JoinedTable(List<Leaderboard> boards, List<Row> rows) {
  /** Copies both lists; use {@link #of(List)} to join boards. */
  public JoinedTable {
    boards = List.copyOf(boards);
    rows = List.copyOf(rows);
  }

  /**
   * One model and its entry on each board that has it.
   *
   * @param model the model as the first board naming it gives it
   * @param entries entry by board id, in board order; boards without the model are missing
   */
  public record Row(Model model, Map<String, LeaderboardEntry> entries) {
    /** Requires a model; copies the entries keeping board order. */
    public Row {
      Objects.requireNonNull(model, "model");
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** This model's entry on board {@code boardId}, if the board has it. */
    public Optional<LeaderboardEntry> entry(String boardId) {
      return Optional.ofNullable(entries.get(boardId));
    }

    /** The value of {@code metricKey} on board {@code boardId}, if measured there. */
    public Optional<Measurement> value(String boardId, String metricKey) {
      return entry(boardId).flatMap(e -> e.value(metricKey));
    }
  }

  /**
   * Joins {@code boards} by model.
   *
   * @throws IllegalArgumentException when two boards share an id or fewer than one is given
   */
  public static JoinedTable of(List<Leaderboard> boards) {
    if (boards.isEmpty()) {
      throw new IllegalArgumentException("join needs at least one board");
    }
    Set<String> ids = new HashSet<>();
    for (Leaderboard b : boards) {
      if (!ids.add(b.id())) {
        throw new IllegalArgumentException("cannot join two boards with id " + b.id());
      }
    }
    List<Model> models = new ArrayList<>();
    List<Map<String, LeaderboardEntry>> entries = new ArrayList<>();
    for (Leaderboard b : boards) {
      List<Model> incoming = b.entries().stream().map(LeaderboardEntry::model).toList();
      Map<Integer, Integer> pairs = ModelMatcher.match(incoming, models);
      for (int i = 0; i < incoming.size(); i++) {
        Integer row = pairs.get(i);
        if (row == null) {
          models.add(incoming.get(i));
          entries.add(new LinkedHashMap<>());
          row = models.size() - 1;
        }
        entries.get(row).put(b.id(), b.entries().get(i));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      rows.add(new Row(models.get(i), entries.get(i)));
    }
    return new JoinedTable(boards, rows);
  }

  /**
   * An aligned text table: the model, then each board's rank and first metric ({@code —} where a
   * board lacks the model), one line per row.
   */
  public String toText() {
    return TextTable.render(this);
  }

  /** Rows with an entry on every board. */
  public List<Row> matched() {
    return rows.stream().filter(r -> r.entries().size() == boards.size()).toList();
  }

  /** For each board id, its models that have no partner on at least one other board, in rank order. */
  public Map<String, List<Model>> unmatched() {
    Map<String, List<Model>> out = new LinkedHashMap<>();
    for (Leaderboard b : boards) {
      out.put(b.id(), rows.stream()
          .filter(r -> r.entries().size() < boards.size() && r.entries().containsKey(b.id()))
          .map(r -> r.entries().get(b.id()).model())
          .toList());
    }
    return Collections.unmodifiableMap(out);
  }
}
