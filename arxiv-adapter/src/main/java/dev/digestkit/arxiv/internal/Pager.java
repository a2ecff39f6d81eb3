package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivEmptyPageException;
import dev.digestkit.arxiv.ArxivResultLimitException;
import dev.digestkit.core.model.Paper;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks an API result page by page: one request per page, the next only when the current one
 * is used up. Holds one page at most. Retries a page that comes back empty although
 * {@code totalResults} says the result continues.
 */
public final class Pager implements Iterator<Paper> {
  private static final Logger LOG = LoggerFactory.getLogger(Pager.class);

  /** One API request: the query part fixed, start and max_results varying. */
  public interface Request {
    /** The URL for {@code max} results from offset {@code start}. */
    URI uri(long start, int max);

    /** The query as sent, for error messages. */
    String description();

    /** True when a result beyond the ceiling must fail rather than be cut. */
    boolean unbounded();
  }

  /** Fetches and parses one page. */
  public interface PageFetcher {
    /** The page at {@code uri}; {@code retry} is true when asking again after an empty page. */
    ApiPage fetch(URI uri, boolean retry);
  }

  /** One parsed page. */
  public record ApiPage(OptionalLong totalResults, List<Paper> papers) {}

  private final Deque<Request> requests;
  private final PageFetcher fetcher;
  private final int pageSize;
  private final int emptyPageRetries;
  private final long ceiling;
  private final Deque<Paper> page = new ArrayDeque<>();
  private final boolean single;
  private final long startOffset;
  private final long limit;
  private final long maxTotal;
  private long handedOut;
  private Request current;
  private long start;
  private long delivered;
  private OptionalLong total = OptionalLong.empty();
  private boolean requestDone = true;
  private boolean first = true;

  /**
   * @param requests the requests to walk in turn (one, or one per id batch)
   * @param start the offset of the first result in each request
   * @param maxPerRequest the most results to take from each request ({@code Long.MAX_VALUE}: all)
   * @param maxTotal the most results to hand out over all requests
   */
  public Pager(List<Request> requests, long start, long maxPerRequest, long maxTotal, PageFetcher fetcher, int pageSize,
      int emptyPageRetries, long ceiling) {
    this.maxTotal = maxTotal;
    this.requests = new ArrayDeque<>(requests);
    this.single = requests.size() == 1;
    this.fetcher = fetcher;
    this.pageSize = pageSize;
    this.emptyPageRetries = emptyPageRetries;
    this.ceiling = ceiling;
    this.startOffset = start;
    this.limit = maxPerRequest;
  }

  /** totalResults of the (single) request; fetches the first page if needed. */
  public OptionalLong totalResults() {
    if (!single) {
      return OptionalLong.empty();
    }
    if (first) {
      fill();
    }
    return total;
  }

  @Override
  public boolean hasNext() {
    if (handedOut >= maxTotal) {
      return false;
    }
    fill();
    return !page.isEmpty();
  }

  @Override
  public Paper next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    handedOut++;
    return page.poll();
  }

  private void fill() {
    while (page.isEmpty()) {
      if (requestDone) {
        current = requests.poll();
        if (current == null) {
          return;
        }
        requestDone = false;
        first = true;
        start = startOffset;
        delivered = 0;
        total = OptionalLong.empty();
      }
      long want = Math.min(pageSize, limit - delivered);
      want = Math.min(want, ceiling - start);
      if (want <= 0) {
        requestDone = true;
        continue;
      }
      URI uri = current.uri(start, (int) want);
      ApiPage p = fetcher.fetch(uri, false);
      if (first) {
        first = false;
        total = p.totalResults();
        if (current.unbounded() && total.isPresent() && total.getAsLong() > ceiling) {
          throw new ArxivResultLimitException(current.description(), total.getAsLong());
        }
      }
      int attempt = 1;
      while (p.papers().isEmpty() && expectsMore()) {
        if (attempt > emptyPageRetries) {
          throw new ArxivEmptyPageException(uri, start, total.getAsLong(), attempt);
        }
        LOG.warn("arXiv returned an empty page at offset {} of {} for {}; asking again ({}/{})",
            start, total.getAsLong(), current.description(), attempt, emptyPageRetries);
        attempt++;
        p = fetcher.fetch(uri, true);
      }
      if (p.papers().isEmpty()) {
        requestDone = true;
        continue;
      }
      List<Paper> papers = p.papers().size() > want ? p.papers().subList(0, (int) want) : p.papers();
      LOG.debug("arXiv page at offset {}: {} papers", start, papers.size());
      page.addAll(papers);
      start += papers.size();
      delivered += papers.size();
      if (total.isPresent() && start >= total.getAsLong()) {
        requestDone = true;
      }
    }
  }

  private boolean expectsMore() {
    return total.isPresent() && start < total.getAsLong() && start < ceiling;
  }
}
