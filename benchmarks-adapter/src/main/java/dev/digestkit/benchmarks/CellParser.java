package dev.digestkit.benchmarks;

import dev.digestkit.core.model.Interval;
import dev.digestkit.core.model.Measurement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers leaderboard cells really contain: {@code $10.00}, {@code 65.3%},
 * {@code 1,234}, {@code 1.2k}, {@code 3.4M}, {@code 4.64e+26}, {@code 57.3 ± 1.1},
 * {@code 57.3 +/- 1.1}, {@code 57.3 (±1.1)}, {@code 1287 +5/-4}. Empty cells and placeholders ({@code —}, {@code –},
 * {@code -}, {@code N/A}, {@code n/a}, {@code null}, {@code none}) are {@link CellValue.Kind#ABSENT
 * absent}, never zero; anything else is {@link CellValue.Kind#UNREADABLE unreadable}, never a
 * guessed number. Units ({@code $}, {@code %}) are stripped: the metric says what they mean.
 *
 * <p>Stateless and thread-safe.
 */
public final class CellParser {
  private static final Set<String> PLACEHOLDERS =
      Set.of("", "-", "—", "–", "--", "n/a", "na", "n.a.", "null", "none", "nan", "?", "tbd", "unknown");

  private static final String NUM = "[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?(?:[eE][-+]?\\d+)?";
  private static final Pattern NUMBER =
      Pattern.compile("(?:US)?\\$?\\s*(" + NUM + ")\\s*([kKmMbB]|%)?");
  private static final Pattern PLUS_MINUS =
      Pattern.compile("(.+?)\\s*\\(?\\s*(?:±|\\+/-|\\+-)\\s*(" + NUM + ")\\s*%?\\s*\\)?");
  private static final Pattern ASYMMETRIC =
      Pattern.compile("(.+?)\\s*\\(?\\s*\\+\\s*(" + NUM + ")\\s*/\\s*-\\s*(" + NUM + ")\\s*\\)?");
  private static final Pattern ERROR_BARS =
      Pattern.compile("\\(?\\s*\\+\\s*(" + NUM + ")\\s*/\\s*-\\s*(" + NUM + ")\\s*\\)?|(?:±|\\+/-|\\+-)?\\s*(" + NUM + ")");

  private CellParser() {}

  /** Reads {@code cell}; a null cell is absent. */
  public static CellValue parse(String cell) {
    return parse(cell, false);
  }

  /**
   * Reads {@code cell}, treating an exact zero as absent when {@code zeroMeansAbsent} (for sources
   * that write 0 for "not measured").
   */
  public static CellValue parse(String cell, boolean zeroMeansAbsent) {
    String text = clean(cell);
    if (isPlaceholder(text)) {
      return CellValue.absent(text);
    }
    Optional<Measurement> m = measurement(text);
    if (m.isEmpty()) {
      return CellValue.unreadable(text);
    }
    if (zeroMeansAbsent && m.get().value() == 0.0) {
      return CellValue.absent(text);
    }
    return CellValue.value(m.get(), text);
  }

  /**
   * Reads an error-bar cell relative to a value: {@code +5/-4}, {@code (+5/-4)}, {@code ± 1.1} or a
   * bare {@code 1.1} (symmetric). Returns the interval around {@code value}, or empty when the
   * cell is absent or unreadable.
   */
  public static Optional<Interval> errorBars(String cell, double value) {
    String text = clean(cell);
    if (isPlaceholder(text)) {
      return Optional.empty();
    }
    Matcher m = ERROR_BARS.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      return interval(value - Math.abs(number(m.group(2))), value + Math.abs(number(m.group(1))));
    }
    if (m.group(3) == null || m.group(3).isEmpty() || m.group(3).matches("[-+]?")) {
      return Optional.empty();
    }
    double e = Math.abs(number(m.group(3)));
    return interval(value - e, value + e);
  }

  /** True for an empty cell or a placeholder meaning "not measured". */
  public static boolean isPlaceholder(String cell) {
    return PLACEHOLDERS.contains(clean(cell).toLowerCase(Locale.ROOT));
  }

  private static Optional<Measurement> measurement(String text) {
    Matcher pm = PLUS_MINUS.matcher(text);
    if (pm.matches()) {
      Optional<Double> v = plain(pm.group(1));
      if (v.isEmpty() || !isNumber(pm.group(2))) {
        return Optional.empty();
      }
      double e = Math.abs(number(pm.group(2)));
      return v.flatMap(x -> interval(x - e, x + e).map(i -> new Measurement(x, Optional.of(i), Optional.empty())));
    }
    Matcher am = ASYMMETRIC.matcher(text);
    if (am.matches()) {
      Optional<Double> v = plain(am.group(1));
      if (v.isEmpty() || !isNumber(am.group(2)) || !isNumber(am.group(3))) {
        return Optional.empty();
      }
      double x = v.get();
      return interval(x - Math.abs(number(am.group(3))), x + Math.abs(number(am.group(2))))
          .map(i -> new Measurement(x, Optional.of(i), Optional.empty()));
    }
    return plain(text).map(Measurement::of);
  }

  private static Optional<Double> plain(String text) {
    Matcher m = NUMBER.matcher(text.trim());
    if (!m.matches() || !isNumber(m.group(1))) {
      return Optional.empty();
    }
    double v = number(m.group(1));
    String suffix = m.group(2);
    if (suffix != null) {
      switch (suffix) {
        case "k", "K" -> v *= 1e3;
        case "m", "M" -> v *= 1e6;
        case "b", "B" -> v *= 1e9;
        default -> { } // '%': the metric's unit says it is a percentage
      }
    }
    return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
  }

  private static boolean isNumber(String s) {
    return s != null && s.chars().anyMatch(Character::isDigit);
  }

  // NaN for text that only looks numeric ("+/-", "1.2.3"): every caller then finds no value,
  // so a cell is never an exception.
  private static double number(String s) {
    try {
      return Double.parseDouble(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static Optional<Interval> interval(double lower, double upper) {
    return Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper
        ? Optional.of(new Interval(lower, upper))
        : Optional.empty();
  }

  private static String clean(String cell) {
    if (cell == null) {
      return "";
    }
    // Typeset minus signs and non-breaking spaces come straight from HTML pages.
    return cell.replace('\u2212', '-').replace('\u00a0', ' ').replace('\u202f', ' ').strip();
  }
}
