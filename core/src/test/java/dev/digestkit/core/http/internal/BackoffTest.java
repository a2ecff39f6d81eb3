package dev.digestkit.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

  @Test
  void retryAfterInSeconds() {
    assertThat(Backoff.parseRetryAfter(" 120 ", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void retryAfterAsHttpDateIsRelativeToNowAndNeverNegative() {
    assertThat(Backoff.parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", NOW)).contains(Duration.ofSeconds(30));
    assertThat(Backoff.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void anUnreadableRetryAfterIsAbsent() {
    assertThat(Backoff.parseRetryAfter("soon", NOW)).isEmpty();
    assertThat(Backoff.parseRetryAfter("", NOW)).isEmpty();
    assertThat(Backoff.parseRetryAfter("-5", NOW)).isEmpty();
  }

  @Test
  void anAbsurdlyLargeRetryAfterIsHugeNotAnError() {
    assertThat(Backoff.parseRetryAfter("99999999999999999999999", NOW)).hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
  }

  @Test
  void delaysDoubleAndStopAtTheCap() {
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), () -> 0.0);
    assertThat(b.delay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(b.delay(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.delay(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(b.delay(4)).isEqualTo(Duration.ofMillis(2500));
    assertThat(b.delay(60)).isEqualTo(Duration.ofMillis(2500));
  }
}
