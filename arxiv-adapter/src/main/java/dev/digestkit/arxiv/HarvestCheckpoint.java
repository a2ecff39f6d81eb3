package dev.digestkit.arxiv;

import java.util.Optional;

/**
 * Durable storage for a harvest's {@link HarvestState}. {@link ArxivHarvester} saves after every
 * page, when the sink fails, and (optionally) after every record. The default implementation is
 * {@link FileHarvestCheckpoint}; an application whose sink writes to a database can implement
 * this over the same database and commit both in one transaction, which makes delivery
 * exactly-once even across a crash between the two.
 *
 * <p>Implementations must make {@link #save} atomic: after a crash, {@link #load} returns
 * either the previous state or the new one, never a mix.
 */
public interface HarvestCheckpoint {
  /** The last saved state, or empty when none was saved (or it was cleared). */
  Optional<HarvestState> load();

  /** Replaces the saved state, atomically and durably. */
  void save(HarvestState state);

  /** Forgets the saved state, so the next harvest starts from the beginning. */
  void clear();

  /** A checkpoint that keeps nothing: every harvest starts from the beginning. */
  static HarvestCheckpoint none() {
    return new HarvestCheckpoint() {
      @Override
      public Optional<HarvestState> load() {
        return Optional.empty();
      }

      @Override
      public void save(HarvestState state) {}

      @Override
      public void clear() {}
    };
  }
}
