package dev.digestkit.core.feed;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The common case in one call: {@code Feeds.parse(in, url)} reads RSS, Atom or JSON Feed with
 * the default {@link FeedReader} limits. Use {@link FeedReader#builder()} to change them.
 */
public final class Feeds {
  private static final FeedReader DEFAULT = FeedReader.builder().build();

  private Feeds() {}

  /**
   * Parses a feed document; see {@link FeedReader#read(InputStream, URI, Optional)}.
   *
   * @param in the document's bytes; not closed here
   * @param documentUrl where it came from; relative links are resolved against it
   */
  public static ParsedFeed parse(InputStream in, URI documentUrl) {
    return DEFAULT.read(in, documentUrl, Optional.empty());
  }

  /** Parses a feed document whose HTTP response declared {@code httpCharset}. */
  public static ParsedFeed parse(InputStream in, URI documentUrl, Optional<Charset> httpCharset) {
    return DEFAULT.read(in, documentUrl, httpCharset);
  }

  /** The reader with default limits. */
  public static FeedReader defaultReader() {
    return DEFAULT;
  }
}
