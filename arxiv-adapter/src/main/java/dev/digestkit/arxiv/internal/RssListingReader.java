package dev.digestkit.arxiv.internal;

import static dev.digestkit.arxiv.internal.Xml.ARXIV;
import static dev.digestkit.arxiv.internal.Xml.DC;

import dev.digestkit.arxiv.ArxivId;
import dev.digestkit.arxiv.InvalidArxivIdException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Text;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an {@code rss.arxiv.org/rss/<categories>} listing (RSS 2.0, post-2024 format with
 * {@code arxiv:announce_type}). The abstract, id and announce type come out of the item's
 * description ("arXiv:2404.12345v1 Announce Type: new \nAbstract: ...").
 */
public final class RssListingReader {
  private RssListingReader() {}

  /** Every paper in the listing, in the feed's order. */
  public static List<Paper> read(InputStream in, URI location) {
    XMLStreamReader r = Xml.open(in, location);
    try {
      String root = Xml.root(r, location);
      if (!"rss".equals(root)) {
        throw new ParseException(String.valueOf(location), "not an RSS listing: root element <" + root + ">");
      }
      List<Paper> papers = new ArrayList<>();
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "item".equals(r.getLocalName()) && noNamespace(r)) {
          papers.add(item(r, location));
        }
      }
      return papers;
    } catch (XMLStreamException e) {
      throw Xml.parseError(location, e);
    } catch (RuntimeException e) {
      throw Xml.unexpected(location, r, e);
    } finally {
      Xml.closeQuietly(r);
    }
  }

  private static Paper item(XMLStreamReader r, URI location) throws XMLStreamException {
    int line = r.getLocation().getLineNumber();
    String title = null;
    String link = null;
    String description = null;
    String guid = null;
    String pubDate = null;
    String announce = null;
    List<String> categories = new ArrayList<>();
    List<Author> authors = new ArrayList<>();
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "item".equals(r.getLocalName())) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String ns = r.getNamespaceURI();
      String local = r.getLocalName();
      if (noNamespace(r)) {
        switch (local) {
          case "title" -> title = Xml.text(r);
          case "link" -> link = Xml.text(r).strip();
          case "description" -> description = Xml.text(r);
          case "guid" -> guid = Xml.text(r).strip();
          case "pubDate" -> pubDate = Xml.text(r);
          case "category" -> {
            String c = Xml.text(r).strip();
            if (!c.isEmpty() && !categories.contains(c)) {
              categories.add(c);
            }
          }
          default -> Xml.skip(r);
        }
      } else if (ARXIV.equals(ns) && "announce_type".equals(local)) {
        announce = Xml.text(r);
      } else if (DC.equals(ns) && "creator".equals(local)) {
        ListingText.creators(Xml.text(r)).forEach(n -> authors.add(Author.of(n)));
      } else {
        Xml.skip(r);
      }
    }
    ListingText.Description d = ListingText.description(description);
    String idText = d.id().orElse(guid != null ? guid : link);
    ArxivId id;
    try {
      id = ArxivId.parse(idText == null ? "" : idText);
    } catch (InvalidArxivIdException ex) {
      throw new ParseException(String.valueOf(location), line, -1, "listing item without a readable arXiv id: '" + idText + "'", ex);
    }
    Optional<AnnounceType> type = AnnounceType.fromWireName(announce != null ? announce : d.announceType().orElse(null));
    Optional<Instant> when = Dates.rfc1123(pubDate);
    URI abs = Xml.uri(link);
    Paper.Builder b = Paper.builder(id.id())
        .version(id.version().orElse(null))
        .title(Text.latex(ListingText.title(title)))
        .abstractText(Text.latex(d.abstractRaw()))
        .authors(authors)
        .categories(categories)
        .primaryCategory(categories.isEmpty() ? null : categories.get(0))
        .links(Papers.links(id, abs, null, null))
        .announceType(type.orElse(null))
        .updated(when.orElse(null));
    if (id.version().orElse(1) == 1) {
      b.published(when.orElse(null));
    }
    return b.build();
  }

  private static boolean noNamespace(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return ns == null || ns.isEmpty();
  }
}
