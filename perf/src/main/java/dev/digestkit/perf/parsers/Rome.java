package dev.digestkit.perf.parsers;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.digestkit.perf.inputs.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The contender: ROME 2.x's {@link SyndFeedInput} over ROME's own encoding-sniffing
 * {@link XmlReader}, the usual way applications read a feed with ROME.
 *
 * <p>One instance per thread: {@code SyndFeedInput} is reused across documents but is not
 * documented as thread-safe.
 */
public final class Rome {
  private final SyndFeedInput input = new SyndFeedInput();

  /**
   * Parses the document into ROME's model.
   *
   * @return the feed; its entries are fully built
   * @throws IllegalStateException when ROME rejects the document
   */
  public SyndFeed parse(Document doc) {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(doc.bytes()))) {
      return input.build(reader);
    } catch (IOException | FeedException e) {
      throw new IllegalStateException(doc.name() + ": " + e.getMessage(), e);
    }
  }

  /** Parses the document and returns the number of entries ROME built. */
  public int count(Document doc) {
    return parse(doc).getEntries().size();
  }
}
