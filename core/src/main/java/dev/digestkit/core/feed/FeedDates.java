package dev.digestkit.core.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dates found in real feeds. Thread-safe and allocation-light; no regular expressions.
 *
 * <p>Accepted:
 *
 * <ul>
 *   <li>RFC 822 / RFC 2822 and their real-world variants: with or without weekday (a wrong
 *       weekday is ignored), two-digit years (00–49 → 20xx, 50–99 → 19xx), full or lower-case
 *       month names, no seconds, fractional seconds, odd spacing and commas, zone names
 *       {@code GMT UT UTC Z EST EDT CST CDT MST MDT PST PDT} (and a few common others such as
 *       {@code CET CEST BST JST}), military letters, numeric offsets with or without colon;
 *       {@code asctime} order ({@code Mon Apr 27 17:05:08 2026}) and {@code April 27, 2026}.
 *   <li>ISO 8601 / W3C-DTF: {@code 2026}, {@code 2026-04}, {@code 2026-04-27},
 *       {@code 2026-04-27T17:05}, with seconds and fractions, zone {@code Z}, {@code ±hh:mm},
 *       {@code ±hhmm} or {@code ±hh}, a space instead of {@code T}, compact
 *       {@code 20260427T170508Z}, and {@code 2026/04/27}.
 * </ul>
 *
 * <p>A date or time without a zone is taken as UTC; a date without a time as midnight UTC.
 * Anything else, including impossible values (day 32, February 30, hour 25) and unknown zone
 * names, gives an empty result: never a wrong date.
 */
