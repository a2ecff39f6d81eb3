package dev.digestkit.arxiv.internal;

import dev.digestkit.core.DigestException;
import dev.digestkit.core.ParseException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.text.StringEscapeUtils;

/** StAX plumbing shared by the arXiv readers: a hardened factory and lenient text reading. */
public final class Xml {
  /** Atom's namespace. */
  public static final String ATOM = "http://www.w3.org/2005/Atom";
  /** arXiv's Atom extension namespace ({@code arxiv:primary_category}, {@code arxiv:announce_type}). */
  public static final String ARXIV = "http://arxiv.org/schemas/atom";
  /** OpenSearch 1.1, used for {@code totalResults}. */
  public static final String OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/";
  /** Dublin Core elements. */
  public static final String DC = "http://purl.org/dc/elements/1.1/";
  /** OAI-PMH 2.0. */
  public static final String OAI = "http://www.openarchives.org/OAI/2.0/";

  /**
   * Largest document read: 32 MiB, several times arXiv's largest pages (2,000 API results, an
   * OAI-PMH page), small enough that a hostile document cannot exhaust a modest heap.
   */
  public static final long MAX_DOCUMENT_BYTES = 32L * 1024 * 1024;

  private static final XMLInputFactory FACTORY = newFactory();

  private Xml() {}

  // Untrusted documents: no DTDs, no external entities, and entity references are reported
  // rather than expanded, so neither XXE nor entity-expansion bombs can reach us.
  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /**
   * Opens a reader over {@code in}; the encoding comes from the document itself. Reading past
   * {@link #MAX_DOCUMENT_BYTES} throws a {@link ParseException}.
   */
  public static XMLStreamReader open(InputStream in, URI location) {
    try {
      return FACTORY.createXMLStreamReader(new CappedInputStream(in, MAX_DOCUMENT_BYTES, location));
    } catch (XMLStreamException e) {
      throw parseError(location, e);
    }
  }

  /** Advances to the root element and returns its local name. */
  public static String root(XMLStreamReader r, URI location) {
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          return r.getLocalName();
        }
      }
    } catch (XMLStreamException e) {
      throw parseError(location, e);
    }
    throw new ParseException(String.valueOf(location), "document has no root element");
  }

  /**
   * Reads the text content of the current element, including that of nested elements, and
   * leaves the reader on its end tag. Undeclared entity references ({@code &nbsp;}) are decoded
   * as HTML entities when known and kept literally otherwise.
   */
  public static String text(XMLStreamReader r) throws XMLStreamException {
    return new TextBuffer().text(r);
  }

  /**
   * Reads element text through one reusable char buffer: the JDK reader hands out a text event's
   * chars without making a String of them ({@code getTextCharacters}), and an abstract comes in
   * several events (split at each {@code &quot;} and at the reader's buffer boundaries), so one
   * String per element is made instead of one per event plus a builder. One per document reader;
   * not thread-safe.
   */
  public static final class TextBuffer {
    private char[] chars = new char[1024];
    private int length;

    /** Like {@link Xml#text}. */
    public String text(XMLStreamReader r) throws XMLStreamException {
      read(r);
      return length == 0 ? "" : new String(chars, 0, length);
    }

    /** {@link #text} with leading and trailing whitespace stripped, as {@link String#strip} would. */
    public String stripped(XMLStreamReader r) throws XMLStreamException {
      read(r);
      int from = 0;
      int to = length;
      while (from < to && Character.isWhitespace(chars[from])) {
        from++;
      }
      while (to > from && Character.isWhitespace(chars[to - 1])) {
        to--;
      }
      return from == to ? "" : new String(chars, from, to - from);
    }

    private void read(XMLStreamReader r) throws XMLStreamException {
      length = 0;
      int depth = 1;
      while (true) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> depth++;
          case XMLStreamConstants.END_ELEMENT -> {
            if (--depth == 0) {
              return;
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          case XMLStreamConstants.ENTITY_REFERENCE -> {
            String e = entity(r.getLocalName());
            append(e.toCharArray(), 0, e.length());
          }
          default -> { }
        }
      }
    }

    private void append(char[] source, int start, int count) {
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
      }
      System.arraycopy(source, start, chars, length, count);
      length += count;
    }
  }

  /** Skips the current element and everything in it; leaves the reader on its end tag. */
  public static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** True when the current start element is {@code ns}:{@code local}. */
  public static boolean is(XMLStreamReader r, String ns, String local) {
    return local.equals(r.getLocalName()) && ns.equals(r.getNamespaceURI());
  }

  /** The attribute {@code name} (no namespace), or null. */
  public static String attr(XMLStreamReader r, String name) {
    return r.getAttributeValue(null, name);
  }

  /** A {@link ParseException} carrying the location of a StAX error. */
  public static ParseException parseError(URI location, XMLStreamException e) {
    Location l = e.getLocation();
    return new ParseException(String.valueOf(location), l == null ? -1 : l.getLineNumber(),
        l == null ? -1 : l.getColumnNumber(), "malformed XML: " + e.getMessage(), e);
  }

  /** A {@link ParseException} at the reader's current position. */
  public static ParseException parseError(URI location, XMLStreamReader r, String message, Throwable cause) {
    Location l = r.getLocation();
    return new ParseException(String.valueOf(location), l == null ? -1 : l.getLineNumber(),
        l == null ? -1 : l.getColumnNumber(), message, cause);
  }

  /**
   * Wraps a runtime failure met while reading; a {@link DigestException} passes through, anything
   * else (a bug, or a StAX implementation giving up oddly) becomes a {@link ParseException}.
   */
  public static DigestException unexpected(URI location, XMLStreamReader r, RuntimeException e) {
    if (e instanceof DigestException d) {
      return d;
    }
    return parseError(location, r, "cannot read the document: " + e, e);
  }

  /** {@code href} as a URI, or null when it is blank or malformed. */
  public static URI uri(String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      return URI.create(href.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Closes the reader, ignoring failures: it holds no resource the caller did not open. */
  public static void closeQuietly(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // nothing to release beyond the caller's stream
    }
  }

  private static String entity(String name) {
    String ref = "&" + name + ";";
    return StringEscapeUtils.unescapeHtml4(ref);
  }
}
