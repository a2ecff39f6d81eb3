package dev.digestkit.arxiv.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The date forms arXiv writes, read leniently: an unreadable date is absent, not an error. */
public final class Dates {
  private Dates() {}

  /** ISO-8601 with offset ({@code 2024-02-27T00:00:00-05:00}, {@code 2022-02-24T15:05:19Z}), or a bare date. */
  public static Optional<Instant> iso(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    Instant fixed = fixedIso(t);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      return day(t);
    }
  }

  // arXiv's own form, yyyy-MM-ddTHH:mm:ssZ or with a ±HH:MM offset, read field by field: the
  // general parser was 7% of the arXiv reader's time (issue 7). Null for anything else, including
  // impossible dates, which the general parser then judges exactly as before.
  private static Instant fixedIso(String t) {
    int n = t.length();
    if ((n != 20 && n != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int offsetSeconds;
    if (n == 20) {
      if (t.charAt(19) != 'Z') {
        return null;
      }
      offsetSeconds = 0;
    } else {
      char sign = t.charAt(19);
      int oh = digits(t, 20, 22);
      int om = digits(t, 23, 25);
      if ((sign != '+' && sign != '-') || t.charAt(22) != ':' || oh < 0 || om < 0 || oh > 18 || om > 59) {
        return null;
      }
      offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second)
          .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    } catch (DateTimeException e) {
      return null;
    }
  }

  // The non-negative number written in ASCII digits at [from, to), or -1.
  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** A {@code yyyy-MM-dd} date as midnight UTC. */
  public static Optional<Instant> day(String s) {
    LocalDate d = localDate(s);
    return d == null ? Optional.empty() : Optional.of(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** A {@code yyyy-MM-dd} date as {@link LocalDate#parse} reads it (after stripping), or null. */
  public static LocalDate localDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    // The form every OAI-PMH record carries (datestamp, created, updated), read field by field:
    // the formatter was several percent of the OAI-PMH reader's time (issue 7). Anything else,
    // including an impossible date, goes to the formatter, which judges it as before.
    if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 7);
      int day = digits(t, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
        return LocalDate.of(year, month, day);
      }
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** RFC 1123 as in RSS {@code pubDate} and arXivRaw ({@code Mon, 27 Apr 2026 00:00:00 -0400}, {@code ... GMT}). */
  public static Optional<Instant> rfc1123(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return iso(s);
    }
  }
}
