package dev.digestkit.core.feed.internal;

import dev.digestkit.core.feed.Enclosure;
import dev.digestkit.core.feed.FeedDates;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.feed.FeedFormat;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.model.Text;
import dev.digestkit.core.text.TextNormalizer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a document's element events to a {@link ParsedFeed}. Fed by {@link StaxDriver} for
 * well-formed documents and by {@link JsoupDriver} walking jsoup's lenient tree otherwise, so
 * both paths share one mapping. Single use, not thread-safe.
 */
final class FeedHandler {
  static final String ATOM10 = "http://www.w3.org/2005/Atom";
  static final String ATOM03 = "http://purl.org/atom/ns#";
  static final String RSS10 = "http://purl.org/rss/1.0/";
  static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String MEDIA = "http://search.yahoo.com/mrss/";

  private final Limits limits;
  private final URI[] bases;
  private FeedFormat format = FeedFormat.UNKNOWN;
  private String rootNs = "";
  private String rootName;
  private boolean rootClosed;
  private int depth;
  private int containerDepth = -1;
  private int entryDepth = -1;
  private int captureDepth = -1;
  private Capture capture;
  private EntryBuilder entry;
  private final List<FeedEntry> entries = new ArrayList<>();
  private boolean entriesCapped;
  private Text title;
  private URI link;
  private Text description;
  // RSS items usually carry the same URL as <link> and <guid>: the second one is not parsed again
  private URI lastBase;
  private String lastRef;
  private Optional<URI> lastResolved;
  // extension keys "{ns}local", built once per element name rather than once per element
  private final String[] keyNs = new String[8];
  private final String[] keyLocal = new String[8];
  private final String[] keys = new String[8];
  private int nextKey;

  FeedHandler(URI documentUrl, Limits limits) {
    this.limits = limits;
    this.bases = new URI[limits.maxDepth() + 2];
    bases[0] = documentUrl;
  }

  /** True while text would be kept; drivers skip building strings otherwise. */
  boolean wantsText() {
    return capture != null;
  }

  /** True when the next end tag closes an element nested in a captured field, whose name is kept. */
  boolean wantsEndName() {
    return capture != null && depth > captureDepth;
  }

  boolean rootClosed() {
    return rootClosed;
  }

  int depth() {
    return depth;
  }

  /** An element starts; {@code qname} is only read while {@link #wantsText()}, and drivers may pass {@code local} otherwise. */
  void start(String ns, String local, String qname, Map<String, String> attrs) {
    depth++;
    if (depth > limits.maxDepth()) {
      throw new LimitExceeded("elements nested deeper than " + limits.maxDepth() + "; the rest is ignored");
    }
    String xmlBase = attrs.isEmpty() ? null : attrs.get("xml:base");
    bases[depth] = xmlBase == null ? bases[depth - 1] : Urls.resolve(bases[depth - 1], xmlBase).orElse(bases[depth - 1]);
    if (capture != null) {
      capture.startChild(ns, local, qname, attrs);
      return;
    }
    if (depth == 1) {
      root(ns, local, attrs);
      return;
    }
    if (entryDepth < 0 && isEntry(ns, local)) {
      if (entries.size() >= limits.maxEntries()) {
        entriesCapped = true;
        return;
      }
      entryDepth = depth;
      entry = new EntryBuilder();
      String about = attrs.get("rdf:about");
      entry.about = about;
      return;
    }
    if (entryDepth < 0 && containerDepth < 0 && local.equals("channel")) {
      containerDepth = depth;
      if (format == FeedFormat.RSS_1_0 && ns.equals(RSS090)) {
        format = FeedFormat.RSS_0_90;
      }
      return;
    }
    if ((entryDepth > 0 && depth == entryDepth + 1) || (entryDepth < 0 && depth == containerDepth + 1)) {
      captureDepth = depth;
      capture = new Capture(ns, local, attrs, bases[depth], limits.maxTextLength());
    }
  }

  void text(char[] ch, int start, int length) {
    if (capture != null) {
      capture.text(ch, start, length);
    }
  }

  void text(String s) {
    if (capture != null) {
      capture.text(s);
    }
  }

