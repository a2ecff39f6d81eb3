package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.ApiPages;
import dev.digestkit.arxiv.internal.Pager;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Paper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * arXiv's search API ({@code export.arxiv.org/api/query}) and daily listings
 * ({@code rss.arxiv.org}). Built once with {@link #builder()}, immutable and thread-safe.
 *
 * <pre>{@code
 * try (ArxivClient arxiv = ArxivClient.builder().build()) {
 *   arxiv.search(ArxivSearch.builder()
 *           .query(ArxivQuery.cat("cs.LG").and(ArxivQuery.ti("transformer")))
 *           .sort(ArxivSearch.SortBy.SUBMITTED_DATE, ArxivSearch.SortOrder.DESCENDING)
 *           .maxResults(50).build())
 *       .stream().map(p -> p.title().text()).toList();
 * }
 * }</pre>
 *
 * <p>Every request goes through the {@link HttpFetcher}, whose per-host politeness keeps to
 * arXiv's one request every 3 seconds; share one fetcher across clients so it holds for all.
 */
public final class ArxivClient implements AutoCloseable {
  /** arXiv's API endpoint. */
  public static final URI DEFAULT_API_URL = URI.create("https://export.arxiv.org/api/query");
  /** arXiv's listing host; listings are {@code rss/<cats>} and {@code atom/<cats>} below it. */
  public static final URI DEFAULT_LISTING_URL = URI.create("https://rss.arxiv.org/");
  /** The most results arXiv's API serves for one query. */
  public static final int RESULT_CEILING = 30_000;
  /** The largest page arXiv's API serves. */
  public static final int MAX_PAGE_SIZE = 2_000;

  private static final Pattern CATEGORIES = Pattern.compile("[a-z-]+(?:\\.[A-Za-z-]+)?(?:\\+[a-z-]+(?:\\.[A-Za-z-]+)?)*");

  /** The two listing formats arXiv publishes. */
  public enum ListingFormat {
    /** {@code rss.arxiv.org/rss/<cats>} (RSS 2.0). */
    RSS("rss"),
    /** {@code rss.arxiv.org/atom/<cats>} (Atom 1.0). */
    ATOM("atom");

    private final String path;

    ListingFormat(String path) {
      this.path = path;
    }
  }

  private final HttpFetcher fetcher;
  private final boolean ownsFetcher;
  private final URI apiUrl;
  private final URI listingUrl;
  private final int pageSize;
  private final int emptyPageRetries;
  private final int idBatchSize;

  private ArxivClient(Builder b) {
    this.ownsFetcher = b.fetcher == null;
    this.fetcher = b.fetcher != null ? b.fetcher : HttpFetcher.builder().build();
    this.apiUrl = b.apiUrl;
    this.listingUrl = b.listingUrl.toString().endsWith("/") ? b.listingUrl : URI.create(b.listingUrl + "/");
    this.pageSize = b.pageSize;
    this.emptyPageRetries = b.emptyPageRetries;
    this.idBatchSize = b.idBatchSize;
  }

  /** A builder with arXiv's endpoints, pages of 100, 3 retries of empty pages and id batches of 100. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a search. Nothing is fetched until the results are consumed (or
   * {@link SearchResults#totalResults()} is asked); pages are then fetched one at a time.
   * Id look-ups are split into batches of {@link Builder#idBatchSize(int)} ids, in order.
   *
   * <p>Errors surface while iterating: {@link ArxivApiException} (arXiv's error entry),
   * {@link ArxivEmptyPageException}, {@link ArxivResultLimitException} (an unbounded query that
   * matches more than {@value #RESULT_CEILING}), {@link FetchException}, or
   * {@link dev.digestkit.core.ParseException}.
   *
   * <p>A page is parsed as its papers are consumed, so only its fetched body and the paper at hand
   * are held, not all of its papers (a 2,000-result page streams in a 16 MiB heap). A page that
   * turns out to be malformed part-way fails when the reading reaches the fault, after the papers
   * before it were handed out.
   */
  public SearchResults search(ArxivSearch search) {
    Objects.requireNonNull(search, "search");
    String query = search.query().map(ArxivQuery::toString).orElse("");
    List<Pager.Request> requests = new ArrayList<>();
    if (search.ids().isEmpty()) {
      requests.add(request(query, "", search, search.maxResults().isEmpty()));
    } else {
      for (int i = 0; i < search.ids().size(); i += idBatchSize) {
        List<ArxivId> batch = search.ids().subList(i, Math.min(search.ids().size(), i + idBatchSize));
        requests.add(request(query, batch.stream().map(ArxivId::toString).collect(Collectors.joining(",")), search, false));
      }
    }
    long max = search.maxResults().map(Integer::longValue).orElse(Long.MAX_VALUE);
    // maxResults bounds each query request; over a batched look-up it counts across all batches.
    Pager pager = new Pager(requests, search.start(), search.ids().isEmpty() ? max : Long.MAX_VALUE, max,
        (uri, retry) -> ApiPages.fetch(fetcher, uri, retry), pageSize, emptyPageRetries, RESULT_CEILING);
    return new SearchResults(pager);
  }

  /** Convenience: {@code search(ArxivSearch.of(query))}. */
  public SearchResults search(ArxivQuery query) {
    return search(ArxivSearch.of(query));
  }

  /** The papers with these ids, in batches; ids arXiv does not know are simply absent. */
  public List<Paper> lookup(Collection<ArxivId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return search(ArxivSearch.ofIds(ids)).stream().toList();
  }

  /** The paper with this id (the given version, or the latest when unversioned). */
  public Optional<Paper> get(ArxivId id) {
    return search(ArxivSearch.ofIds(List.of(id))).stream().findFirst();
  }

  /**
   * Today's listing for {@code categories} in RSS form, e.g. {@code cs.LG+cs.AI}.
   *
   * @throws ConfigurationException when {@code categories} is not a {@code +}-separated list of category codes
   */
  public ArxivListing listing(String categories) {
    return listing(categories, ListingFormat.RSS);
  }

  /** Today's listing for {@code categories} in the given format. */
  public ArxivListing listing(String categories, ListingFormat format) {
    Objects.requireNonNull(categories, "categories");
    String cats = categories.strip().replace(' ', '+').replace(',', '+');
    if (!CATEGORIES.matcher(cats).matches()) {
      throw new ConfigurationException("not a list of arXiv categories: '" + categories + "' (expected e.g. cs.LG+cs.AI)");
    }
    URI uri = listingUrl.resolve(format.path + "/" + cats);
    FetchResponse r = fetcher.fetch(uri);
    return ArxivListing.parse(r.openStream(), r.uri());
  }

  /** Closes the fetcher if this client built it; a fetcher passed to the builder stays open. */
  @Override
  public void close() {
    if (ownsFetcher) {
      fetcher.close();
    }
  }

  private Pager.Request request(String query, String idList, ArxivSearch search, boolean unbounded) {
    String fixed = apiUrl + (apiUrl.getRawQuery() == null ? "?" : "&")
        + "search_query=" + enc(query) + "&id_list=" + enc(idList)
        + "&sortBy=" + search.sortBy().wireName() + "&sortOrder=" + search.sortOrder().wireName();
    String description = query.isEmpty() ? "id_list=" + idList : query;
    return new Pager.Request() {
      @Override
      public URI uri(long start, int max) {
        return URI.create(fixed + "&start=" + start + "&max_results=" + max);
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public boolean unbounded() {
        return unbounded;
      }
    };
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Settings for an {@link ArxivClient}. Not thread-safe. */
  public static final class Builder {
    private HttpFetcher fetcher;
    private URI apiUrl = DEFAULT_API_URL;
    private URI listingUrl = DEFAULT_LISTING_URL;
    private int pageSize = 100;
    private int emptyPageRetries = 3;
    private int idBatchSize = 100;

    private Builder() {}

    /** The fetcher to use (shared, so politeness holds across clients); else the client builds and owns one. */
    public Builder fetcher(HttpFetcher fetcher) {
      this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
      return this;
    }

    /** The API endpoint, e.g. a mirror or a test server. */
    public Builder apiUrl(URI apiUrl) {
      this.apiUrl = absolute(apiUrl);
      return this;
    }

    /** The listing host, below which {@code rss/<cats>} and {@code atom/<cats>} are read. */
    public Builder listingUrl(URI listingUrl) {
      this.listingUrl = absolute(listingUrl);
      return this;
    }

    /** Results per API request, 1 to {@value ArxivClient#MAX_PAGE_SIZE}; default 100. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new ConfigurationException("page size must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** How often to ask again for a page that came back empty mid-result; default 3. */
    public Builder emptyPageRetries(int retries) {
      if (retries < 0 || retries > 100) {
        throw new ConfigurationException("empty-page retries must be 0..100, was " + retries);
      }
      this.emptyPageRetries = retries;
      return this;
    }

    /** Ids per {@code id_list} request, 1 to 2000; default 100. */
    public Builder idBatchSize(int size) {
      if (size < 1 || size > MAX_PAGE_SIZE) {
        throw new ConfigurationException("id batch size must be 1.." + MAX_PAGE_SIZE + ", was " + size);
      }
      this.idBatchSize = size;
      return this;
    }

    /** The client. */
    public ArxivClient build() {
      return new ArxivClient(this);
    }

    private static URI absolute(URI uri) {
      Objects.requireNonNull(uri, "uri");
      if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new ConfigurationException("expected an absolute http(s) URL, got " + uri);
      }
      return uri;
    }
  }
}
