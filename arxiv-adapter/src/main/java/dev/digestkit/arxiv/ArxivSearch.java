package dev.digestkit.arxiv;

import dev.digestkit.core.ConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to ask arXiv's API: a query, a list of ids, or both (ids filtered by the query), how to
 * sort, and how many results at most. Immutable; build with {@link #builder()}.
 *
 * @param query the search query, if any
 * @param ids ids to look up, if any (sent as {@code id_list}, in batches)
 * @param sortBy the sort key
 * @param sortOrder the sort direction
 * @param maxResults the most papers to return; empty means "all", which fails with
 *     {@link ArxivResultLimitException} when arXiv reports more than {@value ArxivClient#RESULT_CEILING}
 * @param start the 0-based offset of the first result
 */
public record ArxivSearch(Optional<ArxivQuery> query, List<ArxivId> ids, SortBy sortBy, SortOrder sortOrder,
    Optional<Integer> maxResults, int start) {

  /** The sort keys arXiv offers. */
  public enum SortBy {
    /** Best match first (arXiv's default). */
    RELEVANCE("relevance"),
    /** By the latest version's date. */
    LAST_UPDATED_DATE("lastUpdatedDate"),
    /** By the first version's date. */
    SUBMITTED_DATE("submittedDate");

    private final String wire;

    SortBy(String wire) {
      this.wire = wire;
    }

    /** The value of the {@code sortBy} parameter. */
    public String wireName() {
      return wire;
    }
  }

  /** Sort directions. */
  public enum SortOrder {
    /** Smallest first. */
    ASCENDING("ascending"),
    /** Largest first (arXiv's default). */
    DESCENDING("descending");

    private final String wire;

    SortOrder(String wire) {
      this.wire = wire;
    }

    /** The value of the {@code sortOrder} parameter. */
    public String wireName() {
      return wire;
    }
  }

  /**
   * Validates: a query or ids, a non-negative start, and no request beyond arXiv's
   * {@value ArxivClient#RESULT_CEILING}-result ceiling.
   */
  public ArxivSearch {
    query = query == null ? Optional.empty() : query;
    ids = List.copyOf(ids);
    Objects.requireNonNull(sortBy, "sortBy");
    Objects.requireNonNull(sortOrder, "sortOrder");
    maxResults = maxResults == null ? Optional.empty() : maxResults;
    if (query.isEmpty() && ids.isEmpty()) {
      throw new ConfigurationException("an arXiv search needs a query or ids");
    }
    if (start < 0) {
      throw new ConfigurationException("start must be >= 0, was " + start);
    }
    if (maxResults.isPresent() && maxResults.get() < 0) {
      throw new ConfigurationException("maxResults must be >= 0, was " + maxResults.get());
    }
    if (ids.isEmpty() && (long) start + maxResults.orElse(0) > ArxivClient.RESULT_CEILING) {
      throw new ConfigurationException("arXiv's API serves at most " + ArxivClient.RESULT_CEILING
          + " results per query; start " + start + " + maxResults " + maxResults.orElse(0)
          + " goes beyond it. Narrow the query (e.g. submittedDate ranges) or use ArxivHarvester");
    }
  }

  /** A search for {@code query}, relevance order, all results. */
  public static ArxivSearch of(ArxivQuery query) {
    return builder().query(query).build();
  }

  /** A look-up of {@code ids}. */
  public static ArxivSearch ofIds(Collection<ArxivId> ids) {
    return builder().ids(ids).build();
  }

  /** A builder with arXiv's defaults: relevance, descending, all results from offset 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder for {@link ArxivSearch}; not thread-safe. */
  public static final class Builder {
    private ArxivQuery query;
    private final List<ArxivId> ids = new ArrayList<>();
    private SortBy sortBy = SortBy.RELEVANCE;
    private SortOrder sortOrder = SortOrder.DESCENDING;
    private Integer maxResults;
    private int start;

    private Builder() {}

    /** The search query. */
    public Builder query(ArxivQuery query) {
      this.query = Objects.requireNonNull(query, "query");
      return this;
    }

    /** Adds ids to look up. */
    public Builder ids(Collection<ArxivId> ids) {
      ids.forEach(id -> this.ids.add(Objects.requireNonNull(id, "id")));
      return this;
    }

    /** Adds ids to look up. */
    public Builder ids(ArxivId... ids) {
      return ids(List.of(ids));
    }

    /** Sort key and direction. */
    public Builder sort(SortBy by, SortOrder order) {
      this.sortBy = Objects.requireNonNull(by, "by");
      this.sortOrder = Objects.requireNonNull(order, "order");
      return this;
    }

    /** The most papers to return (at most {@value ArxivClient#RESULT_CEILING} minus start). */
    public Builder maxResults(int maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /** The 0-based offset of the first result. */
    public Builder start(int start) {
      this.start = start;
      return this;
    }

    /**
     * The search.
     *
     * @throws ConfigurationException when it cannot work (see {@link ArxivSearch})
     */
    public ArxivSearch build() {
      return new ArxivSearch(Optional.ofNullable(query), ids, sortBy, sortOrder, Optional.ofNullable(maxResults), start);
    }
  }
}
