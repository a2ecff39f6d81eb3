package dev.digestkit.arxiv.internal;

import java.time.Instant;
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
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      return day(t);
    }
  }

  /** A {@code yyyy-MM-dd} date as midnight UTC. */
  public static Optional<Instant> day(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
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
