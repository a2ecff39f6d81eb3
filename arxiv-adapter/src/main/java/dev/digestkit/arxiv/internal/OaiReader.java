package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivId;
import dev.digestkit.arxiv.ArxivTaxonomy;
import dev.digestkit.arxiv.ArxivVersion;
import dev.digestkit.arxiv.HarvestedRecord;
import dev.digestkit.arxiv.InvalidArxivIdException;
import dev.digestkit.arxiv.OaiPmhException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Text;
import dev.digestkit.core.text.TextNormalizer;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams records out of one OAI-PMH response ({@code ListRecords} or {@code GetRecord}) in the
 * {@code arXiv}, {@code arXivRaw} or {@code oai_dc} metadata format, one record at a time. The
 * resumption token, which follows the records, is known once {@link #hasNext()} is false.
 * Metadata elements are matched by local name, since real responses do not always put them in
 * their format's namespace.
 */
public final class OaiReader {
  private final XMLStreamReader r;
  private final Xml.TextBuffer text = new Xml.TextBuffer();
  private final URI location;
  private HarvestedRecord next;
  private boolean done;
  private Optional<String> resumptionToken = Optional.empty();
  private OptionalLong completeListSize = OptionalLong.empty();

  /**
   * @param in the response; the caller closes it
   * @param location the request URL, for errors
   * @throws OaiPmhException when the response is an OAI error other than {@code noRecordsMatch}
   */
  public OaiReader(InputStream in, URI location) {
    this.location = location;
    this.r = Xml.open(in, location);
    String root = Xml.root(r, location);
    if (!"OAI-PMH".equals(root)) {
      throw new ParseException(String.valueOf(location), "not an OAI-PMH response: root element <" + root + ">");
    }
    advance();
  }

  /** True while another record can be read. */
  public boolean hasNext() {
    return next != null;
  }

  /** The next record. */
  public HarvestedRecord next() {
    if (next == null) {
      throw new NoSuchElementException();
    }
    HarvestedRecord h = next;
    advance();
    return h;
  }

  /** The token for the next page; empty when this was the last page. Known once the records are read. */
  public Optional<String> resumptionToken() {
    return resumptionToken;
  }

  /** The {@code completeListSize} the repository announced, when it did. */
  public OptionalLong completeListSize() {
    return completeListSize;
  }

  private void advance() {
    next = null;
    if (done) {
      return;
    }
    try {
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "error" -> {
            String code = String.valueOf(Xml.attr(r, "code"));
            String msg = TextNormalizer.plain(text.text(r));
            if (!"noRecordsMatch".equals(code)) {
              done = true;
              throw new OaiPmhException(location, code, msg);
            }
          }
          case "record" -> {
            next = record();
            return;
          }
          case "resumptionToken" -> {
            String size = Xml.attr(r, "completeListSize");
            if (size != null) {
              try {
                completeListSize = OptionalLong.of(Long.parseLong(size.strip()));
              } catch (NumberFormatException e) {
                // an unreadable size is only informational
              }
            }
            String token = text.stripped(r);
            resumptionToken = token.isEmpty() ? Optional.empty() : Optional.of(token);
          }
          case "OAI-PMH", "ListRecords", "GetRecord" -> { }
          default -> Xml.skip(r);
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

  private HarvestedRecord record() throws XMLStreamException {
    int line = r.getLocation().getLineNumber();
    String identifier = null;
    Optional<LocalDate> datestamp = Optional.empty();
    List<String> sets = new ArrayList<>();
    boolean deleted = false;
    Metadata md = null;
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "record".equals(r.getLocalName())) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "header" -> deleted = "deleted".equals(Xml.attr(r, "status"));
        case "identifier" -> identifier = text.stripped(r);
        case "datestamp" -> datestamp = localDate(text.text(r));
        case "setSpec" -> sets.add(text.stripped(r));
        case "metadata" -> md = metadata();
        default -> Xml.skip(r);
      }
    }
    if (identifier == null || identifier.isEmpty()) {
      throw new ParseException(String.valueOf(location), line, -1, "OAI record without an identifier", null);
    }
    Optional<Paper> paper = Optional.empty();
    List<ArxivVersion> versions = List.of();
    if (!deleted && md != null) {
      paper = Optional.of(md.toPaper(identifier, line));
      versions = md.versions;
    }
    return new HarvestedRecord(identifier, datestamp, sets, deleted, paper, versions);
  }

  /** Everything the three metadata formats can say, gathered before building the paper. */
  private final class Metadata {
    String id;
    String title;
    String abstractRaw;
    String comment;
    String journalRef;
    String doi;
    String categories;
    List<String> subjects = new ArrayList<>();
    Instant published;
    Instant updated;
    List<Author> authors = new ArrayList<>();
    List<ArxivVersion> versions = new ArrayList<>();

    Paper toPaper(String identifier, int line) {
      String idText = id != null ? id : identifier;
      ArxivId aid;
      try {
        aid = ArxivId.parse(idText);
      } catch (InvalidArxivIdException e) {
        throw new ParseException(String.valueOf(location), line, -1, "record id is not an arXiv id: '" + idText + "'", e);
      }
      Paper.Builder b = Paper.builder(aid.id())
          .title(Text.latex(title))
          .abstractText(Text.latex(abstractRaw == null ? null : abstractRaw.strip()))
          .authors(authors)
          .comment(AtomReader.blankToNull(comment))
          .journalRef(AtomReader.blankToNull(journalRef))
          .doi(AtomReader.blankToNull(doi))
          .links(Papers.links(aid, null, null, null));
      if (!versions.isEmpty()) {
        ArxivVersion last = versions.get(versions.size() - 1);
        b.version(last.number()).published(versions.get(0).submitted()).updated(last.submitted());
        aid = aid.withVersion(last.number());
        b.links(Papers.links(aid, null, null, null));
      } else {
        b.published(published).updated(updated != null ? updated : published);
      }
      // The first category added is the paper's first, and so its primary: set it before the
      // one build instead of building the paper twice.
      String first = null;
      if (categories != null) {
        for (String c : words(categories.strip())) {
          b.addCategory(c);
          first = first == null ? c : first;
        }
      }
      for (String s : subjects) {
        Optional<String> code = ArxivTaxonomy.codeForName(s);
        if (code.isPresent()) {
          b.addCategory(code.get());
          first = first == null ? code.get() : first;
        }
      }
      return b.primaryCategory(first).build();
    }
  }

  private Metadata metadata() throws XMLStreamException {
    Metadata m = new Metadata();
    List<String> dates = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "metadata".equals(r.getLocalName())) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "arXiv", "arXivRaw", "dc" -> { }
        case "authors" -> authors(m);
        case "id" -> m.id = text.stripped(r);
        case "created" -> m.published = Dates.day(text.text(r)).orElse(null);
        case "updated" -> m.updated = Dates.day(text.text(r)).orElse(null);
        case "author" -> m.authors.add(structuredAuthor());
        case "title" -> m.title = text.text(r);
        case "categories" -> m.categories = text.text(r);
        case "comments" -> m.comment = text.text(r);
        case "journal-ref" -> m.journalRef = text.text(r);
        case "doi" -> m.doi = text.text(r);
        case "abstract" -> m.abstractRaw = text.stripped(r); // the paper keeps it stripped
        case "version" -> version(m);
        case "creator" -> m.authors.add(Author.of(invertName(text.text(r))));
        case "subject" -> m.subjects.add(text.stripped(r));
        case "description" -> descriptions.add(text.text(r));
        case "date" -> dates.add(text.text(r));
        default -> Xml.skip(r);
      }
    }
    if (!dates.isEmpty()) {
      m.published = Dates.day(dates.get(0)).orElse(m.published);
      m.updated = Dates.day(dates.get(dates.size() - 1)).orElse(m.updated);
    }
    for (String d : descriptions) {
      String t = d.strip();
      if (t.startsWith("Comment:")) {
        m.comment = t.substring(8);
      } else if (m.abstractRaw == null) {
        m.abstractRaw = t;
      }
    }
    return m;
  }

  // arXiv nests <author> elements in <authors>; arXivRaw writes one comma-separated string.
  private void authors(Metadata m) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    boolean structured = false;
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "authors".equals(r.getLocalName())) {
        break;
      }
      if (e == XMLStreamConstants.START_ELEMENT) {
        if ("author".equals(r.getLocalName())) {
          structured = true;
          m.authors.add(structuredAuthor());
        } else {
          Xml.skip(r);
        }
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      }
    }
    if (!structured) {
      for (String name : ListingText.creators(TextNormalizer.latexToText(text.toString()))) {
        m.authors.add(Author.of(name));
      }
    }
  }

  private Author structuredAuthor() throws XMLStreamException {
    String keyname = "";
    String forenames = "";
    String suffix = "";
    List<String> affiliations = List.of(); // most authors have none: no list each
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "author".equals(r.getLocalName())) {
        break;
      }
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "keyname" -> keyname = text.text(r);
          case "forenames" -> forenames = text.text(r);
          case "suffix" -> suffix = text.text(r);
          case "affiliation" -> {
            affiliations = affiliations.isEmpty() ? new ArrayList<>() : affiliations;
            affiliations.add(TextNormalizer.latexToText(text.text(r)));
          }
          default -> Xml.skip(r);
        }
      }
    }
    // Without a suffix, no trailing space: the converter reads a text the same with or without
    // one (TextFastPathsTest), and an already-plain name then comes back as it is, unfolded.
    String name = TextNormalizer.latexToText(
        suffix.isEmpty() ? forenames + " " + keyname : forenames + " " + keyname + " " + suffix);
    return new Author(name.isEmpty() ? "(unknown)" : name, affiliations);
  }

  private void version(Metadata m) throws XMLStreamException {
    String v = Xml.attr(r, "version");
    String date = null;
    String size = null;
    String sourceType = null;
    while (true) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT && "version".equals(r.getLocalName())) {
        break;
      }
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "date" -> date = text.text(r);
          case "size" -> size = text.stripped(r);
          case "source_type" -> sourceType = text.stripped(r);
          default -> Xml.skip(r);
        }
      }
    }
    Optional<Instant> when = Dates.rfc1123(date);
    if (v != null && v.matches("v0*[1-9]\\d{0,5}") && when.isPresent()) {
      m.versions.add(new ArxivVersion(Integer.parseInt(v.substring(1)), when.get(),
          Optional.ofNullable(size).filter(s -> !s.isEmpty()), Optional.ofNullable(sourceType).filter(s -> !s.isEmpty())));
    }
  }

  private static Optional<LocalDate> localDate(String s) {
    return Optional.ofNullable(Dates.localDate(s));
  }

  // s.split("\\s+") without its empty strings, and without compiling the pattern per record.
  private static List<String> words(String s) {
    List<String> words = new ArrayList<>(4);
    int start = -1;
    for (int i = 0, n = s.length(); i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (space && start >= 0) {
        words.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  // oai_dc writes "Keyname, Forenames".
  private static String invertName(String raw) {
    String s = TextNormalizer.latexToText(raw);
    int comma = s.indexOf(", ");
    return comma > 0 ? s.substring(comma + 2) + " " + s.substring(0, comma) : s;
  }
}
