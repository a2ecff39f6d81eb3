package dev.digestkit.benchmarks;

import dev.digestkit.benchmarks.internal.ArtificialAnalysisReader;
import dev.digestkit.benchmarks.internal.CsvTables;
import dev.digestkit.benchmarks.internal.HtmlTables;
import dev.digestkit.benchmarks.internal.JsonTables;
import dev.digestkit.benchmarks.internal.LmArenaReader;
import dev.digestkit.benchmarks.internal.SweRebenchReader;
import dev.digestkit.benchmarks.internal.TableAssembler;
import dev.digestkit.benchmarks.internal.TextTable;
import com.fasterxml.jackson.core.JsonPointer;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Leaderboard;
import java.util.List;
import java.util.Optional;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Entry point for leaderboards: readers for each source, joining boards by model, diffs and a
 * text rendering. Readers parse only; fetching is the {@code leaderboard:} source's job (see
 * {@link LeaderboardSourceProvider}).
 *
 * <pre>{@code
 * Leaderboard aa = Leaderboards.artificialAnalysis().read(in, uri);
 * Leaderboard swe = Leaderboards.sweRebench().read(page, pageUri);
 * JoinedTable joined = Leaderboards.join(aa, swe);
 * }</pre>
 */
public final class Leaderboards {
  private Leaderboards() {}

  /** Reads the Artificial Analysis {@code /api/v2/data/llms/models} JSON response, ranked by Intelligence Index. */
  public static LeaderboardReader artificialAnalysis() {
    return new ArtificialAnalysisReader();
  }

  /** Reads the SWE-rebench leaderboard page (HTML). */
  public static LeaderboardReader sweRebench() {
    return new SweRebenchReader();
  }

  /** Reads an LMArena leaderboard CSV (arena table, the 2023–2025 leaderboard tables, Arena-Hard-Auto). */
  public static LeaderboardReader lmarena() {
    return new LmArenaReader();
  }

  /**
   * Reads the HTML table {@code config.table()} selects (default: the first {@code <table>}).
   *
   * @throws dev.digestkit.core.ConfigurationException when the selector is not valid CSS
   */
  public static LeaderboardReader html(TableConfig config) {
    Checks.notNull(config, "config");
    String selector = config.table().orElse("table");
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new ConfigurationException("table config " + config.id() + ": invalid CSS selector '" + selector + "': " + e.getMessage(), e);
    }
    return (in, source, at) -> TableAssembler.assemble(config,
        HtmlTables.read(HtmlTables.parse(in, source), selector, source), source, at, Optional.empty(), List.of());
  }

  /** Reads a CSV file with a header row; column references are header texts. */
  public static LeaderboardReader csv(TableConfig config) {
    Checks.notNull(config, "config");
    return (in, source, at) -> TableAssembler.assemble(config, CsvTables.read(in, source), source, at, Optional.empty(), List.of());
  }

  /**
   * Reads a JSON document: rows at the JSON Pointer {@code config.table()} (default: the root),
   * fields by JSON Pointers relative to a row.
   *
   * @throws dev.digestkit.core.ConfigurationException when a reference is not a JSON Pointer
   */
  public static LeaderboardReader json(TableConfig config) {
    checkPointers(config);
    return (in, source, at) -> TableAssembler.assemble(config,
        JsonTables.read(JsonTables.parse(in, source), config.table().orElse(""), source), source, at, Optional.empty(), List.of());
  }

  /**
   * Reads a YAML document (e.g. aider's leaderboards) exactly as {@link #json(TableConfig)} reads
   * JSON: rows at a JSON Pointer, fields by JSON Pointers relative to a row.
   *
   * @throws dev.digestkit.core.ConfigurationException when a reference is not a JSON Pointer
   */
  public static LeaderboardReader yaml(TableConfig config) {
    checkPointers(config);
    return (in, source, at) -> TableAssembler.assemble(config,
        JsonTables.read(JsonTables.parseYaml(in, source), config.table().orElse(""), source), source, at, Optional.empty(), List.of());
  }

  private static void checkPointers(TableConfig config) {
    Checks.notNull(config, "config");
    List<String> refs = new java.util.ArrayList<>(List.of(config.table().orElse(""), config.model()));
    config.organization().ifPresent(refs::add);
    config.rank().ifPresent(refs::add);
    for (TableConfig.Column c : config.columns()) {
      refs.add(c.column());
      c.error().ifPresent(refs::add);
      c.lower().ifPresent(refs::add);
      c.upper().ifPresent(refs::add);
      c.samples().ifPresent(refs::add);
    }
    for (String ref : refs) {
      try {
        JsonPointer.compile(ref);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("table config " + config.id() + ": '" + ref + "' is not a JSON Pointer (e.g. /name)", e);
      }
    }
  }

  /**
   * Joins boards into one table by model (see {@link JoinedTable#of(List)}): each row holds every
   * board's entry for that model; models on only some boards are kept and listed as unmatched.
   */
  public static JoinedTable join(Leaderboard first, Leaderboard... more) {
    List<Leaderboard> boards = new java.util.ArrayList<>();
    boards.add(Checks.notNull(first, "first"));
    boards.addAll(List.of(more));
    return JoinedTable.of(boards);
  }

  /** What changed from {@code older} to {@code newer}; see {@link LeaderboardDiff}. */
  public static LeaderboardDiff diff(Leaderboard older, Leaderboard newer) {
    return LeaderboardDiff.between(older, newer);
  }

  /**
   * An aligned text table like a digest's: {@code #  Model  Score  tok/s  $/1M}, one line per
   * entry; absent values show as {@code —}. {@code metricKeys} picks and orders the columns (all
   * metrics when empty).
   */
  public static String toText(Leaderboard board, List<String> metricKeys) {
    return TextTable.render(board, metricKeys);
  }
}
