package dev.digestkit.core.digest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened when a digest read one source: renderers show failures in a footer.
 *
 * @param spec the source spec, e.g. {@code arxiv:cs.LG}
 * @param status how it went
 * @param items how many items the source yielded (before filters)
 * @param duration how long fetching and parsing took
 * @param error one line saying what failed, when the status is {@link Status#FAILED}
 * @param warnings problems the source recovered from
 */
public record SourceOutcome(
    String spec, Status status, int items, Duration duration, Optional<String> error, List<String> warnings) {

  /** How reading a source went. */
  public enum Status {
    /** Read cleanly. */
    OK,
    /** Read, with recovered problems listed in {@link SourceOutcome#warnings()}. */
    PARTIAL,
    /** Nothing could be read; see {@link SourceOutcome#error()}. */
    FAILED
  }

  public SourceOutcome {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(duration, "duration");
    error = error == null ? Optional.empty() : error;
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
    if (items < 0) {
      throw new IllegalArgumentException("items must be >= 0");
    }
    if (status == Status.FAILED && error.isEmpty()) {
      throw new IllegalArgumentException("a failed outcome needs an error");
    }
  }

  /** True when the source could not be read. */
  public boolean failed() {
    return status == Status.FAILED;
  }
}
