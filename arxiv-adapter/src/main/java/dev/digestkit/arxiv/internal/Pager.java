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
 * is used up. Holds one page at most, and of a streamed page (see {@link ApiPage#streaming}) only
 * its fetched body and the paper being handed out, never the page's papers all at once. Retries a
 * page that comes back empty although {@code totalResults} says the result continues.
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

  /**
   * One page: its {@code totalResults} and its papers, either already read or read one by one as
   * the pager draws them.
   */
  public static final class ApiPage {
    private final OptionalLong totalResults;
    private final Iterator<Paper> papers;
    private final Runnable done;

    /** A page whose papers are already read. */
    public ApiPage(OptionalLong totalResults, List<Paper> papers) {
      this(totalResults, List.copyOf(papers).iterator(), () -> { });
    }

    private ApiPage(OptionalLong totalResults, Iterator<Paper> papers, Runnable done) {
      this.totalResults = totalResults;
      this.papers = papers;
      this.done = done;
    }

    /**
     * A page read as it is drawn. Only for pages whose {@code totalResults} is final when the
     * first paper can be drawn (it stands in the header and nowhere after), since the pager acts
     * on it before drawing.
     *
     * @param papers the page's papers, parsed as they are asked for
     * @param done called once the pager is finished with the page, to let its document go
     */
    public static ApiPage streaming(OptionalLong totalResults, Iterator<Paper> papers, Runnable done) {
      return new ApiPage(totalResults, papers, done);
    }

    /** arXiv's {@code opensearch:totalResults}, when the page states it. */
    public OptionalLong totalResults() {
      return totalResults;
    }

    boolean isEmpty() {
      return !papers.hasNext();
    }
  }

  private final Deque<Request> requests;
  private final PageFetcher fetcher;
  private final int pageSize;
  private final int emptyPageRetries;
  private final long ceiling;
  // The page being handed out, and how many more of its papers may be taken.
  private ApiPage page;
  private long pageLeft;
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
      if (page != null) {
        finishPage();
      }
      return false;
    }
    fill();
    return pageHasNext();
  }

  @Override
  public Paper next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Paper p = page.papers.next();
    pageLeft--;
    start++;
    delivered++;
    handedOut++;
    return p;
  }

  private boolean pageHasNext() {
    return page != null && pageLeft > 0 && page.papers.hasNext();
  }

  // The page is used up (or as much of it as was asked for). Papers beyond that are still read
  // and dropped, so that a page fails on a malformed entry wherever it is, as when pages were
  // read whole before any paper was handed out.
  private void finishPage() {
    try {
      while (page.papers.hasNext()) {
        page.papers.next();
      }
    } finally {
      page.done.run();
      page = null;
    }
    if (total.isPresent() && start >= total.getAsLong()) {
      requestDone = true;
    }
  }

  private void fill() {
    while (!pageHasNext()) {
      if (page != null) {
        finishPage();
      }
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
      while (p.isEmpty() && expectsMore()) {
        if (attempt > emptyPageRetries) {
          throw new ArxivEmptyPageException(uri, start, total.getAsLong(), attempt);
        }
        LOG.warn("arXiv returned an empty page at offset {} of {} for {}; asking again ({}/{})",
            start, total.getAsLong(), current.description(), attempt, emptyPageRetries);
        attempt++;
        p.done.run();
        p = fetcher.fetch(uri, true);
      }
      if (p.isEmpty()) {
        p.done.run();
        requestDone = true;
        continue;
      }
      LOG.debug("arXiv page at offset {}: up to {} papers", start, want);
      page = p;
      pageLeft = want;
    }
  }

  private boolean expectsMore() {
    return total.isPresent() && start < total.getAsLong() && start < ceiling;
  }
}
