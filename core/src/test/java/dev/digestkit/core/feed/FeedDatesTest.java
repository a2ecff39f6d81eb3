package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Mon, 27 Apr 2026 17:05:08 GMT          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08 +0000        | 2026-04-27T17:05:08Z
      27 Apr 2026 17:05:08 GMT               | 2026-04-27T17:05:08Z
      Mon, 27 Apr 26 17:05:08 GMT            | 2026-04-27T17:05:08Z
      Sat, 27 Apr 99 17:05:08 GMT            | 1999-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05 GMT             | 2026-04-27T17:05:00Z
      Mon,27 Apr 2026 17:05:08 GMT           | 2026-04-27T17:05:08Z
      'Mon,  27  Apr  2026   17:05:08   GMT' | 2026-04-27T17:05:08Z
      Fri, 27 Apr 2026 17:05:08 GMT          | 2026-04-27T17:05:08Z
      mon, 27 apr 2026 17:05:08 gmt          | 2026-04-27T17:05:08Z
      Monday, 27 April 2026 17:05:08 GMT     | 2026-04-27T17:05:08Z
      Mon, 27 Sept 2026 17:05:08 GMT         | 2026-09-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08 UT           | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08 UTC          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08 Z            | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 12:05:08 EST          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 13:05:08 EDT          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 11:05:08 CST          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 12:05:08 CDT          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 10:05:08 MST          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 11:05:08 MDT          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 09:05:08 PST          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 10:05:08 PDT          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 16:05:08 A            | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 18:05:08 N            | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 13:05:08 -0400        | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 19:05:08 +02:00       | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 19:05:08 +02          | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08GMT           | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08              | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 17:05:08.250 GMT      | 2026-04-27T17:05:08.250Z
      Mon, 27 Apr 2026 19:05:08 GMT+0200     | 2026-04-27T17:05:08Z
      Mon, 27 Apr 2026 19:05:08 CEST         | 2026-04-27T17:05:08Z
      27 Apr 2026                            | 2026-04-27T00:00:00Z
      27-Apr-2026                            | 2026-04-27T00:00:00Z
      'April 27, 2026'                       | 2026-04-27T00:00:00Z
      'Apr 27th, 2026'                       | 2026-04-27T00:00:00Z
      Mon Apr 27 17:05:08 2026               | 2026-04-27T17:05:08Z
      Mon Apr 27 17:05:08 UTC 2026           | 2026-04-27T17:05:08Z
      2026-04-27T17:05:08Z                   | 2026-04-27T17:05:08Z
      2026-04-27T17:05:08.123456789Z         | 2026-04-27T17:05:08.123456789Z
      2026-04-27T19:05:08+02:00              | 2026-04-27T17:05:08Z
      2026-04-27T19:05:08+0200               | 2026-04-27T17:05:08Z
      2026-04-27T19:05:08+02                 | 2026-04-27T17:05:08Z
      2026-04-27T13:05:08-04:00              | 2026-04-27T17:05:08Z
      2026-04-27T17:05Z                      | 2026-04-27T17:05:00Z
      2026-04-27T17:05:08                    | 2026-04-27T17:05:08Z
      2026-04-27 17:05:08                    | 2026-04-27T17:05:08Z
      2026-04-27 17:05:08 +0000              | 2026-04-27T17:05:08Z
      2026-04-27t17:05:08z                   | 2026-04-27T17:05:08Z
      2026-04-27                             | 2026-04-27T00:00:00Z
      2026-04                                | 2026-04-01T00:00:00Z
      2026                                   | 2026-01-01T00:00:00Z
      20260427T170508Z                       | 2026-04-27T17:05:08Z
      20260427                               | 2026-04-27T00:00:00Z
      2026/04/27                             | 2026-04-27T00:00:00Z
      2024-02-29                             | 2024-02-29T00:00:00Z
      2026-04-27T24:00:00Z                   | 2026-04-28T00:00:00Z
      Mon, 26 January 2004 16:31:00 ET       | 2004-01-26T21:31:00Z
      Mon, 26 January 2004 16:31:00 AT       | 2004-01-26T20:31:00Z
      'April 27, 2026 at 10:00 PT'           | 2026-04-27T18:00:00Z
      Wed, 19 Aug 2009 18:28:00 Etc/GMT      | 2009-08-19T18:28:00Z
      Fri, 2006/09/15 08:19:53 EDT           | 2006-09-15T12:19:53Z
      'Mon, 13 Feb, 2012 06:28:00 UTC'       | 2012-02-13T06:28:00Z
      Thu Aug 30 2012 17:26:16 +0200         | 2012-08-30T15:26:16Z
      Sun Jul 15 01:16:00 +0000 2012         | 2012-07-15T01:16:00Z
      'Thu,  5 Apr 2012 10:00:00 GMT'        | 2012-04-05T10:00:00Z
      2004-07-08 23:56:58 -00:20             | 2004-07-09T00:16:58Z
      Wed, 19 Feb 2012 22:40:00 GMT-01:01    | 2012-02-19T23:41:00Z
      2003-012-31T10:14:55+00:00             | 2003-12-31T10:14:55Z
      Mon, 27 Apr 2026 13:05:08 GMT-0400     | 2026-04-27T17:05:08Z
      """)
  void readsRealWorldVariants(String input, String expected) {
    assertThat(FeedDates.parse(input)).contains(Instant.parse(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
    "Mon, 32 Apr 2026 17:05:08 GMT",
    "Mon, 31 Apr 2026 17:05:08 GMT",
    "Mon, 29 Feb 2026 17:05:08 GMT",
    "Mon, 27 Foo 2026 17:05:08 GMT",
    "Mon, 27 Apr 2026 25:05:08 GMT",
    "Mon, 27 Apr 2026 17:61:08 GMT",
    "Mon, 27 Apr 2026 17:05:08 XYZ",
    "Mon, 27 Apr 2026 17:05:08 +9999",
    "2026-13-01",
    "2026-02-30T00:00:00Z",
    "2026-04-27T17:05:08+25:00",
    "2026-04-27Tnoon",
    "yesterday",
    "27 Apr",
    "Apr 2026",
    "12345",
    "2026-04-27T17:05:08Z trailing junk",
    "Sun, 16 Dec 2012 1:2:3:4 GMT",
    "Sun, Dec x 2012 11:47:32 GMT",
    "Sun, 16 Dec 2012 11:47:32 +zz:00",
    "2013-01-28T11:30:00-06:00Textra",
    "2013-01-27-01",
    "22013"
  })
  void givesNothingRatherThanAWrongDate(String input) {
    assertThat(FeedDates.parse(input)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void givesNothingForNoInput(String input) {
    assertThat(FeedDates.parse(input)).isEmpty();
  }

  // ---- the in-place reader of the common forms agrees with the general reader ----------------

  /** What {@link FeedDates#parse} gives without its quick path. */
  private static Optional<Instant> reference(String s) {
    String t = s.trim();
    return t.isEmpty() || t.length() > 80 ? Optional.empty() : FeedDates.general(t);
  }

  private static void assertAgrees(String s) {
    assertThat(FeedDates.parse(s)).as("parse(%s)", s).isEqualTo(reference(s));
  }

  @Test
  void quickPathAgreesOnEveryDateOfTheTestFeeds() throws IOException, URISyntaxException {
    List<String> dates = testFeedDates();
    int quick = 0;
    for (String d : dates) {
      assertAgrees(d);
      if (FeedDates.quick(d.trim()) != null) {
        quick++;
      }
    }
    assertThat(dates).hasSizeGreaterThan(800);
    // the point is speed: real feeds' dates must mostly take the quick path
    assertThat(quick).as("dates read by the quick path").isGreaterThan(dates.size() * 8 / 10);
  }

  @Test
  void quickPathAgreesOnMutatedDates() throws IOException, URISyntaxException {
    String[] seeds = {
      "Wed, 12 Jul 2023 10:00:00 +0000", "Thu, 1 Feb 2024 08:30:59 GMT", "Mon, 05 May 2025 17:05:08 -0430",
      "29 Feb 2024 23:59:60 UTC", "Sun, 31 Dec 1999 00:00:00 +1800", "2023-07-12T10:00:00Z",
      "2024-02-29T23:59:59+05:30", "2024-12-31T00:00:00-00:00", "Fri, 13 Sep 2019 12:00:00 EST"
    };
    List<String> base = new ArrayList<>(List.of(seeds));
    base.addAll(testFeedDates());
    String alphabet = "0123456789 ,:+-TZGMUTCESPDjJanFebDecMonWedSunx.\u00A0\u017F\u212A/\t";
    SplittableRandom random = new SplittableRandom(23);
    int quick = 0;
    for (int n = 0; n < 60_000; n++) {
      StringBuilder b = new StringBuilder(base.get(random.nextInt(base.size())));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && b.length() > 0; e++) {
        int at = random.nextInt(b.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(4)) {
          case 0 -> b.setCharAt(at, c);
          case 1 -> b.insert(at, c);
          case 2 -> b.deleteCharAt(at);
          default -> {
            // a digit moved by one keeps the shape and probes the range checks
            char d = b.charAt(at);
            if (d >= '0' && d <= '9') {
              b.setCharAt(at, (char) ('0' + (d - '0' + 1 + random.nextInt(9)) % 10));
            }
          }
        }
      }
      String s = b.toString();
      assertAgrees(s);
      if (FeedDates.quick(s.trim()) != null) {
        quick++;
      }
    }
    assertThat(quick).as("mutated dates read by the quick path").isGreaterThan(5_000);
  }

  @Test
  void quickPathAgreesOnRandomValidFields() {
    SplittableRandom random = new SplittableRandom(29);
    String[] zones = {"+0000", "-0000", "+0530", "-1200", "+1800", "-1859", "+1900", "GMT", "UTC", "Z", "EST", "+00:00"};
    String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "mon", "WED", "Foo"};
    String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "jan", "DEC", "Sept", "Mai"};
    for (int n = 0; n < 40_000; n++) {
      int day = random.nextInt(33);
      String rfc = (random.nextBoolean() ? days[random.nextInt(days.length)] + ", " : "")
          + (random.nextBoolean() ? String.valueOf(day) : String.format("%02d", day)) + " "
          + months[random.nextInt(months.length)] + " " + (1890 + random.nextInt(250)) + " "
          + String.format("%02d:%02d:%02d", random.nextInt(26), random.nextInt(62), random.nextInt(62)) + " "
          + zones[random.nextInt(zones.length)];
      assertAgrees(rfc);
      String iso = String.format("%04d-%02d-%02dT%02d:%02d:%02d", random.nextInt(10_000), random.nextInt(14),
          random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62))
          + (random.nextBoolean() ? "Z" : String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-",
              random.nextInt(20), random.nextInt(61)));
      assertAgrees(iso);
    }
  }

  private static final Pattern DATE_ELEMENT = Pattern.compile(
      "<(?:[a-z]+:)?(?:pubDate|published|updated|date|lastBuildDate|issued|modified|created)(?:\\s[^>]*)?>([^<]{1,100})<");

  private static List<String> testFeedDates() throws IOException, URISyntaxException {
    Path root = Path.of(FeedDatesTest.class.getResource("/feeds").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      Matcher m = DATE_ELEMENT.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
