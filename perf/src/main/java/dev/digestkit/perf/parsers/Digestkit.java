package dev.digestkit.perf.parsers;

import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.perf.inputs.Document;
import java.io.ByteArrayInputStream;

/**
 * digestkit's readers, called the way an application calls them: the generic feed reader
 * ({@link Feeds#parse}) and the arXiv adapter's document reader ({@link ArxivDocument#parse}),
 * each from an {@code InputStream} plus the document URL. Stateless and thread-safe.
 */
public final class Digestkit {
  private Digestkit() {}

  /** The generic feed reader: RSS, Atom or JSON Feed into {@link ParsedFeed}. */
  public static ParsedFeed feed(Document doc) {
    return Feeds.parse(new ByteArrayInputStream(doc.bytes()), doc.url());
  }

  /** The arXiv reader: an API page, listing or OAI-PMH page into papers. */
  public static ArxivDocument arxiv(Document doc) {
    return ArxivDocument.parse(new ByteArrayInputStream(doc.bytes()), doc.url());
  }
}
