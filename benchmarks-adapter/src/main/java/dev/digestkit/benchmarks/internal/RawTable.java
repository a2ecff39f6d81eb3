package dev.digestkit.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A table as a document gives it: rows of cell texts addressed by column reference. The HTML,
 * CSV and JSON readers produce one; {@link TableAssembler} turns it into a leaderboard.
 *
 * @param rows the data rows in document order
 * @param columns resolves which references exist, so a misspelt column is reported once
 */
public record RawTable(List<Row> rows, Function<String, Boolean> columns) {
  public RawTable {
    rows = List.copyOf(rows);
  }

  /**
   * One data row.
   *
   * @param number where the row is, for warnings (1-based line, table row or array index)
   * @param cell the text of the cell a reference names; empty when there is no such cell
   */
  public record Row(int number, Function<String, Optional<String>> cell) {}

  /** True when {@code ref} names a column of this table. */
  public boolean has(String ref) {
    return columns.apply(ref);
  }

  /** A table whose columns are named by a header row, as in HTML and CSV. */
  public static RawTable withHeader(List<String> header, List<List<String>> cells, List<Integer> numbers) {
    List<String> names = header.stream().map(RawTable::normalise).toList();
    Function<String, Integer> index = ref -> {
      if (ref.startsWith("#") && ref.length() > 1 && ref.substring(1).chars().allMatch(Character::isDigit)) {
        int i = Integer.parseInt(ref.substring(1)) - 1;
        return i < names.size() ? i : -1;
      }
      return names.indexOf(normalise(ref));
    };
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      rows.add(new Row(numbers.get(r), ref -> {
        int i = index.apply(ref);
        return i >= 0 && i < row.size() ? Optional.ofNullable(row.get(i)) : Optional.empty();
      }));
    }
    return new RawTable(rows, ref -> index.apply(ref) >= 0);
  }

  /** A header text as compared: whitespace collapsed, lower case. */
  public static String normalise(String header) {
    return header.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
