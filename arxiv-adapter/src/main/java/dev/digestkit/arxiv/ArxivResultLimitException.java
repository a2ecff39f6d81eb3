package dev.digestkit.arxiv;

import dev.digestkit.core.DigestException;

/**
 * A search would need more results than arXiv's API serves for one query
 * ({@value ArxivClient#RESULT_CEILING}). Thrown before any paper is delivered, instead of
 * silently cutting the result: narrow the query (for example with
 * {@link ArxivQuery#submittedDate(java.time.LocalDate, java.time.LocalDate)} windows), set
 * {@link ArxivSearch.Builder#maxResults(int)}, or harvest with {@link ArxivHarvester}.
 */
public class ArxivResultLimitException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final long totalResults;

  /**
   * @param query the query, as sent
   * @param totalResults how many results arXiv says match
   */
  public ArxivResultLimitException(String query, long totalResults) {
    super("arXiv query '" + query + "' matches " + totalResults + " papers, more than the "
        + ArxivClient.RESULT_CEILING + " its API serves; narrow it (e.g. submittedDate ranges), set maxResults, or use the OAI-PMH harvester");
    this.totalResults = totalResults;
  }

  /** How many results arXiv says match. */
  public long totalResults() {
    return totalResults;
  }
}
