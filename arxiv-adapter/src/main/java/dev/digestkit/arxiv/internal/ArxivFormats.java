package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.http.internal.Body;
import dev.digestkit.core.model.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamReader;

/** Detects which arXiv format a document is (by its root element) and reads it. */
public final class ArxivFormats {
  private ArxivFormats() {}

  /** Reads a listing in RSS or Atom form. */
  public static List<Paper> readListing(InputStream in, URI location) {
    return FeedListingReader.read(readAll(in, location), location);
  }

  /**
   * Reads any of the three document families whole.
   *
   * <p>The document is read where it lies when {@code in} is already in memory (a fetched body's
   * stream, a {@code ByteArrayInputStream}): rewound after the root element is known, and again
   * for the rare Atom listing, instead of being copied first. Any other stream is read once into
   * chunks (never into a growing array) and parsed from them. Either way the document is held
   * once, and the parser's shared factory is made to let go of it afterwards.
   */
  public static ArxivDocument readDocument(InputStream in, URI location, int status) {
    InputStream doc = rewindable(in, location);
    doc.mark(Integer.MAX_VALUE);
    String root = root(doc, location);
    rewind(doc, location);
    switch (root) {
      case "rss":
        return new ArxivDocument(ArxivDocument.Kind.LISTING, OptionalLong.empty(), FeedListingReader.read(rest(doc, location), location));
      case "feed": {
        ReleasableInputStream view = new ReleasableInputStream(doc);
        List<Paper> papers;
        OptionalLong total;
        try {
          AtomReader atom = new AtomReader(view, location, status);
          papers = atom.readAll();
          total = atom.totalResults();
        } finally {
          view.release();
        }
        boolean listing = total.isEmpty() && papers.stream().anyMatch(p -> p.announceType().isPresent());
        if (listing) {
          rewind(doc, location);
          return new ArxivDocument(ArxivDocument.Kind.LISTING, OptionalLong.empty(), FeedListingReader.read(rest(doc, location), location));
        }
        return new ArxivDocument(ArxivDocument.Kind.API, total, papers);
      }
      case "OAI-PMH": {
        ReleasableInputStream view = new ReleasableInputStream(doc);
        List<Paper> papers = new ArrayList<>();
        try {
          OaiReader oai = new OaiReader(view, location);
          while (oai.hasNext()) {
            oai.next().paper().ifPresent(papers::add);
          }
        } finally {
          view.release();
        }
        return new ArxivDocument(ArxivDocument.Kind.OAI, OptionalLong.empty(), papers);
      }
      default:
        throw new ParseException(String.valueOf(location),
            "not an arXiv document (API Atom, RSS/Atom listing or OAI-PMH): root element <" + root + ">");
    }
  }

  private static String root(InputStream doc, URI location) {
    ReleasableInputStream view = new ReleasableInputStream(doc);
    XMLStreamReader r = Xml.open(view, location);
    try {
      return Xml.root(r, location);
    } finally {
      Xml.closeQuietly(r);
      view.release();
    }
  }

  // The caller's stream when it is in memory and within the cap (marked where it stands), else
  // the stream read into a body of chunks; both rewind for free.
  private static InputStream rewindable(InputStream in, URI location) {
    try {
      if (Body.inMemory(in)) {
        // available() is exactly what is left for these streams, so the cap is checked up front,
        // as reading the whole stream used to.
        if (in.available() > Xml.MAX_DOCUMENT_BYTES) {
          throw tooLarge(location);
        }
        return in;
      }
      Body.Builder b = new Body.Builder(-1);
      while (b.read(in, Xml.MAX_DOCUMENT_BYTES - b.size() + 1) >= 0) {
        if (b.size() > Xml.MAX_DOCUMENT_BYTES) {
          throw tooLarge(location);
        }
      }
      return b.build().openStream();
    } catch (IOException e) {
      throw new ParseException(String.valueOf(location), "cannot read the document: " + e.getMessage(), e);
    }
  }

  private static void rewind(InputStream doc, URI location) {
    try {
      doc.reset();
    } catch (IOException e) {
      // Only streams whose reset cannot fail get here (see rewindable).
      throw new ParseException(String.valueOf(location), "cannot read the document: " + e.getMessage(), e);
    }
  }

  // What is left of an in-memory document, as one array, for the listing reader (listings are
  // small; API pages and OAI-PMH pages never take this path).
  private static byte[] rest(InputStream doc, URI location) {
    try {
      return doc.readAllBytes();
    } catch (IOException e) {
      throw new ParseException(String.valueOf(location), "cannot read the document: " + e.getMessage(), e);
    }
  }

  private static ParseException tooLarge(URI location) {
    return new ParseException(String.valueOf(location), "document larger than the cap of " + Xml.MAX_DOCUMENT_BYTES + " bytes");
  }

  private static byte[] readAll(InputStream in, URI location) {
    try {
      byte[] bytes = in.readNBytes((int) Xml.MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > Xml.MAX_DOCUMENT_BYTES) {
        throw tooLarge(location);
      }
      return bytes;
    } catch (IOException e) {
      throw new ParseException(String.valueOf(location), "cannot read the document: " + e.getMessage(), e);
    }
  }
}
