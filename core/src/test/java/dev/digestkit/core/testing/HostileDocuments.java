package dev.digestkit.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Documents built to hurt a parser: XXE, entity bombs, deep nesting, huge attributes, invalid
 * UTF-8, compression bombs. Big ones are generated lazily as streams, so a test never holds them.
 *
 * <p>Each XML document is one of a few {@link Shape}s (RSS, Atom, OAI-PMH, HTML listing) with the
 * payload where a parser reads an entry's title, so the parser really descends into it.
 */
public final class HostileDocuments {
  private HostileDocuments() {}

  /** Where the payload sits: the text before and after an entry's title. */
  public enum Shape {
    /** An RSS 2.0 channel with one item. */
    RSS("rss", "<rss version=\"2.0\"><channel><title>hostile</title><link>http://example.org/</link>"
        + "<item><link>http://example.org/1</link><guid>http://example.org/1</guid><title>",
        "</title><description>d</description></item></channel></rss>"),
    /** An Atom feed as the arXiv API serves it, with one entry. */
    ATOM("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>hostile</title><id>urn:x</id>"
        + "<updated>2024-01-01T00:00:00Z</updated><entry><id>http://arxiv.org/abs/2401.00001v1</id>"
        + "<updated>2024-01-01T00:00:00Z</updated><published>2024-01-01T00:00:00Z</published>"
        + "<author><name>A. Author</name></author><summary>s</summary><title>",
        "</title></entry></feed>"),
    /** An OAI-PMH ListRecords page in arXiv's metadata format with one record. */
    OAI_PMH("OAI-PMH", "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2024-01-01T00:00:00Z"
        + "</responseDate><request verb=\"ListRecords\">http://export.arxiv.org/oai2</request><ListRecords><record>"
        + "<header><identifier>oai:arXiv.org:2401.00001</identifier><datestamp>2024-01-01</datestamp>"
        + "<setSpec>cs</setSpec></header><metadata><arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\">"
        + "<id>2401.00001</id><created>2024-01-01</created><authors><author><keyname>Author</keyname>"
        + "</author></authors><categories>cs.LG</categories><abstract>a</abstract><title>",
        "</title></arXiv></metadata></record></ListRecords></OAI-PMH>"),
    /** An HTML news or listing page with one linked headline. */
    HTML("html", "<html><head><title>hostile</title></head><body><article><h2><a href=\"/post/1\">",
        "</a></h2><time datetime=\"2024-01-01\">Jan 1</time></article></body></html>");

    private final String root;
    private final String head;
    private final String tail;

    Shape(String root, String head, String tail) {
      this.root = root;
      this.head = head;
      this.tail = tail;
    }

    /** The root element's name, which a DOCTYPE must repeat. */
    public String root() {
      return root;
    }