  void end(String qname) {
    if (capture != null) {
      if (depth == captureDepth) {
        Capture c = capture;
        capture = null;
        captureDepth = -1;
        if (entryDepth > 0) {
          entryField(c);
        } else {
          feedField(c);
        }
      } else {
        capture.endChild(qname);
      }
    } else if (depth == entryDepth) {
      entries.add(entry.build());
      entry = null;
      entryDepth = -1;
    }
    depth--;
    if (depth == 0) {
      rootClosed = true;
    }
  }

  private void root(String ns, String local, Map<String, String> attrs) {
    rootNs = ns;
    rootName = local;
    if (local.equals("rss")) {
      String v = attrs.getOrDefault("version", "").trim();
      format = v.startsWith("0.91") ? FeedFormat.RSS_0_91
          : v.startsWith("0.92") || v.startsWith("0.93") || v.startsWith("0.94") ? FeedFormat.RSS_0_92
          : v.equals("0.90") ? FeedFormat.RSS_0_90
          : FeedFormat.RSS_2_0;
    } else if (local.equals("RDF")) {
      format = FeedFormat.RSS_1_0;
    } else if (local.equals("feed")) {
      format = ns.equals(ATOM03) || attrs.getOrDefault("version", "").startsWith("0.") ? FeedFormat.ATOM_0_3 : FeedFormat.ATOM_1_0;
      containerDepth = 1;
    } else if (local.equals("channel")) {
      format = FeedFormat.RSS_2_0;
      containerDepth = 1;
    }
  }

  private boolean isEntry(String ns, String local) {
    if (local.equals("item")) {
      return ns.isEmpty() || ns.equals(rootNs) || ns.equals(RSS10) || ns.equals(RSS090);
    }
    return local.equals("entry") && (ns.equals(ATOM10) || ns.equals(ATOM03) || ns.equals(rootNs));
  }

  /** Elements of the format itself, as opposed to extension modules. */
  private boolean isCore(String ns) {
    return ns.isEmpty() || ns.equals(rootNs) || ns.equals(RSS10) || ns.equals(RSS090) || ns.equals(ATOM10) || ns.equals(ATOM03);
  }

  private void feedField(Capture c) {
    if (!isCore(c.ns)) {
      if (c.ns.equals(DC) && c.local.equals("title") && title == null) {
        title = text(c.raw(), null);
      }
      return;
    }
    switch (c.local) {
      case "title":
        if (title == null) {
          title = text(c, null);
        }
        break;
      case "link":
        String href = c.attr("href");
        if (href != null) {
          String rel = c.attrs.getOrDefault("rel", "alternate");
          if (link == null && rel.equals("alternate")) {
            link = resolve(c.base, href).orElse(null);
          }
        } else if (link == null && !c.ns.equals(ATOM10)) {
          link = resolve(c.base, c.plainText()).orElse(null);
        }
        break;
      case "description":
      case "subtitle":
      case "tagline":
        if (description == null) {
          description = text(c, null);
        }
        break;
      default:
        break;
    }
  }

  /** {@link Urls#resolve}, remembering the last answer: it is a pure function of its arguments. */
  private Optional<URI> resolve(URI base, String ref) {
    if (base == lastBase && ref != null && ref.equals(lastRef)) {
      return lastResolved;
    }
    Optional<URI> u = Urls.resolve(base, ref);
    lastBase = base;
    lastRef = ref;
    lastResolved = u;
    return u;
  }

