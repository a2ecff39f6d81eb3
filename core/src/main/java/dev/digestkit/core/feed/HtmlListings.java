package dev.digestkit.core.feed;

import dev.digestkit.core.ParseException;
import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Reads announcements from a news page that has no feed, with the CSS selectors of an
 * {@link HtmlListing}. Items without a title or a link are skipped; a URL seen twice on the page
 * is kept once. Thread-safe (stateless).
 */
public final class HtmlListings {
  /** Largest listing page read, like a feed's cap: jsoup holds the whole page, so it must be bounded. */
  private static final int MAX_PAGE_BYTES = (int) FeedReader.DEFAULT_MAX_BYTES;

  private HtmlListings() {}

  /**
   * Reads {@code in}, the page at {@code pageUrl} (relative links resolve against it).
   *
   * @param charset the HTTP charset, if any; otherwise the page's meta tag or UTF-8
   * @throws ParseException when the stream fails, the page is larger than 16 MiB or a selector is
   *     invalid
   */
  public static List<Announcement> read(InputStream in, URI pageUrl, Optional<Charset> charset, HtmlListing listing,
      Publisher publisher) {
    Checks.notNull(in, "in");
    Checks.notNull(listing, "listing");
    Checks.notNull(publisher, "publisher");
    Document doc;
    try {
      byte[] page = in.readNBytes(MAX_PAGE_BYTES + 1);
      if (page.length > MAX_PAGE_BYTES) {
        throw new ParseException(pageUrl.toString(), "listing page larger than the cap of " + MAX_PAGE_BYTES + " bytes");
      }
      doc = Jsoup.parse(new ByteArrayInputStream(page), charset.map(Charset::name).orElse(null), pageUrl.toString());
    } catch (IOException e) {
      throw new ParseException(pageUrl.toString(), "listing page could not be read: " + e.getMessage(), e);
    }
    try {
      return read(doc, listing, publisher);
    } catch (Selector.SelectorParseException e) {
      throw new ParseException(pageUrl.toString(), "invalid selector in listing of " + publisher.id() + ": " + e.getMessage(), e);
    }
  }

  private static List<Announcement> read(Document doc, HtmlListing listing, Publisher publisher) {
    List<Announcement> out = new ArrayList<>();
    Set<URI> seen = new LinkedHashSet<>();
    for (Element item : doc.select(listing.item())) {
      Element titleEl = pick(item, listing.title());
      Element linkEl = pick(item, listing.link());
      if (titleEl == null || linkEl == null) {
        continue;
      }
      String href = linkEl.attr("abs:href");
      Optional<URI> url = Announcements.canonicalUrl(href);
      Text title = Text.plain(titleEl.text());
      if (href.isEmpty() || url.isEmpty() || !url.get().isAbsolute() || title.isEmpty() || !seen.add(url.get())) {
        continue;
      }
      Optional<Instant> date = listing.date().map(sel -> pick(item, sel)).flatMap(HtmlListings::date);
      Text summary = listing.summary().map(sel -> pick(item, sel)).map(e -> Text.html(e.html())).orElse(Text.EMPTY);
      out.add(new Announcement(url.get().toString(), publisher, title, url.get(), date, Optional.empty(), summary,
          List.of(), List.of(), Optional.empty()));
    }
    return out;
  }

  private static Element pick(Element item, String selector) {
    return item.is(selector) ? item : item.selectFirst(selector);
  }

  private static Optional<Instant> date(Element e) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      if (e.hasAttr(attr)) {
        Optional<Instant> d = FeedDates.parse(e.attr(attr));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return FeedDates.parse(e.text());
  }
}
