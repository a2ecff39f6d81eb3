package dev.digestkit.benchmarks;

import dev.digestkit.core.model.Measurement;
import java.util.Objects;
import java.util.Optional;

/**
 * What one table cell said, as read by {@link CellParser}.
 *
 * @param kind whether the cell held a number, a placeholder for "not measured", or something
 *     that could not be read
 * @param measurement the value (with its interval when the cell gave one); present exactly when
 *     {@code kind} is {@link Kind#VALUE}
 * @param text the cell's text as given, trimmed, for warnings
 */
public record CellValue(Kind kind, Optional<Measurement> measurement, String text) {

  /** The three things a cell can turn out to be. */
  public enum Kind {
    /** A number was read. */
    VALUE,
    /** The cell was empty or a placeholder such as {@code —}, {@code N/A} or {@code null}. */
    ABSENT,
    /** The cell held text that is not a number; the value is treated as absent and reported. */
    UNREADABLE
  }

  /** Validates that a measurement is present exactly for {@link Kind#VALUE}; null optionals become empty. */
  public CellValue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    measurement = measurement == null ? Optional.empty() : measurement;
    if (measurement.isPresent() != (kind == Kind.VALUE)) {
      throw new IllegalArgumentException("a cell has a measurement exactly when its kind is VALUE");
    }
  }

  /** A cell that held {@code m}. */
  public static CellValue value(Measurement m, String text) {
    return new CellValue(Kind.VALUE, Optional.of(m), text);
  }

  /** An empty or placeholder cell. */
  public static CellValue absent(String text) {
    return new CellValue(Kind.ABSENT, Optional.empty(), text);
  }

  /** A cell that could not be read. */
  public static CellValue unreadable(String text) {
    return new CellValue(Kind.UNREADABLE, Optional.empty(), text);
  }
}
