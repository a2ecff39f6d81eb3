package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.SpecOptions;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;

/**
 * The {@code arxiv-search:} source: an arXiv API search.
 *
 * <p>Spec: {@code arxiv-search:<query>[?max=N&sort=relevance|lastUpdatedDate|submittedDate&order=ascending|descending]},
 * e.g. {@code arxiv-search:cat:cs.LG AND ti:transformer?max=50}. The query is arXiv's own
 * syntax; {@code max} defaults to 50 (at most {@value ArxivClient#RESULT_CEILING}), sort to
 * {@code submittedDate}, order to {@code descending}. The setting {@code arxiv.api-url} replaces
 * arXiv's endpoint.
 */
public final class ArxivSearchSourceProvider implements SourceProvider {
  /** The setting naming another API endpoint. */
  public static final String API_URL_SETTING = "arxiv.api-url";

  /** For {@link java.util.ServiceLoader}. */
  public ArxivSearchSourceProvider() {}

  @Override
  public String scheme() {
    return "arxiv-search";
  }

  @Override
  public String description() {
    return "arxiv-search:<query>[?max=50&sort=submittedDate&order=descending]  arXiv API search, e.g. arxiv-search:cat:cs.LG AND ti:transformer";
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigurationException when the options are not valid
   */
  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    SpecOptions o = SpecOptions.parse(spec.toString(), spec.target(), Set.of("max", "sort", "order"));
    int max;
    try {
      max = Integer.parseInt(o.options().getOrDefault("max", "50"));
    } catch (NumberFormatException e) {
      throw new ConfigurationException("max must be a number in '" + spec + "'");
    }
    String sort = o.options().getOrDefault("sort", "submittedDate");
    ArxivSearch.SortBy sortBy = Arrays.stream(ArxivSearch.SortBy.values()).filter(v -> v.wireName().equalsIgnoreCase(sort))
        .findFirst().orElseThrow(() -> unknown("sort", sort, spec));
    String ord = o.options().getOrDefault("order", "descending");
    ArxivSearch.SortOrder order = Arrays.stream(ArxivSearch.SortOrder.values()).filter(v -> v.wireName().equalsIgnoreCase(ord))
        .findFirst().orElseThrow(() -> unknown("order", ord, spec));
    ArxivSearch search = ArxivSearch.builder().query(ArxivQuery.raw(o.body())).sort(sortBy, order).maxResults(max).build();
    ArxivClient.Builder b = ArxivClient.builder().fetcher(context.fetcher()).pageSize(Math.max(1, Math.min(max, ArxivClient.MAX_PAGE_SIZE)));
    context.setting(API_URL_SETTING).map(u -> settingUri(u, spec)).ifPresent(b::apiUrl);
    ArxivClient client = b.build();
    return Source.of(spec, () -> SourceResult.of(client.search(search).stream().toList()));
  }

  private static ConfigurationException unknown(String option, String value, SourceSpec spec) {
    return new ConfigurationException("unknown " + option + " '" + value + "' in '" + spec + "'");
  }

  private static URI settingUri(String value, SourceSpec spec) {
    try {
      return URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("setting for '" + spec + "' is not a URL: " + value, e);
    }
  }
}
