package dev.digestkit.core;

/**
 * One place digestkit reads records from: an arXiv listing, a lab's feed, a leaderboard.
 * Created by a {@link SourceProvider} from a {@link SourceSpec}.
 *
 * <p>Implementations are immutable and thread-safe; {@link #fetch()} may be called repeatedly
 * (each call fetches anew, subject to the fetcher's cache).
 */
public interface Source {
  /** The spec this source was created from. */
  SourceSpec spec();

  /**
   * Fetches and parses the source.
   *
   * @return the records read, never null
   * @throws DigestException when nothing could be read; recovered problems are reported in
   *     {@link SourceResult#warnings()} instead
   */
  SourceResult fetch();
}
