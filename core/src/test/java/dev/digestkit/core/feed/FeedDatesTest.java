package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
}
