package dev.digestkit.benchmarks;

import dev.digestkit.core.model.Leaderboard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;

/** Test fixtures under src/test/resources/leaderboards. */
final class Fixtures {
  static final Instant AT = Instant.parse("2026-04-22T06:00:00Z");

  private Fixtures() {}

  static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/leaderboards/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    return in;
  }

  static byte[] bytes(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static URI uri(String name) {
    return URI.create("https://fixtures.test/" + name);
  }

  static Leaderboard read(LeaderboardReader reader, String name) {
    try (InputStream in = open(name)) {
      return reader.read(in, uri(name), AT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
