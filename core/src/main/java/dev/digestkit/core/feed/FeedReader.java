package dev.digestkit.core.feed;

import dev.digestkit.core.ParseException;
import dev.digestkit.core.feed.internal.FeedParser;
import dev.digestkit.core.feed.internal.Limits;
import dev.digestkit.core.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Reads RSS 0.90–2.0, RSS 1.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents with explicit
 * limits. Built with {@link #builder()}; immutable and thread-safe. {@link Feeds} holds a reader
 * with the defaults.
 *
 * <p>Reading is streaming (StAX) for well-formed XML. Ill-formed documents are recovered
 * leniently and flagged {@link ParsedFeed#bozo()}; a document is only refused (with a
 * {@link ParseException}) when it exceeds {@link Builder#maxBytes(long)} or cannot be read at
 * all. No DTD is ever processed and no entity or URL is ever fetched.
 */
public final class FeedReader {
  /** Default size cap: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /** Default number of entries kept: 10,000. */
  public static final int DEFAULT_MAX_ENTRIES = 10_000;
  /** Default element nesting depth: 64. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default characters kept per text field: 1,000,000. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 1_000_000;

  private final Limits limits;

  private FeedReader(Builder b) {
    this.limits = new Limits(b.maxBytes, b.maxEntries, b.maxDepth, b.maxTextLength);
  }

  /** A builder with the default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a feed from {@code in} (not closed here) located at {@code documentUrl}, which
   * relative links are resolved against.
   *
   * @param httpCharset the charset the server declared, which beats the XML declaration (a
   *     byte-order mark beats both)
   * @throws ParseException when the document is larger than the size cap or the stream fails
   */
  public ParsedFeed read(InputStream in, URI documentUrl, Optional<Charset> httpCharset) {
    Checks.notNull(in, "in");
    Checks.notNull(documentUrl, "documentUrl");
    Checks.notNull(httpCharset, "httpCharset");
    return FeedParser.parse(readBounded(in, documentUrl), documentUrl, httpCharset, limits);
  }

  /** Reads a feed whose charset only the document itself declares. */
  public ParsedFeed read(InputStream in, URI documentUrl) {
    return read(in, documentUrl, Optional.empty());
  }

  /** Reads a feed held in memory. */
  public ParsedFeed read(byte[] document, URI documentUrl, Optional<Charset> httpCharset) {
    Checks.notNull(document, "document");
    if (document.length > limits.maxBytes()) {
      throw tooLarge(documentUrl);
    }
    return FeedParser.parse(document, Checks.notNull(documentUrl, "documentUrl"), Checks.notNull(httpCharset, "httpCharset"), limits);
  }

  private byte[] readBounded(InputStream in, URI url) {
    // one byte past the cap tells a document that is too large; readNBytes copies less than a
    // growing ByteArrayOutputStream did
    int cap = (int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8);
    byte[] bytes;
    try {
      bytes = in.readNBytes(cap);
    } catch (IOException e) {
      throw new ParseException(url.toString(), "feed could not be read: " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(url);
    }
    return bytes;
  }

  private ParseException tooLarge(URI url) {
    return new ParseException(url.toString(), "feed is larger than the cap of " + limits.maxBytes() + " bytes");
  }

  /** Limits for a {@link FeedReader}; each has a default suitable for real feeds. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxEntries = DEFAULT_MAX_ENTRIES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

    private Builder() {}

    /** Largest document read; a larger one is refused with a {@link ParseException}. */
    public Builder maxBytes(long bytes) {
      Checks.argument(bytes > 0, "maxBytes must be positive");
      this.maxBytes = bytes;
      return this;
    }

    /** Entries kept; later ones are dropped and the feed is flagged bozo. */
    public Builder maxEntries(int entries) {
      Checks.argument(entries > 0, "maxEntries must be positive");
      this.maxEntries = entries;
      return this;
    }

    /** Deepest element nesting read; deeper content is ignored and the feed flagged bozo. */
    public Builder maxDepth(int depth) {
      Checks.argument(depth >= 4 && depth <= 10_000, "maxDepth must be between 4 and 10000");
      this.maxDepth = depth;
      return this;
    }

    /** Characters kept per title, summary or content; longer text is cut. */
    public Builder maxTextLength(int chars) {
      Checks.argument(chars > 0, "maxTextLength must be positive");
      this.maxTextLength = chars;
      return this;
    }

    /** The reader. */
    public FeedReader build() {
      return new FeedReader(this);
    }
  }
}
