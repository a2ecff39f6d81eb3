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
import java.util.Optional;

/**
 * Reads LMArena's published leaderboard files, recognising each layout by its header:
 * <ul>
 *   <li>the arena table ({@code rank, model_name, organization, rating, rating_lower,
 *       rating_upper, vote_count, leaderboard_publish_date}): rating (Elo) with its 95% interval
 *       and votes as samples;
 *   <li>the 2023 {@code leaderboard_table} ({@code Model, MT-bench (win rate %), MT-bench (score),
 *       Arena Elo rating, MMLU}): ranked by Elo;
 *   <li>the 2024–2025 {@code leaderboard_table} ({@code key, Model, MT-bench (score), MMLU,
 *       Organization}), which carries no Elo: ranked by MT-bench;
 *   <li>Arena-Hard-Auto ({@code model, score, rating_q025, rating_q975, avg_tokens}).
 * </ul>
 */
public final class LmArenaReader implements LeaderboardReader {
  /** Board id. */
  public static final String ID = "lmarena";

  @Override
  public Leaderboard read(InputStream in, URI source, Instant retrievedAt) {
    RawTable raw = CsvTables.read(in, source);
    List<TableConfig.Column> cols = new ArrayList<>();
    String name = "LMArena Text Arena";
    String model;
    Optional<String> rank = Optional.empty();
    Optional<String> rankBy;
    Optional<String> org = raw.has("organization") ? Optional.of("organization") : Optional.empty();
    Optional<LocalDate> asOf = Optional.empty();
    if (raw.has("rating") && raw.has("model_name")) {
      model = "model_name";
      TableConfig.Column rating = TableConfig.Column.of("rating", "rating", "Rating", MetricUnit.ELO, true);
      if (raw.has("rating_lower") && raw.has("rating_upper")) {
        rating = rating.withBounds("rating_lower", "rating_upper");
      }
      if (raw.has("vote_count")) {
        rating = rating.withSamples("vote_count");
      }
      cols.add(rating);
      rank = raw.has("rank") ? Optional.of("rank") : Optional.empty();
      rankBy = rank.isPresent() ? Optional.empty() : Optional.of("rating");
      if (raw.has("leaderboard_publish_date") && !raw.rows().isEmpty()) {
        asOf = raw.rows().get(0).cell().apply("leaderboard_publish_date").flatMap(LmArenaReader::date);
      }
    } else if (raw.has("score") && raw.has("model") && raw.has("rating_q025")) {
      name = "Arena-Hard-Auto";
      model = "model";
      cols.add(TableConfig.Column.of("score", "score", "Score", MetricUnit.SCORE, true).withBounds("rating_q025", "rating_q975"));
      if (raw.has("avg_tokens")) {
        cols.add(TableConfig.Column.of("avg_tokens", "avg_tokens", "Avg tokens", MetricUnit.COUNT, false));
      }
      rankBy = Optional.of("score");
    } else if (raw.has("model")) {
      model = "model";
      if (raw.has("arena elo rating")) {
        cols.add(TableConfig.Column.of("Arena Elo rating", "arena_elo", "Arena Elo", MetricUnit.ELO, true));
      }
      if (raw.has("mt-bench (score)")) {
        cols.add(TableConfig.Column.of("MT-bench (score)", "mt_bench", "MT-bench", MetricUnit.SCORE, true));
      }
      if (raw.has("mt-bench (win rate %)")) {
        cols.add(TableConfig.Column.of("MT-bench (win rate %)", "mt_bench_win_rate", "MT-bench win %", MetricUnit.PERCENT, true));
      }
      if (raw.has("mmlu")) {
        cols.add(TableConfig.Column.of("MMLU", "mmlu", "MMLU %", MetricUnit.PERCENT, true).scaled(100));
      }
      if (cols.isEmpty()) {
        throw new ParseException(source.toString(), "not an LMArena leaderboard file: no rating, Elo, MT-bench or MMLU column");
      }
      rankBy = Optional.of(cols.get(0).key());
    } else {
      throw new ParseException(source.toString(), "not an LMArena leaderboard file: no model column");
    }
    TableConfig cfg = new TableConfig(ID, name, Optional.empty(), Optional.empty(), Optional.empty(), model, org, rank, rankBy, cols);
    return TableAssembler.assemble(cfg, raw, source, retrievedAt, asOf, List.of());
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
