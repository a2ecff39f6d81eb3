package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.ArxivFormats;
import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Paper;
import java.io.InputStream;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One day's listing of one or more categories, as {@code rss.arxiv.org/rss/<cats>} or
 * {@code /atom/<cats>} publishes it: every paper carries its {@link Paper#announceType()}
 * ({@code new}, {@code cross}, {@code replace}, {@code replace-cross}).
 *
 * <p>In a listing, {@link Paper#updated()} is the announcement time and
 * {@link Paper#published()} is set only for first versions; the primary category is the first
 * category the listing names.
 *
 * @param source where the listing was read from
 * @param papers the papers in the listing's order
 */
public record ArxivListing(URI source, List<Paper> papers) {
  /** Copies {@code papers}. */
  public ArxivListing {
    Objects.requireNonNull(source, "source");
    papers = List.copyOf(papers);
  }

  /**
   * Reads a listing document in either format with core's forgiving feed reader
   * ({@link dev.digestkit.core.feed.Feeds}): ill-formed XML is read as far as it goes, and an
   * item without a readable arXiv id is skipped with a warning.
   *
   * @param in the document; the caller closes it
   * @param location where it came from, for error messages
   * @throws dev.digestkit.core.ParseException when it is not an RSS or Atom feed at all
   */
  public static ArxivListing parse(InputStream in, URI location) {
    return new ArxivListing(location, ArxivFormats.readListing(in, location));
  }

  /** Only the papers announced for the first time in the listed categories ({@code new}). */
  public ArxivListing onlyNew() {
    return withTypes(EnumSet.of(AnnounceType.NEW));
  }

  /** New papers and papers cross-listed into these categories ({@code new}, {@code cross}); no replacements. */
  public ArxivListing newAndCrossLists() {
    return withTypes(EnumSet.of(AnnounceType.NEW, AnnounceType.CROSS));
  }

  /** Only papers whose announce type is in {@code types}; papers without a type are dropped. */
  public ArxivListing withTypes(Set<AnnounceType> types) {
    Set<AnnounceType> keep = types.isEmpty() ? EnumSet.noneOf(AnnounceType.class) : EnumSet.copyOf(types);
    return new ArxivListing(source, papers.stream()
        .filter(p -> p.announceType().map(keep::contains).orElse(false))
        .toList());
  }
}
