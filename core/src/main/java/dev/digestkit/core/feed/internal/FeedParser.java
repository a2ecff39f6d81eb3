package dev.digestkit.core.feed.internal;

import dev.digestkit.core.feed.ParsedFeed;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes, repairs and parses one document: StAX first; on a well-formedness error that is not
 * simply a cut-off end or junk after the root, jsoup's lenient XML parser over the same text.
 */
public final class FeedParser {
  private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);

  private FeedParser() {}

  /** Parses {@code bytes}, already within the size cap. */
  public static ParsedFeed parse(byte[] bytes, URI documentUrl, Optional<Charset> httpCharset, Limits limits) {
    Problems problems = new Problems();
    String text = Decoding.decode(bytes, httpCharset, problems);
    int first = firstNonSpace(text);
    if (first < text.length() && (text.charAt(first) == '{' || text.charAt(first) == '[')) {
      return JsonFeedParser.parse(text, documentUrl, limits, problems);
    }
    // Most feeds are well-formed: read them as they are, and pay for the repair pass (and a
    // second read) only when the strict parser objects. The strict pass is safe on its own: it
    // reads no DTD, resolves nothing and rejects any entity it would have to expand.
    FeedHandler h = new FeedHandler(documentUrl, limits);
    String doc = text;
    try {
      StaxDriver.run(text, h);
      return result(h, problems, documentUrl);
    } catch (XMLStreamException e) {
      doc = XmlRepair.repair(text, problems);
      h = new FeedHandler(documentUrl, limits);
    } catch (LimitExceeded e) {
      problems.add(e.getMessage());
      return result(h, problems, documentUrl);
    }
    try {
      StaxDriver.run(doc, h);
    } catch (XMLStreamException e) {
      int line = lineOf(e);
      String what = message(e);
      if (h.rootClosed()) {
        problems.add("line " + line + ": content after the root element ignored (" + what + ")");
      } else if (line >= lastContentLine(doc)) {
        problems.add("line " + line + ": document cut off (" + what + "); complete entries kept");
      } else {
        problems.add("line " + line + ": " + what + "; read with the lenient parser");
        LOG.debug("lenient re-read of {}: {}", documentUrl, what);
        h = new FeedHandler(documentUrl, limits);
        try {
          JsoupDriver.run(doc, h);
        } catch (LimitExceeded le) {
          problems.add(le.getMessage());
        }
      }
    } catch (LimitExceeded e) {
      problems.add("line " + Problems.lineOf(doc, doc.length()) + "?: " + e.getMessage());
    }
    return result(h, problems, documentUrl);
  }

  private static ParsedFeed result(FeedHandler h, Problems problems, URI documentUrl) {
    ParsedFeed feed = h.result(problems);
    if (feed.bozo()) {
      LOG.warn("{}: recovered from {}", documentUrl, feed.bozoReasons().get(0));
    }
    return feed;
  }

  private static int lineOf(XMLStreamException e) {
    Location loc = e.getLocation();
    return loc == null || loc.getLineNumber() < 1 ? 1 : loc.getLineNumber();
  }

  /** The parser's own message without its "ParseError at [row,col]" preamble. */
  private static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).replace('\n', ' ').trim();
  }

  private static int lastContentLine(String doc) {
    int end = doc.length();
    while (end > 0 && Character.isWhitespace(doc.charAt(end - 1))) {
      end--;
    }
    return Problems.lineOf(doc, end);
  }

  private static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }
}
