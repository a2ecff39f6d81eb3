package dev.digestkit.core.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Loading helpers shared by the feed tests. */
final class FeedTesting {
  private FeedTesting() {}

  static final URI BASE = URI.create("https://feeds.example/feed.xml");

  static ParsedFeed resource(String path) {
    return resource(path, BASE);
  }

  static ParsedFeed resource(String path, URI base) {
    try (InputStream in = FeedTesting.class.getResourceAsStream("/feeds/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /feeds/" + path);
      }
      return Feeds.parse(in, base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedFeed xml(String doc) {
    return Feeds.parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), BASE);
  }

  static ParsedFeed bytes(byte[] doc) {
    return Feeds.parse(new ByteArrayInputStream(doc), BASE);
  }

  /** A minimal RSS 2.0 document around {@code items}. */
  static String rss(String items) {
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title><link>https://feeds.example/</link>\n"
        + items + "\n</channel></rss>\n";
  }
}
