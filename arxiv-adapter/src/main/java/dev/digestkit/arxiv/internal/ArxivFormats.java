package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
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

  /** Reads any of the three document families whole. */
  public static ArxivDocument readDocument(InputStream in, URI location, int status) {
    byte[] bytes = readAll(in, location);
    String root = root(bytes, location);
    switch (root) {
      case "rss":
        return new ArxivDocument(ArxivDocument.Kind.LISTING, OptionalLong.empty(), FeedListingReader.read(bytes, location));
      case "feed": {
        AtomReader atom = new AtomReader(new ByteArrayInputStream(bytes), location, status);
        List<Paper> papers = atom.readAll();
        boolean listing = atom.totalResults().isEmpty() && papers.stream().anyMatch(p -> p.announceType().isPresent());
        if (listing) {
          return new ArxivDocument(ArxivDocument.Kind.LISTING, OptionalLong.empty(), FeedListingReader.read(bytes, location));
        }
        return new ArxivDocument(ArxivDocument.Kind.API, atom.totalResults(), papers);
      }
      case "OAI-PMH": {
        OaiReader oai = new OaiReader(new ByteArrayInputStream(bytes), location);
        List<Paper> papers = new ArrayList<>();
        while (oai.hasNext()) {
          oai.next().paper().ifPresent(papers::add);
        }
        return new ArxivDocument(ArxivDocument.Kind.OAI, OptionalLong.empty(), papers);
      }
      default:
        throw new ParseException(String.valueOf(location),
            "not an arXiv document (API Atom, RSS/Atom listing or OAI-PMH): root element <" + root + ">");
    }
  }

  private static String root(byte[] bytes, URI location) {
    XMLStreamReader r = Xml.open(new ByteArrayInputStream(bytes), location);
    try {
      return Xml.root(r, location);
    } finally {
      Xml.closeQuietly(r);
    }
  }

  private static byte[] readAll(InputStream in, URI location) {
    try {
      byte[] bytes = in.readNBytes((int) Xml.MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > Xml.MAX_DOCUMENT_BYTES) {
        throw new ParseException(String.valueOf(location), "document larger than the cap of " + Xml.MAX_DOCUMENT_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new ParseException(String.valueOf(location), "cannot read the document: " + e.getMessage(), e);
    }
  }
}
