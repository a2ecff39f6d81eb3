package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivId;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.feed.FeedFormat;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an {@code rss.arxiv.org} listing, RSS or Atom, with core's forgiving feed reader and
 * maps its entries to papers: id, version and announce type come from
 * {@code arxiv:announce_type} and the description ("arXiv:2404.12345v1 Announce Type: new
 * \nAbstract: ..."), which also carries the abstract.
 */
public final class FeedListingReader {
  private static final Logger LOG = LoggerFactory.getLogger(FeedListingReader.class);

  private FeedListingReader() {}

  /**
   * Every readable paper of the listing, in the feed's order; an item without a readable arXiv
   * id is skipped with a warning.
   *
   * @throws ParseException when the document is not an RSS or Atom feed at all
   */
  public static List<Paper> read(byte[] document, URI location) {
    ParsedFeed feed = Feeds.defaultReader().read(document, location, Optional.empty());
    if (feed.format() == FeedFormat.UNKNOWN) {
      throw new ParseException(String.valueOf(location), "not an arXiv listing (RSS or Atom): " + String.join("; ", feed.bozoReasons()));
    }
    if (feed.bozo()) {
      LOG.warn("arXiv listing {} was not well-formed, read what could be read: {}", location, feed.bozoReasons());
    }
    List<Paper> papers = new ArrayList<>();
    for (FeedEntry entry : feed.entries()) {
      paper(entry, location).ifPresent(papers::add);
    }
    return papers;
  }

  private static Optional<Paper> paper(FeedEntry e, URI location) {
    ListingText.Description d = ListingText.description(e.summary().raw());
    String idText = d.id().orElse(e.id());
    Optional<ArxivId> parsed = ArxivId.tryParse(idText).or(() -> e.link().map(URI::toString).flatMap(ArxivId::tryParse));
    if (parsed.isEmpty()) {
      LOG.warn("skipping an item of arXiv listing {} without a readable arXiv id: '{}'", location, idText);
      return Optional.empty();
    }
    ArxivId id = parsed.get();
    Optional<AnnounceType> type = AnnounceType.fromWireName(
        e.firstExtension(Xml.ARXIV, "announce_type").orElse(d.announceType().orElse(null)));
    List<Author> authors = new ArrayList<>();
    for (String value : e.authors()) {
      ListingText.creators(value).forEach(n -> authors.add(Author.of(n)));
    }
    Optional<Instant> when = e.time();
    Paper.Builder b = Paper.builder(id.id())
        .version(id.version().orElse(null))
        .title(Text.latex(ListingText.title(e.title().raw())))
        .abstractText(Text.latex(d.abstractRaw().strip()))
        .authors(authors)
        .categories(e.categories())
        .primaryCategory(e.categories().isEmpty() ? null : e.categories().get(0))
        .links(Papers.links(id, e.link().orElse(null), null, null))
        .announceType(type.orElse(null))
        .updated(when.orElse(null));
    // A listing's date is the announcement's: the first version's only for version 1.
    if (id.version().orElse(1) == 1) {
      b.published(when.orElse(null));
    }
    return Optional.of(b.build());
  }
}
