package dev.digestkit.arxiv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The field-by-field reading of arXiv's timestamps agrees with java.time's ISO parser. */
class DatesTest {
  private static Optional<Instant> reference(String s) {
    String t = s.strip();
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  @Test
  void readsArxivTimestampsWithZoneOrOffset() {
    assertThat(Dates.iso("2022-02-24T15:05:19Z")).contains(Instant.parse("2022-02-24T15:05:19Z"));
    assertThat(Dates.iso("2024-02-27T00:00:00-05:00")).contains(Instant.parse("2024-02-27T05:00:00Z"));
    assertThat(Dates.iso("2024-02-30T00:00:00Z")).isEmpty();
    assertThat(Dates.iso("2024-02-27")).contains(Instant.parse("2024-02-27T00:00:00Z"));
  }

  @Test
  void agreesWithTheIsoParserOnMutatedTimestamps() {
    String[] seeds = {"2022-02-24T15:05:19Z", "2024-02-27T00:00:00-05:00", "1999-12-31T23:59:59+14:00"};
    String alphabet = "0123456789-+:TZz 9";
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 0; n < 50_000; n++) {
      char[] c = seeds[random.nextInt(seeds.length)].toCharArray();
      for (int k = random.nextInt(3); k >= 0; k--) {
        c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String s = new String(c);
      assertThat(Dates.iso(s)).as(s).isEqualTo(reference(s));
    }
  }

  @Test
  void readsDaysAsTheIsoDateParserDoesOnMutatedDates() {
    String[] seeds = {"2017-12-14", "2024-02-29", "2023-02-28", "0000-01-01", " 1999-12-31\n", "2017-06-16"};
    String alphabet = "0123456789-+: \u0663x";
    SplittableRandom random = new SplittableRandom(9);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      for (int k = random.nextInt(3); k >= 0; k--) {
        int at = random.nextInt(b.length());
        switch (random.nextInt(4)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (b.length() == 0) {
          b.append('1');
        }
      }
      String s = b.toString();
      LocalDate expected;
      try {
        expected = LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        expected = null;
      }
      assertThat(Dates.localDate(s)).as(s).isEqualTo(expected);
      assertThat(Dates.day(s)).as(s)
          .isEqualTo(Optional.ofNullable(expected).map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
  }
}
