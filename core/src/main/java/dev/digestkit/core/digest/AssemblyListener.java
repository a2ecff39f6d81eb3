package dev.digestkit.core.digest;

/**
 * Hears about each source while a digest is assembled, e.g. to show progress. Called from the
 * fetching threads, so implementations must be thread-safe; they must return quickly.
 */
public interface AssemblyListener {
  /** Does nothing. */
  AssemblyListener NONE = new AssemblyListener() {};

  /** The source {@code spec} started fetching; {@code total} sources are read in all. */
  default void started(String spec, int total) {}

  /** A source finished, well or not. */
  default void finished(SourceOutcome outcome, int total) {}
}
