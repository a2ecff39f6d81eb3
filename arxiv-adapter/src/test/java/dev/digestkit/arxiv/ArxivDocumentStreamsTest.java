package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.arxiv.internal.AtomReader;
import dev.digestkit.arxiv.internal.FeedListingReader;
import dev.digestkit.arxiv.internal.OaiReader;
import dev.digestkit.arxiv.internal.Xml;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * {@link ArxivDocument#parse} reads an in-memory document where it lies (rewinding it) and any
 * other stream from one chunked copy; both must give exactly what the former implementation gave
 * (the document read into one array, each pass parsing a fresh stream over it), kept here as
 * {@link #reference}. Checked on every arXiv test document and on thousands of seeded mutations.
 */
class ArxivDocumentStreamsTest {
  private static final URI LOCATION = URI.create("https://export.arxiv.org/api/query?test");

  /** The ways a document reaches the parser. */
  private static final Map<String, Function<byte[], InputStream>> STREAMS = Map.of(
      "ByteArrayInputStream", ByteArrayInputStream::new,
      "fetched body", ArxivDocumentStreamsTest::fetched,
      "stream positioned after a prefix", ArxivDocumentStreamsTest::afterPrefix,
      "plain stream in pieces", ArxivDocumentStreamsTest::plain);

  @Test
  void everyTestDocumentReadsAsBefore() {
    List<byte[]> docs = documents();
    assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
    for (byte[] doc : docs) {
      sameAsReference(doc, "document of " + doc.length + " bytes");
    }
  }

  @Test
  void mutatedDocumentsReadOrFailAsBefore() {
    List<byte[]> docs = documents();
    Random rnd = new Random(20261123);
    for (int c = 0; c < 1000; c++) {
      byte[] doc = mutate(docs.get(rnd.nextInt(docs.size())), rnd);
      sameAsReference(doc, "mutation " + c);
    }
  }

  private static void sameAsReference(byte[] doc, String what) {
    Object expected = outcome(() -> reference(doc));
    STREAMS.forEach((name, open) -> {
      Object actual = outcome(() -> ArxivDocument.parse(open.apply(doc), LOCATION, 200));
      assertThat(actual).as("%s through a %s", what, name).isEqualTo(expected);
    });
  }

  // The document, or the failure's class and message: what a caller can observe.
  private static Object outcome(java.util.function.Supplier<ArxivDocument> parse) {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  // The implementation this replaced, verbatim but for reading the array up front.
  private static ArxivDocument reference(byte[] bytes) {
    if (bytes.length > Xml.MAX_DOCUMENT_BYTES) {
      throw new ParseException(String.valueOf(LOCATION), "document larger than the cap of " + Xml.MAX_DOCUMENT_BYTES + " bytes");
    }
    XMLStreamReader r = Xml.open(new ByteArrayInputStream(bytes), LOCATION);
    String root;
    try {
      root = Xml.root(r, LOCATION);
    } finally {
      Xml.closeQuietly(r);
    }
    switch (root) {
      case "rss":
        return new ArxivDocument(ArxivDocument.Kind.LISTING, OptionalLong.empty(), FeedListingReader.read(bytes, LOCATION));
      case "feed": {
        AtomReader atom = new AtomReader(new ByteArrayInputStream(bytes), LOCATION, 200);
        List<Paper> papers = atom.readAll();
        boolean listing = atom.totalResults().isEmpty() && papers.stream().anyMatch(p -> p.announceType().isPresent());
        if (listing) {
          return new ArxivDocument(ArxivDocument.Kind.LISTING, OptionalLong.empty(), FeedListingReader.read(bytes, LOCATION));
        }
        return new ArxivDocument(ArxivDocument.Kind.API, atom.totalResults(), papers);
      }
      case "OAI-PMH": {
        OaiReader oai = new OaiReader(new ByteArrayInputStream(bytes), LOCATION);
        List<Paper> papers = new ArrayList<>();
        while (oai.hasNext()) {
          oai.next().paper().ifPresent(papers::add);
        }
        return new ArxivDocument(ArxivDocument.Kind.OAI, OptionalLong.empty(), papers);
      }
      default:
        throw new ParseException(String.valueOf(LOCATION),
            "not an arXiv document (API Atom, RSS/Atom listing or OAI-PMH): root element <" + root + ">");
    }
  }

  private static InputStream fetched(byte[] doc) {
    return new FetchResponse(LOCATION, LOCATION, 200, Map.of(), doc, false).openStream();
  }

  // The parse starts where the caller's stream stands, and rewinds to there, not to its start.
  private static InputStream afterPrefix(byte[] doc) {
    byte[] prefix = "<junk that is not XML>".getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(prefix, prefix.length + doc.length);
    System.arraycopy(doc, 0, all, prefix.length, doc.length);
    ByteArrayInputStream in = new ByteArrayInputStream(all);
    in.skip(prefix.length);
    return in;
  }

  // Neither in memory nor rewindable, and handing out bytes in uneven pieces as a socket does.
  private static InputStream plain(byte[] doc) {
    Random rnd = new Random(doc.length);
    return new InputStream() {
      private int pos;

      @Override
      public int read() {
        return pos < doc.length ? doc[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (pos >= doc.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, doc.length - pos), 1 + rnd.nextInt(20_000));
        System.arraycopy(doc, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  private static byte[] mutate(byte[] doc, Random rnd) {
    byte[] d = doc.clone();
    switch (rnd.nextInt(5)) {
      case 0 -> d = DocumentMutations.truncate(d, rnd);
      case 1 -> d = DocumentMutations.flipBytes(d, rnd);
      case 2 -> d = DocumentMutations.dropStretch(d, rnd);
      case 3 -> {
        // Turn an API page into a header-less Atom document and back: the listing decision.
        String s = new String(d, StandardCharsets.UTF_8);
        s = rnd.nextBoolean() ? s.replace("totalResults", "totalResultz") : s.replace("announce_type", "announce_typo");
        d = s.getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n && d.length > 0; i++) {
          d[rnd.nextInt(d.length)] = (byte) rnd.nextInt(256);
        }
      }
    }
    return d;
  }

  private static List<byte[]> documents() {
    List<byte[]> docs = new ArrayList<>();
    for (String dir : List.of("arxiv-api", "arxiv-oai", "arxiv-rss")) {
      for (String name : list(dir)) {
        if (name.endsWith(".json")) {
          docs.add(Fixtures.cassette(dir + "/" + name).body());
        } else if (name.endsWith(".xml")) {
          docs.add(Fixtures.bytes(dir + "/" + name));
        }
      }
    }
    return docs;
  }

  private static List<String> list(String dir) {
    try (Stream<Path> files = Files.list(Path.of(ArxivDocumentStreamsTest.class.getResource("/" + dir).toURI()))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
