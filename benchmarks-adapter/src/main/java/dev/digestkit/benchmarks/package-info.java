/**
 * Typed leaderboards: readers for Artificial Analysis, SWE-rebench, LMArena and any HTML, CSV or
 * JSON table, one cell parser, canonical model names, joins across boards, snapshots and diffs.
 *
 * <p>Start at {@link dev.digestkit.benchmarks.Leaderboards}. Readers ({@link
 * dev.digestkit.benchmarks.LeaderboardReader}) parse bytes and never fetch; fetching is the
 * {@code leaderboard:} source's job ({@link dev.digestkit.benchmarks.LeaderboardSourceProvider},
 * found by {@link java.util.ServiceLoader}), which goes through the shared
 * {@link dev.digestkit.core.http.HttpFetcher}.
 *
 * <p>Values are never guessed: an empty or placeholder cell is absent, a cell that cannot be read
 * is absent and named in {@link dev.digestkit.core.model.Leaderboard#warnings()}, and sources
 * that write 0 for "not measured" are configured per metric to read it as absent.
 */
package dev.digestkit.benchmarks;
