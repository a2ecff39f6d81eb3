package dev.digestkit.benchmarks;

import dev.digestkit.core.model.Leaderboard;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;

/**
 * Reads one leaderboard document. Readers only parse, never fetch: give them the bytes and the
 * URL they came from. Get one from {@link Leaderboards}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface LeaderboardReader {
  /**
   * Reads the board in {@code in} (not closed here: the caller opened it).
   *
   * @param source where the document came from; recorded in the board and used in messages
   * @param retrievedAt when the document was fetched, recorded in the board
   * @return the board; cells that could not be read are absent and listed in its warnings
   * @throws dev.digestkit.core.ParseException when the document is not the expected format
   */
  Leaderboard read(InputStream in, URI source, Instant retrievedAt);

  /** Reads the board with the current time as its retrieval time. */
  default Leaderboard read(InputStream in, URI source) {
    return read(in, source, Instant.now());
  }
}