public final class FeedDates {
  private FeedDates() {}

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private static final String[] FULL_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"
  };

  private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  /** Parses {@code s}; empty when it is null, blank or not a date this class reads. */
  public static Optional<Instant> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim();
    if (t.isEmpty() || t.length() > 80) {
      return Optional.empty();
    }
    Instant quick = quick(t);
    return quick != null ? Optional.of(quick) : general(t);
  }

  /** The general reader alone, without {@link #quick}; package-private so tests can compare the two. */
  static Optional<Instant> general(String t) {
    try {
      Instant i = isIsoLike(t) ? parseIso(t) : parseRfc822(t);
      return Optional.ofNullable(i);
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  // ---- the two forms nearly every feed writes, read in place ----------------------------------

  /**
   * Reads {@code Wed, 12 Jul 2023 10:00:00 +0000} (RSS; weekday optional, zone a numeric offset or
   * {@code GMT UT UTC Z}) and {@code 2023-07-12T10:00:00Z} (Atom; zone {@code Z} or
   * {@code ±hh:mm}) character by character, without tokens, substrings or a zone table. Null
   * (decline) on anything else, including out-of-range fields, so that the general reader decides:
   * this path only ever agrees with it ({@code FeedDatesTest} compares the two on mutated dates).
   * The general reader splits into token strings and tries every month and weekday name with
   * {@code regionMatches} for each word, which cost more than the rest of a date's handling.
   */
  static Instant quick(String t) {
    int n = t.length();
    if (n >= 20 && isDigit(t.charAt(0)) && t.charAt(4) == '-') {
      return quickIso(t, n);
    }
    int p = 0;
    if (n >= 5 && isAsciiLetter(t.charAt(0))) {
      if (weekday(t.charAt(0), t.charAt(1), t.charAt(2)) < 0 || t.charAt(3) != ',' || t.charAt(4) != ' ') {
        return null;
      }
      p = 5;
    }
    // D[D] Mmm YYYY HH:MM:SS zone
    if (n - p < 21) {
      return null;
    }
    int day = digit(t.charAt(p));
    if (day < 0) {
      return null;
    }
    p++;
    int d2 = digit(t.charAt(p));
    if (d2 >= 0) {
      day = day * 10 + d2;
      p++;
    }
    if (n - p < 20 || t.charAt(p) != ' ' || t.charAt(p + 4) != ' ' || t.charAt(p + 9) != ' '
        || t.charAt(p + 12) != ':' || t.charAt(p + 15) != ':' || t.charAt(p + 18) != ' ') {
      return null;
    }
    int month = month3(t.charAt(p + 1), t.charAt(p + 2), t.charAt(p + 3));
    int year = digits(t, p + 5, 4);
    int hour = digits(t, p + 10, 2);
    int minute = digits(t, p + 13, 2);
    int second = digits(t, p + 16, 2);
    int offset = zoneSeconds(t, p + 19, n);
    if (month < 0 || year < 0 || hour < 0 || minute < 0 || second < 0 || offset == NO_ZONE) {
      return null;
    }
    // RFC 822 allows a leap second; the general reader turns it into :59 too
    return instant(year, month, day, hour, minute, second == 60 ? 59 : second, offset);
  }

  private static final int NO_ZONE = Integer.MIN_VALUE;

  /** {@code YYYY-MM-DDTHH:MM:SS} then {@code Z} or {@code ±hh:mm}, exactly. */
  private static Instant quickIso(String t, int n) {
    if (t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    int offset;
    if (n == 20 && t.charAt(19) == 'Z') {
      offset = 0;
    } else if (n == 25 && (t.charAt(19) == '+' || t.charAt(19) == '-') && t.charAt(22) == ':') {
      offset = offsetSeconds(t.charAt(19), digits(t, 20, 2), digits(t, 23, 2));
    } else {
      return null;
    }
    if (year < 0 || month < 1 || day < 0 || hour < 0 || minute < 0 || second < 0 || second > 59 || offset == NO_ZONE) {
      return null;
    }
    return instant(year, month, day, hour, minute, second, offset);
  }

  /** The instant, or null when a field is out of range (the general reader then says why not). */
  private static Instant instant(int year, int month, int day, int hour, int minute, int second, int offset) {
    if (month > 12 || day < 1 || day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))
        || hour > 23 || minute > 59 || second > 60) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second - offset);
  }

  /** {@code +hhmm -hhmm GMT UT UTC Z} running to the end of {@code t}, in seconds; else NO_ZONE. */
  private static int zoneSeconds(String t, int p, int n) {
    int len = n - p;
    char c = t.charAt(p);
    if (len == 5 && (c == '+' || c == '-')) {
      return offsetSeconds(c, digits(t, p + 1, 2), digits(t, p + 3, 2));
    }
    if (len == 3 && t.startsWith("GMT", p) || len == 3 && t.startsWith("UTC", p)
        || len == 2 && t.startsWith("UT", p) || len == 1 && c == 'Z') {
      return 0;
    }
    return NO_ZONE;
  }

  private static int offsetSeconds(char sign, int h, int m) {
    // ZoneOffset's own range, ±18:00, which the general reader meets as an exception
    if (h < 0 || m < 0 || m > 59 || h * 60 + m > 18 * 60) {
      return NO_ZONE;
    }
    return (sign == '-' ? -1 : 1) * (h * 3600 + m * 60);
  }

  /** {@code count} ASCII digits at {@code at} as a number, or -1. */
  private static int digits(String t, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      int d = digit(t.charAt(i));
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  /** A three-letter English month name in any case, 1–12; or -1. */
  private static int month3(char a, char b, char c) {
    int key = key3(a, b, c);
    for (int i = 0; i < 12; i++) {
      if (MONTH_KEYS[i] == key) {
        return i + 1;
      }
    }
    return -1;
  }

  /** A three-letter English weekday name in any case, 0–6; or -1. */
  private static int weekday(char a, char b, char c) {
    int key = key3(a, b, c);
    for (int i = 0; i < 7; i++) {
      if (WEEKDAY_KEYS[i] == key) {
        return i;
      }
    }
    return -1;
  }

  /** Three ASCII letters folded to lower case in one int; -1 when one is not an ASCII letter. */
  private static int key3(char a, char b, char c) {
    if (!isAsciiLetter(a) || !isAsciiLetter(b) || !isAsciiLetter(c)) {
      return -1;
    }
    return ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
  }

  private static final int[] MONTH_KEYS = keys(MONTHS);
  private static final int[] WEEKDAY_KEYS = keys(WEEKDAYS);

  private static int[] keys(String[] names) {
    int[] k = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      k[i] = key3(names[i].charAt(0), names[i].charAt(1), names[i].charAt(2));
    }
    return k;
  }

  private static boolean isIsoLike(String t) {
    int digits = 0;
    while (digits < t.length() && isDigit(t.charAt(digits))) {
      digits++;
    }
    return digits == 8 || (digits == 4 && (t.length() == 4 || t.charAt(4) == '-' || t.charAt(4) == '/'));
  }

  // ---- ISO 8601 / W3C-DTF -------------------------------------------------------------------

  private static Instant parseIso(String t) {
    Cursor c = new Cursor(t);
    int year;
    int month = 1;
    int day = 1;
    if (c.digitsAhead() == 8) {
      year = c.number(4);
      month = c.number(2);
      day = c.number(2);
    } else {
      year = c.number(4);
      if (c.accept('-') || c.accept('/')) {
        char sep = t.charAt(c.pos - 1);
        if (c.digitsAhead() == 3 && t.charAt(c.pos) == '0') {
          c.pos++; // Google once wrote months as "012"
        }
        month = c.number(2);
        if (c.accept(sep)) {
          day = c.number(2);
        }
      }
    }
    LocalDate date = LocalDate.of(year, month, day);
    if (c.atEnd()) {
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    if (!(c.accept('T') || c.accept('t') || c.accept(' '))) {
      return null;
    }
    c.skipSpaces();
    int hour = c.number(2);
    boolean colon = c.accept(':');
    int minute = c.number(2);
    int second = 0;
    int nanos = 0;
    if (colon ? c.accept(':') : c.digitsAhead() >= 2) {
      second = c.number(2);
      if (c.accept('.') || c.accept(',')) {
        nanos = c.fraction();
      }
    }
    LocalTime time = LocalTime.of(hour == 24 && minute == 0 && second == 0 ? 0 : hour, minute, second, nanos);
    LocalDateTime ldt = LocalDateTime.of(date, time).plusDays(hour == 24 ? 1 : 0);
    c.skipSpaces();
    ZoneOffset zone = c.atEnd() ? ZoneOffset.UTC : zone(t.substring(c.pos).trim());
    return zone == null ? null : ldt.toInstant(zone);
  }

  // ---- RFC 822 and friends -----------------------------------------------------------------

  private static Instant parseRfc822(String t) {
    List<String> tokens = tokens(t);
    int day = -1;
    int month = -1;
    int year = -1;
    int yearDigits = 0;
    String timeToken = null;
    ZoneOffset zone = null;
    boolean zoneSeen = false;
    boolean afterGmt = false;
    for (String tok : tokens) {
      char c0 = tok.charAt(0);
      if (isDigit(c0) && tok.indexOf(':') > 0) {
        if (timeToken != null) {
          return null;
        }
        timeToken = tok;
      } else if (isDigit(c0) && tok.length() == 10 && (tok.charAt(4) == '/' || tok.charAt(4) == '-') && tok.charAt(7) == tok.charAt(4)) {
        // "Fri, 2006/09/15 08:19:53 EDT" (Perforce) and "2006-09-15" inside an RFC-style string
        if (year >= 0 || month >= 0 || day >= 0) {
          return null;
        }
        year = Integer.parseInt(tok, 0, 4, 10);
        yearDigits = 4;
        month = Integer.parseInt(tok, 5, 7, 10);
        day = Integer.parseInt(tok, 8, 10, 10);
      } else if (isDigit(c0)) {
        String digits = stripOrdinal(tok);
        if (digits == null) {
          return null;
        }
        int v = Integer.parseInt(digits);
        if (digits.length() <= 2 && day < 0 && v >= 1) {
          day = v;
        } else if (year < 0) {
          year = v;
          yearDigits = digits.length();
        } else {
          return null;
        }
      } else if ((c0 == '+' || c0 == '-') && timeToken != null) {
        if (zoneSeen && !afterGmt) {
          return null;
        }
        // "GMT-01:01" arrives as "GMT" then "-01:01": the offset is from GMT
        zone = zone(tok);
        zoneSeen = true;
        afterGmt = false;
      } else if (Character.isLetter(c0)) {
        int m = month(tok);
        if (m > 0 && month < 0) {
          month = m;
        } else if (m > 0 || isWeekday(tok) || (tok.equalsIgnoreCase("at") && timeToken == null)) {
          // a second month name is odd but harmless only if it is a weekday; weekdays are ignored
          if (m > 0) {
            return null;
          }
        } else {
          if (zoneSeen) {
            return null;
          }
          zone = zone(tok);
          zoneSeen = true;
          afterGmt = tok.equalsIgnoreCase("GMT") || tok.equalsIgnoreCase("UTC") || tok.equalsIgnoreCase("UT");
        }
      } else {
        return null;
      }
    }
    if (day < 0 || month < 0 || year < 0 || (zoneSeen && zone == null)) {
      return null;
    }
    if (yearDigits <= 2) {
      year += year < 50 ? 2000 : 1900;
    } else if (yearDigits != 4) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    LocalTime time = LocalTime.MIDNIGHT;
    if (timeToken != null) {
      time = time(timeToken);
      if (time == null) {
        return null;
      }
    }
    return LocalDateTime.of(date, time).toInstant(zone == null ? ZoneOffset.UTC : zone);
  }

  private static String stripOrdinal(String tok) {
    int i = 0;
    while (i < tok.length() && isDigit(tok.charAt(i))) {
      i++;
    }
    if (i == tok.length()) {
      return tok;
    }
    String rest = tok.substring(i).toLowerCase(Locale.ROOT);
    return i <= 2 && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")) ? tok.substring(0, i) : null;
  }

  /** Splits on spaces and commas; {@code 27-Apr-2026} splits too, a leading sign stays. */
  private static List<String> tokens(String t) {
    List<String> out = new ArrayList<>(8);
    int n = t.length();
    int i = 0;
    while (i < n) {
      char ch = t.charAt(i);
      if (ch == ' ' || ch == ',' || ch == '\t' || ch == '\n' || ch == '\r' || (ch == '.' && i > 0 && Character.isLetter(t.charAt(i - 1)))) {
        i++;
        continue;
      }
      int start = i;
      i++;
      while (i < n) {
        char d = t.charAt(i);
        if (d == ' ' || d == ',' || d == '\t' || d == '\n' || d == '\r') {
          break;
        }
        // "27-Apr-2026": a dash between a digit or letter and a letter splits; "-0400" stays whole
        if ((d == '-' || d == '/') && i + 1 < n && Character.isLetter(t.charAt(i + 1)) && isDigit(t.charAt(i - 1))) {
          break;
        }
        if ((d == '-' || d == '/') && i + 1 < n && isDigit(t.charAt(i + 1)) && Character.isLetter(t.charAt(i - 1))) {
          break;
        }
        // "17:05:08+0000" or "17:05:08GMT": the zone is its own token
        if ((d == '+' || d == '-' || Character.isLetter(d)) && isDigit(t.charAt(i - 1)) && t.substring(start, i).indexOf(':') > 0) {
          break;
        }
        i++;
      }
      String tok = t.substring(start, i);
      if ((tok.startsWith("-") || tok.startsWith("/")) && tok.length() > 1 && Character.isLetter(tok.charAt(1))) {
        tok = tok.substring(1);
      }
      // "27-Apr-2026": the dash after a month name separates; "GMT-0400" keeps its sign
      if ((tok.startsWith("-") || tok.startsWith("/")) && out.size() > 0 && month(out.get(out.size() - 1)) > 0) {
        tok = tok.substring(1);
      }
      if (!tok.isEmpty()) {
        out.add(tok);
      }
    }
    return out;
  }

  private static LocalTime time(String tok) {
    Cursor c = new Cursor(tok);
    int h = c.number(2);
    if (!c.accept(':')) {
      return null;
    }
    int m = c.number(2);
    int s = 0;
    int nanos = 0;
    if (c.accept(':')) {
      s = c.number(2);
      if (c.accept('.')) {
        nanos = c.fraction();
      }
    }
    if (!c.atEnd()) {
      return null;
    }
    return LocalTime.of(h, m, s == 60 ? 59 : s, nanos);
  }

  private static int month(String tok) {
    int n = tok.length();
    if (n < 3) {
      return -1;
    }
    for (int i = 0; i < 12; i++) {
      if (tok.regionMatches(true, 0, MONTHS[i], 0, 3)) {
        boolean ok = n == 3 || (n == FULL_MONTHS[i].length() && tok.equalsIgnoreCase(FULL_MONTHS[i]))
            || tok.equalsIgnoreCase("sept") || (n == 4 && tok.charAt(3) == '.');
        return ok ? i + 1 : -1;
      }
    }
    return -1;
  }

  private static boolean isWeekday(String tok) {
    if (tok.length() < 3) {
      return false;
    }
    for (String w : WEEKDAYS) {
      if (tok.regionMatches(true, 0, w, 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** A zone name or numeric offset; null when unknown. */
  static ZoneOffset zone(String z) {
    if (z.isEmpty()) {
      return null;
    }
    char c0 = z.charAt(0);
    if (c0 == '+' || c0 == '-') {
      return offset(z);
    }
    String u = z.toUpperCase(Locale.ROOT);
    if ((u.startsWith("GMT") || u.startsWith("UTC")) && u.length() > 3 && (u.charAt(3) == '+' || u.charAt(3) == '-')) {
      return offset(u.substring(3));
    }
    if (u.length() == 1) {
      return military(u.charAt(0));
    }
    switch (u) {
      case "GMT": case "UT": case "UTC": case "Z": case "WET": case "ETC/GMT": case "ETC/UTC": return ZoneOffset.UTC;
      // US zone names without the daylight letter, as some feeds write them; read as standard time
      case "AT": return ZoneOffset.ofHours(-4);
      case "ET": return ZoneOffset.ofHours(-5);
      case "CT": return ZoneOffset.ofHours(-6);
      case "MT": return ZoneOffset.ofHours(-7);
      case "PT": return ZoneOffset.ofHours(-8);
      case "EST": return ZoneOffset.ofHours(-5);
      case "EDT": return ZoneOffset.ofHours(-4);
      case "CST": return ZoneOffset.ofHours(-6);
      case "CDT": return ZoneOffset.ofHours(-5);
      case "MST": return ZoneOffset.ofHours(-7);
      case "MDT": return ZoneOffset.ofHours(-6);
      case "PST": return ZoneOffset.ofHours(-8);
      case "PDT": return ZoneOffset.ofHours(-7);
      case "AKST": return ZoneOffset.ofHours(-9);
      case "AKDT": return ZoneOffset.ofHours(-8);
      case "HST": return ZoneOffset.ofHours(-10);
      case "BST": case "CET": case "WEST": case "MET": return ZoneOffset.ofHours(1);
      case "CEST": case "EET": case "MEST": return ZoneOffset.ofHours(2);
      case "EEST": return ZoneOffset.ofHours(3);
      case "JST": case "KST": return ZoneOffset.ofHours(9);
      case "AEST": return ZoneOffset.ofHours(10);
      case "AEDT": return ZoneOffset.ofHours(11);
      default: return null;
    }
  }

  /** Military zone letters, as feedparser reads them (A–I, K–M west of Greenwich, N–Y east). */
  private static ZoneOffset military(char c) {
    if (c == 'Z') {
      return ZoneOffset.UTC;
    }
    if (c >= 'A' && c <= 'I') {
      return ZoneOffset.ofHours(-(c - 'A' + 1));
    }
    if (c >= 'K' && c <= 'M') {
      return ZoneOffset.ofHours(-(c - 'K' + 10));
    }
    if (c >= 'N' && c <= 'Y') {
      return ZoneOffset.ofHours(c - 'N' + 1);
    }
    return null;
  }

  private static ZoneOffset offset(String z) {
    int sign = z.charAt(0) == '-' ? -1 : 1;
    String d = z.substring(1);
    int h;
    int m = 0;
    if (d.length() == 5 && d.charAt(2) == ':') {
      h = parse2(d, 0);
      m = parse2(d, 3);
    } else if (d.length() == 4) {
      h = parse2(d, 0);
      m = parse2(d, 2);
    } else if (d.length() <= 2 && !d.isEmpty()) {
      h = Integer.parseInt(d);
    } else {
      return null;
    }
    if (h < 0 || h > 18 || m < 0 || m > 59) {
      return null;
    }
    return ZoneOffset.ofTotalSeconds(sign * (h * 3600 + m * 60));
  }

  private static int parse2(String s, int at) {
    char a = s.charAt(at);
    char b = s.charAt(at + 1);
    if (!isDigit(a) || !isDigit(b)) {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A tiny forward reader over a date string. */
  private static final class Cursor {
    final String s;
    int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    boolean accept(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    void skipSpaces() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    int digitsAhead() {
      int i = pos;
      while (i < s.length() && isDigit(s.charAt(i))) {
        i++;
      }
      return i - pos;
    }

    /** Exactly {@code width} digits, except that one digit is allowed for a width of 2. */
    int number(int width) {
      int n = Math.min(digitsAhead(), width);
      if (n == 0 || (n < width && !(width == 2 && n == 1))) {
        throw new NumberFormatException("expected " + width + " digits at " + pos);
      }
      int v = Integer.parseInt(s, pos, pos + n, 10);
      pos += n;
      return v;
    }

    /** Fractional seconds as nanoseconds; digits beyond nine are ignored. */
    int fraction() {
      int n = digitsAhead();
      if (n == 0) {
        throw new NumberFormatException("expected a fraction at " + pos);
      }
      int used = Math.min(n, 9);
      int v = Integer.parseInt(s, pos, pos + used, 10);
      for (int i = used; i < 9; i++) {
        v *= 10;
      }
      pos += n;
      return v;
    }
  }
}
