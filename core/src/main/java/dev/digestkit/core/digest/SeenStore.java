package dev.digestkit.core.digest;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Remembers which items earlier digests showed, so a digest can hold "only what is new since
 * the last one". Keys are opaque strings the assembler derives from items (a paper's arXiv id,
 * a post's URL). Implementations must be thread-safe and durable once {@link #markSeen}
 * returns; {@link FileSeenStore} is the default, {@link JdbcSeenStore} keeps state in a database.
 */
public interface SeenStore {
  /**
   * Which of {@code keys} were marked seen before.
   *
   * @return a subset of {@code keys}, never null
   * @throws dev.digestkit.core.DigestException when the store cannot be read
   */
  Set<String> seen(Collection<String> keys);

  /**
   * Records {@code keys} as seen at {@code when}; keys seen before keep their first time.
   *
   * @throws dev.digestkit.core.DigestException when the store cannot be written; then nothing
   *     of this call was recorded
   */
  void markSeen(Collection<String> keys, Instant when);
}
