package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.Pager;
import dev.digestkit.core.model.Paper;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The lazily fetched result of an {@link ArxivClient#search(ArxivSearch)}: pages are requested
 * one at a time as papers are consumed, so only the current page is held in memory.
 * Single use and not thread-safe: iterate it once, from one thread.
 */
public final class SearchResults implements Iterable<Paper> {
  private final Pager pager;
  private boolean iterated;

  SearchResults(Pager pager) {
    this.pager = pager;
  }

  /**
   * arXiv's {@code opensearch:totalResults} for the query: how many papers match in all, not how
   * many this search will return. Fetches the first page if that has not happened yet. Empty
   * for look-ups spanning several id batches.
   */
  public OptionalLong totalResults() {
    return pager.totalResults();
  }

  /**
   * The papers, fetching further pages as they are consumed.
   *
   * @throws IllegalStateException when called a second time
   */
  @Override
  public Iterator<Paper> iterator() {
    if (iterated) {
      throw new IllegalStateException("search results can be iterated only once; run the search again");
    }
    iterated = true;
    return pager;
  }

  /** The papers as a sequential, lazy stream (see {@link #iterator()}). */
  public Stream<Paper> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
