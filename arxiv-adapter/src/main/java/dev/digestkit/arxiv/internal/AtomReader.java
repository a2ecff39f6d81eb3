package dev.digestkit.arxiv.internal;

import static dev.digestkit.arxiv.internal.Xml.ARXIV;
import static dev.digestkit.arxiv.internal.Xml.ATOM;
import static dev.digestkit.arxiv.internal.Xml.DC;
import static dev.digestkit.arxiv.internal.Xml.OPENSEARCH;

import dev.digestkit.arxiv.ArxivApiException;
import dev.digestkit.arxiv.ArxivId;
import dev.digestkit.arxiv.InvalidArxivIdException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Text;
import dev.digestkit.core.text.TextNormalizer;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams papers out of an arXiv Atom document: an API response (2026 or the 2016 legacy
 * format, where each opensearch element declares its own namespace) or an
 * {@code rss.arxiv.org/atom/...} listing. The feed header ({@code totalResults}) is read before
 * the first entry. An error entry becomes an {@link ArxivApiException}.
 */
public final class AtomReader {
  private final XMLStreamReader r;
  private final Xml.TextBuffer text = new Xml.TextBuffer();
  private final URI location;
  private final int status;
  private OptionalLong totalResults = OptionalLong.empty();
  private OptionalLong startIndex = OptionalLong.empty();
  private Paper next;
  private boolean done;

  /**
   * @param in the document; the caller closes it
   * @param location where it came from, for errors
   * @param status the HTTP status it came with, or 0 for a file
   */
  public AtomReader(InputStream in, URI location, int status) {
    this.location = location;
    this.status = status;
    this.r = Xml.open(in, location);
    String root = Xml.root(r, location);
    if (!"feed".equals(root) || !ATOM.equals(r.getNamespaceURI())) {
      throw new ParseException(String.valueOf(location), "not an Atom feed: root element <" + root + ">");
    }
    advance();
  }

  /** {@code opensearch:totalResults}, when the document has it (API responses do, listings do not). */
  public OptionalLong totalResults() {
    return totalResults;
  }

  /** {@code opensearch:startIndex}, when present. */
  public OptionalLong startIndex() {
    return startIndex;
  }

  /** True while another paper can be read. */
  public boolean hasNext() {
    return next != null;
  }

