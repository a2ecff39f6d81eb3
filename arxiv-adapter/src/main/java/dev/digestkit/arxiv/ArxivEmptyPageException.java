package dev.digestkit.arxiv;

import dev.digestkit.core.FetchException;
import java.net.URI;

/**
 * arXiv kept answering a result page with no entries although {@code opensearch:totalResults}
 * said the result continues, even after the configured number of retries
 * ({@link ArxivClient.Builder#emptyPageRetries(int)}). The papers before this page were
 * delivered; the rest of the result is unavailable for now.
 */
public class ArxivEmptyPageException extends FetchException {
  private static final long serialVersionUID = 1L;

  private final long start;
  private final long totalResults;

  /**
   * @param uri the page request that came back empty
   * @param start the 0-based offset of that page
   * @param totalResults what arXiv said the whole result holds
   * @param attempts how many times the page was asked for
   */
  public ArxivEmptyPageException(URI uri, long start, long totalResults, int attempts) {
    super(uri, "arXiv returned an empty page at offset " + start + " of " + totalResults
        + " results, " + attempts + " times");
    this.start = start;
    this.totalResults = totalResults;
  }

  /** The 0-based offset of the page that stayed empty. */
  public long start() {
    return start;
  }

  /** The result size arXiv announced. */
  public long totalResults() {
    return totalResults;
  }
}