    /** The document with {@code title} (raw markup, not escaped) as the entry's title. */
    public String wrap(String doctype, String title) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + head + title + tail;
    }
  }

  /** An external general entity pointing at {@code file}, used in the title. */
  public static byte[] xxeFile(Shape shape, Path file) {
    String dt = "<!DOCTYPE " + shape.root() + " [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n";
    return utf8(shape.wrap(dt, "before&xxe;after"));
  }

  /** An external parameter entity pointing at {@code file}, expanded inside the DTD. */
  public static byte[] xxeParameterEntity(Shape shape, Path file) {
    String dt = "<!DOCTYPE " + shape.root() + " [<!ENTITY % xxe SYSTEM \"" + file.toUri() + "\"> %xxe;]>\n";
    return utf8(shape.wrap(dt, "title"));
  }

  /** An external general entity at {@code url} (point it at a local server that counts requests). */
  public static byte[] xxeHttp(Shape shape, URI url) {
    String dt = "<!DOCTYPE " + shape.root() + " [<!ENTITY xxe SYSTEM \"" + url + "\">]>\n";
    return utf8(shape.wrap(dt, "before&xxe;after"));
  }

  /** An external DTD subset at {@code url}. */
  public static byte[] externalDtd(Shape shape, URI url) {
    String dt = "<!DOCTYPE " + shape.root() + " SYSTEM \"" + url + "\">\n";
    return utf8(shape.wrap(dt, "title"));
  }

  /** The classic billion laughs: 10 levels of 10 references, 10^9 "lol"s when expanded. */
  public static byte[] billionLaughs(Shape shape) {
    StringBuilder dt = new StringBuilder("<!DOCTYPE ").append(shape.root()).append(" [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dt.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dt.append("&lol").append(i - 1).append(';');
      }
      dt.append("\">\n");
    }
    dt.append("]>\n");
    return utf8(shape.wrap(dt.toString(), "&lol9;"));
  }

  /**
   * Quadratic blow-up: one 50,000-character entity referenced 50,000 times, about 2.5 GB of text
   * from a document of about 200 KB, slipping under limits that only count nesting.
   */
  public static byte[] quadraticBlowup(Shape shape) {
    String big = "x".repeat(50_000);
    String dt = "<!DOCTYPE " + shape.root() + " [<!ENTITY a \"" + big + "\">]>\n";
    return utf8(shape.wrap(dt, "&a;".repeat(50_000)));
  }

  /** Elements nested {@code depth} deep inside the title, streamed. */
  public static InputStream deepNesting(Shape shape, int depth) {
    String[] parts = split(shape.wrap("", "\u0000"));
    return concat(
        text(parts[0]),
        repeat("<b>".getBytes(StandardCharsets.US_ASCII), depth),
        text("deep"),
        repeat("</b>".getBytes(StandardCharsets.US_ASCII), depth),
        text(parts[1]));
  }

  /** An attribute value of {@code bytes} bytes on an element inside the title, streamed. */
  public static InputStream hugeAttribute(Shape shape, long bytes) {
    String[] parts = split(shape.wrap("", "\u0000"));
    return concat(
        text(parts[0] + "<span class=\""),
        repeat("AAAAAAAAAAAAAAAA".getBytes(StandardCharsets.US_ASCII), bytes / 16),
        text("\">t</span>" + parts[1]));
  }

  /** Text content of {@code bytes} bytes in the title, streamed: a well-formed but oversized document. */
  public static InputStream hugeText(Shape shape, long bytes) {
    String[] parts = split(shape.wrap("", "\u0000"));
    return concat(text(parts[0]), repeat("lorem ipsum dolor sit amet, ..\n".getBytes(StandardCharsets.US_ASCII), bytes / 32),
        text(parts[1]));
  }

  /**
   * A document declared UTF-8 whose title holds invalid sequences: a truncated 2-byte sequence,
   * 0xFF, an overlong slash, an encoded surrogate and a 5-byte form.
   */
  public static byte[] invalidUtf8(Shape shape) {
    String[] parts = split(shape.wrap("", "\u0000"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(parts[0]));
    out.writeBytes(new byte[] {'a', (byte) 0xC3, '(', 'b', (byte) 0xFF, 'c', (byte) 0xC0, (byte) 0xAF, 'd',
        (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'e', (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    out.writeBytes(utf8(parts[1]));
    return out.toByteArray();
  }

  /** {@code bytes} zero bytes gzip-compressed: about 1 KB of output per MB of input. */
  public static byte[] gzipBomb(long bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[1 << 20];
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (long left = bytes; left > 0; left -= zeros.length) {
        gz.write(zeros, 0, (int) Math.min(left, zeros.length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code bytes} bytes of the letter {@code a}, generated as read. */
  public static InputStream endless(long bytes) {
    return repeat("a".repeat(4096).getBytes(StandardCharsets.US_ASCII), bytes / 4096);
  }

  private static String[] split(String doc) {
    int i = doc.indexOf('\u0000');
    return new String[] {doc.substring(0, i), doc.substring(i + 1)};
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static InputStream text(String s) {
    return new java.io.ByteArrayInputStream(utf8(s));
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  /** {@code unit} repeated {@code times} times, produced on demand. */
  static InputStream repeat(byte[] unit, long times) {
    return new RepeatingInputStream(unit, times);
  }

  private static final class RepeatingInputStream extends InputStream {
    private final byte[] unit;
    private final long total;
    private long pos;

    RepeatingInputStream(byte[] unit, long times) {
      this.unit = unit.clone();
      this.total = unit.length * times;
    }

    @Override
    public int read() {
      return pos < total ? unit[(int) (pos++ % unit.length)] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - pos);
      int done = 0;
      while (done < n) {
        int at = (int) ((pos + done) % unit.length);
        int k = Math.min(unit.length - at, n - done);
        System.arraycopy(unit, at, b, off + done, k);
        done += k;
      }
      pos += n;
      return n;
    }
  }
}