  private String extensionKey(String ns, String local) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null && local.equals(keyLocal[i]) && ns.equals(keyNs[i])) {
        return keys[i];
      }
    }
    int i = nextKey;
    nextKey = (nextKey + 1) % keys.length;
    keyNs[i] = ns;
    keyLocal[i] = local;
    keys[i] = "{" + ns + "}" + local;
    return keys[i];
  }

  private void entryField(Capture c) {
    EntryBuilder e = entry;
    boolean core = isCore(c.ns);
    if (!c.ns.isEmpty() && !c.ns.equals(rootNs)) {
      e.extension(extensionKey(c.ns, c.local), c.hasChildren() ? c.raw() : c.plainText().trim());
    }
    if (core) {
      coreEntryField(e, c);
    } else if (c.ns.equals(DC) || c.ns.equals(DCTERMS)) {
      switch (c.local) {
        case "creator": case "contributor": addAuthor(e, c.plainText()); break;
        case "subject": addCategory(e, c.plainText()); break;
        case "date": case "created": case "issued":
          if (e.published == null) {
            e.published = date(c);
          }
          break;
        case "modified":
          if (e.updated == null) {
            e.updated = date(c);
          }
          break;
        case "title": if (e.title == null) { e.title = text(c.raw(), null); } break;
        case "description": case "abstract": if (e.summary == null) { e.summary = text(c.raw(), null); } break;
        case "identifier": if (e.id == null) { e.id = c.plainText().trim(); } break;
        default: break;
      }
    } else if (c.ns.equals(CONTENT) && c.local.equals("encoded")) {
      if (e.content == null) {
        e.content = Text.html(c.raw());
      }
    } else if (c.ns.equals(MEDIA)) {
      media(e, c.local, c.attrs, c.base);
      for (Capture.Child ch : c.children()) {
        if (ch.ns().equals(MEDIA)) {
          media(e, ch.local(), ch.attrs(), c.base);
        }
      }
    }
  }

  private void coreEntryField(EntryBuilder e, Capture c) {
    switch (c.local) {
      case "title":
        if (e.title == null) {
          e.title = text(c, null);
        }
        break;
      case "link": {
        String href = c.attr("href");
        if (href != null) {
          Optional<URI> u = resolve(c.base, href);
          if (u.isEmpty()) {
            break;
          }
          String rel = c.attrs.getOrDefault("rel", "alternate").trim();
          if (rel.equals("enclosure")) {
            e.enclosures.add(new Enclosure(u.get(), Optional.ofNullable(c.attr("type")), length(c.attr("length"))));
          } else {
            e.addLink(u.get());
            if (e.link == null && rel.equals("alternate")) {
              e.link = u.get();
            }
          }
        } else if (!c.plainText().isBlank()) {
          // RSS <link>, or an Atom link that wrongly carries its URL as text: rel still counts
          String rel = c.attrs.getOrDefault("rel", "alternate").trim();
          resolve(c.base, c.plainText()).ifPresent(u -> {
            if (rel.equals("enclosure")) {
              e.enclosures.add(new Enclosure(u, Optional.ofNullable(c.attr("type")), length(c.attr("length"))));
              return;
            }
            e.addLink(u);
            if (e.link == null && rel.equals("alternate")) {
              e.link = u;
            }
          });
        }
        break;
      }
      case "guid": {
        String g = c.plainText().trim();
        if (e.id == null) {
          e.id = g;
        }
        if (!"false".equalsIgnoreCase(c.attrs.getOrDefault("isPermaLink", "true").trim())
            && (g.startsWith("http://") || g.startsWith("https://"))) {
          e.guidLink = resolve(c.base, g).orElse(null);
        }
        break;
      }
      case "id":
        if (e.id == null) {
          e.id = c.plainText().trim();
        }
        break;
      case "description":
      case "summary":
        if (e.summary == null) {
          e.summary = text(c, null);
        }
        break;
      case "content":
        if (e.content == null) {
          e.content = text(c, "html");
        }
        break;
      case "pubDate":
      case "published":
      case "issued":
      case "created":
        if (e.published == null) {
          e.published = date(c);
        }
        break;
      case "updated":
      case "modified":
        if (e.updated == null) {
          e.updated = date(c);
        }
        break;
      case "author":
      case "contributor":
        if (c.local.equals("contributor") && !e.authors.isEmpty()) {
          break;
        }
        if (c.hasChildren()) {
          for (Capture.Child ch : c.children()) {
            if (ch.local().equals("name")) {
              addAuthor(e, ch.text());
            }
          }
        } else {
          addAuthor(e, rssAuthor(c.plainText()));
        }
        break;
      case "category": {
        String term = c.attr("term");
        addCategory(e, term != null ? term : c.plainText());
        break;
      }
      case "enclosure": {
        String url = c.attr("url");
        if (url != null) {
          resolve(c.base, url).ifPresent(u ->
              e.enclosures.add(new Enclosure(u, Optional.ofNullable(c.attr("type")), length(c.attr("length")))));
        }
        break;
      }
      default:
        break;
    }
  }

  private static void media(EntryBuilder e, String local, Map<String, String> attrs, URI base) {
    if (e.image != null) {
      return;
    }
    String url = attrs.get("url");
    if (url == null) {
      return;
    }
    boolean image = local.equals("thumbnail")
        || (local.equals("content") && ("image".equals(attrs.get("medium"))
            || attrs.getOrDefault("type", "").startsWith("image/")));
    if (image) {
      e.image = Urls.resolve(base, url).orElse(null);
    }
  }

  /** "jane@example.com (Jane Doe)" → "Jane Doe"; anything else as given. */
  private static String rssAuthor(String s) {
    String t = s.trim();
    int open = t.indexOf('(');
    if (open > 0 && t.endsWith(")") && t.substring(0, open).contains("@")) {
      return t.substring(open + 1, t.length() - 1).trim();
    }
    return t;
  }

  private static void addAuthor(EntryBuilder e, String name) {
    String n = TextNormalizer.plain(name);
    if (!n.isEmpty() && !e.authors.contains(n)) {
      e.authors.add(n);
    }
  }

  private static void addCategory(EntryBuilder e, String name) {
    String n = TextNormalizer.plain(name);
    if (!n.isEmpty() && !e.categories.contains(n)) {
      e.categories.add(n);
    }
  }

  private static Instant date(Capture c) {
    return FeedDates.parse(c.plainText()).orElse(null);
  }

  private static Optional<Long> length(String s) {
    if (s == null) {
      return Optional.empty();
    }
    try {
      long v = Long.parseLong(s.trim());
      return v >= 0 ? Optional.of(v) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Text of a captured title, summary or content. Atom 0.3's {@code mode="base64"}, and a media
   * type that is neither text nor XML (RFC 4287 4.1.3.3), mean the element holds base64; text
   * that does not decode as base64 UTF-8 is kept as written.
   */
  static Text text(Capture c, String defaultType) {
    String type = c.attr("type");
    String raw = c.raw();
    if (isBase64(c.attr("mode"), type)) {
      raw = base64Text(raw).orElse(raw);
      if (type != null && !type.trim().startsWith("text/")) {
        type = null;
      }
    }
    return text(raw, type == null ? defaultType : type);
  }

  private static Optional<String> base64Text(String raw) {
    // The MIME decoder skips stray characters, so check the alphabet first: prose is not base64.
    String compact = raw.replaceAll("\\s+", "");
    if (compact.isEmpty() || compact.length() % 4 != 0 || !compact.matches("[A-Za-z0-9+/]+={0,2}")) {
      return Optional.empty();
    }
    try {
      byte[] bytes = java.util.Base64.getDecoder().decode(compact);
      return Optional.of(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean isBase64(String mode, String type) {
    if (mode != null && mode.trim().equalsIgnoreCase("base64")) {
      return true;
    }
    if (type == null || type.indexOf('/') < 0) {
      return false;
    }
    String t = type.trim().toLowerCase(java.util.Locale.ROOT);
    return !t.startsWith("text/") && !t.endsWith("+xml") && !t.endsWith("/xml");
  }

  /**
   * Text of a title or summary. Atom's {@code type="text"} is plain; {@code html} and
   * {@code xhtml} are HTML; without a type, text is treated as HTML only when it could hold
   * markup, which keeps jsoup off the common plain case.
   */
  static Text text(String raw, String type) {
    if (type != null) {
      String t = type.trim();
      if (t.equals("text") || t.equals("text/plain")) {
        return Text.plain(raw);
      }
      return Text.html(raw);
    }
    return raw.indexOf('<') >= 0 || raw.indexOf('&') >= 0 ? Text.html(raw) : Text.plain(raw);
  }

  /** The feed read so far; entries still open (a cut-off document) are left out. */
  ParsedFeed result(Problems problems) {
    if (entriesCapped) {
      problems.add("more than " + limits.maxEntries() + " entries; the rest are ignored");
    }
    if (format == FeedFormat.UNKNOWN) {
      problems.add(rootName == null ? "no root element: not a feed"
          : "root element <" + rootName + "> is not RSS, RDF or Atom");
    }
    return new ParsedFeed(format, title, Optional.ofNullable(link), description, entries, problems.any(), problems.reasons());
  }
}
