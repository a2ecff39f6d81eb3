package dev.digestkit.core.feed;

import dev.digestkit.core.model.Text;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed document as read by {@link Feeds} or a {@link FeedReader}.
 *
 * @param format the format recognised; {@link FeedFormat#UNKNOWN} when the document is no feed
 * @param title the feed's title
 * @param link the feed's home page (RSS channel link, Atom alternate link, JSON Feed
 *     {@code home_page_url}), absolute
 * @param description the feed's description or subtitle
 * @param entries every entry that could be read, in document order
 * @param bozo true when the document was ill-formed (or exceeded a limit) and was recovered
 *     from; like feedparser's flag of the same name
 * @param bozoReasons what was wrong and where, e.g. {@code "line 12: unescaped &"}; empty when
 *     the document was clean
 */
public record ParsedFeed(
    FeedFormat format,
    Text title,
    Optional<URI> link,
    Text description,
    List<FeedEntry> entries,
    boolean bozo,
    List<String> bozoReasons) {

  /** Checks the format is given; nulls become empty values and lists are copied unmodifiable. */
  public ParsedFeed {
    Objects.requireNonNull(format, "format");
    title = title == null ? Text.EMPTY : title;
    link = link == null ? Optional.empty() : link;
    description = description == null ? Text.EMPTY : description;
    entries = List.copyOf(entries == null ? List.of() : entries);
    bozoReasons = List.copyOf(bozoReasons == null ? List.of() : bozoReasons);
  }
}