  /** The next paper. */
  public Paper next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    Paper p = next;
    advance();
    return p;
  }

  /** Reads every remaining paper. */
  public List<Paper> readAll() {
    List<Paper> out = new ArrayList<>();
    while (hasNext()) {
      out.add(next());
    }
    return out;
  }

  private void advance() {
    next = null;
    if (done) {
      return;
    }
    try {
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.END_ELEMENT && "feed".equals(r.getLocalName()) && ATOM.equals(r.getNamespaceURI())) {
          break;
        }
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (OPENSEARCH.equals(r.getNamespaceURI())) {
          String local = r.getLocalName();
          String v = text.stripped(r);
          if ("totalResults".equals(local)) {
            totalResults = parseLong(v);
          } else if ("startIndex".equals(local)) {
            startIndex = parseLong(v);
          }
        } else if (Xml.is(r, ATOM, "entry")) {
          next = entry();
          return;
        } else {
          Xml.skip(r);
        }
      }
      done = true;
      Xml.closeQuietly(r);
    } catch (XMLStreamException e) {
      done = true;
      throw Xml.parseError(location, e);
    } catch (RuntimeException e) {
      done = true;
      throw Xml.unexpected(location, r, e);
    }
  }

  private Paper entry() throws XMLStreamException {
    String idText = null;
    String title = null;
    String summary = null;
    String announce = null;
    String published = null;
    String updated = null;
    String primary = null;
    List<String> categories = new ArrayList<>();
    List<Author> authors = new ArrayList<>();
    String comment = null;
    String journalRef = null;
    String doi = null;
    URI abs = null;
    URI pdf = null;
    URI html = null;
    int line = r.getLocation().getLineNumber();
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "entry".equals(r.getLocalName())) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String ns = r.getNamespaceURI();
      String local = r.getLocalName();
      if (ATOM.equals(ns)) {
        switch (local) {
          case "id" -> idText = text.stripped(r);
          case "title" -> title = text.text(r);
          case "summary" -> summary = text.text(r);
          case "published" -> published = text.text(r);
          case "updated" -> updated = text.text(r);
          case "category" -> {
            addCategory(categories, Xml.attr(r, "term"));
            Xml.skip(r);
          }
          case "author" -> author(authors);
          case "link" -> {
            String href = Xml.attr(r, "href");
            String rel = Xml.attr(r, "rel");
            String type = Xml.attr(r, "type");
            String linkTitle = Xml.attr(r, "title");
            Xml.skip(r);
            // Parse the href only for a link that is kept (not the DOI's, nor a second alternate):
            // URI parsing was several percent of the reader's time (issue 7).
            if ("pdf".equals(linkTitle) || "application/pdf".equals(type)) {
              pdf = orElse(Xml.uri(href), pdf);
            } else if ("html".equals(linkTitle)) {
              html = orElse(Xml.uri(href), html);
            } else if ((rel == null || "alternate".equals(rel)) && abs == null) {
              abs = Xml.uri(href);
            }
          }
          default -> Xml.skip(r);
        }
      } else if (ARXIV.equals(ns)) {
        switch (local) {
          case "primary_category" -> {
            primary = Xml.attr(r, "term");
            Xml.skip(r);
          }
          case "comment" -> comment = text.text(r);
          case "journal_ref" -> journalRef = text.text(r);
          case "doi" -> doi = text.text(r);
          case "announce_type" -> announce = text.text(r);
          default -> Xml.skip(r);
        }
      } else if (DC.equals(ns) && "creator".equals(local)) {
        for (String name : ListingText.creators(text.text(r))) {
          authors.add(Author.of(name));
        }
      } else {
        Xml.skip(r);
      }
    }
    if ("Error".equals(strip(title)) || (idText != null && idText.contains("arxiv.org/api/errors"))) {
      String msg = strip(summary);
      throw new ArxivApiException(location, status, msg == null || msg.isEmpty() ? "unspecified error" : msg, null);
    }
    ListingText.Description d = ListingText.description(summary);
    Optional<AnnounceType> type = AnnounceType.fromWireName(announce != null ? announce : d.announceType().orElse(null));
    String idSource = idText != null ? idText : d.id().orElse(null);
    ArxivId id = id(idSource, line);
    Paper.Builder b = Paper.builder(id.id())
        .version(id.version().orElse(null))
        .title(Text.latex(ListingText.title(title)))
        .abstractText(Text.latex(d.abstractRaw()))
        .authors(authors)
        .comment(blankToNull(comment))
        .journalRef(blankToNull(journalRef))
        .doi(blankToNull(doi))
        .links(Papers.links(id, abs, pdf, html))
        .announceType(type.orElse(null));
    if (primary != null && !primary.isBlank()) {
      b.primaryCategory(primary.strip()).addCategory(primary.strip());
    } else if (!categories.isEmpty()) {
      b.primaryCategory(categories.get(0));
    }
    categories.forEach(b::addCategory);
    if (type.isPresent()) {
      // A listing's dates are announcement dates: the first version's only for version 1.
      Optional<Instant> when = Dates.iso(published != null ? published : updated);
      b.updated(when.orElse(null));
      if (id.version().orElse(1) == 1) {
        b.published(when.orElse(null));
      }
    } else {
      b.published(Dates.iso(published).orElse(null)).updated(Dates.iso(updated).orElse(null));
    }
    return b.build();
  }

  private void author(List<Author> authors) throws XMLStreamException {
    String name = null;
    List<String> affiliations = List.of(); // nearly always: no list per author
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "author".equals(r.getLocalName())) {
        break;
      }
      if (e == XMLStreamConstants.START_ELEMENT) {
        if ("name".equals(r.getLocalName())) {
          name = TextNormalizer.plain(text.text(r));
        } else if ("affiliation".equals(r.getLocalName())) {
          String a = TextNormalizer.plain(text.text(r));
          if (!a.isEmpty()) {
            affiliations = affiliations.isEmpty() ? new ArrayList<>() : affiliations;
            affiliations.add(a);
          }
        } else {
          Xml.skip(r);
        }
      }
    }
    if (name != null && !name.isBlank()) {
      authors.add(new Author(name, affiliations));
    }
  }

  private ArxivId id(String text, int line) {
    if (text == null) {
      throw new ParseException(String.valueOf(location), line, -1, "entry without an id", null);
    }
    try {
      return ArxivId.parse(text);
    } catch (InvalidArxivIdException e) {
      throw new ParseException(String.valueOf(location), line, -1,
          "entry id is not an arXiv id: '" + text + "'", e);
    }
  }

  private static void addCategory(List<String> categories, String term) {
    if (term != null && !term.isBlank() && !categories.contains(term.strip())) {
      categories.add(term.strip());
    }
  }

  private static URI orElse(URI u, URI other) {
    return u != null ? u : other;
  }

  private static OptionalLong parseLong(String v) {
    try {
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = TextNormalizer.plain(s);
    return t.isEmpty() ? null : t;
  }
}
