package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.SpecOptions;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import dev.digestkit.core.model.AnnounceType;
import java.net.URI;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code arxiv:} source: today's listing of one or more categories from
 * {@code rss.arxiv.org}.
 *
 * <p>Spec: {@code arxiv:<cats>[?types=<t1,t2>&format=rss|atom]}, e.g. {@code arxiv:cs.LG},
 * {@code arxiv:cs.LG+cs.AI?types=new,cross}. {@code types} keeps only those announce types
 * ({@code new}, {@code cross}, {@code replace}, {@code replace-cross}; default all);
 * {@code format} picks the feed (default {@code rss}). The setting {@code arxiv.listing-url}
 * replaces {@code https://rss.arxiv.org/} (a mirror or a test server).
 */
public final class ArxivListingSourceProvider implements SourceProvider {
  /** The setting naming another listing host. */
  public static final String LISTING_URL_SETTING = "arxiv.listing-url";

  /** For {@link java.util.ServiceLoader}. */
  public ArxivListingSourceProvider() {}

  @Override
  public String scheme() {
    return "arxiv";
  }

  @Override
  public String description() {
    return "arxiv:<categories>[?types=new,cross&format=rss|atom]  today's arXiv listing, e.g. arxiv:cs.LG+cs.AI";
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigurationException when the categories or options are not valid
   */
  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    SpecOptions o = SpecOptions.parse(spec.toString(), spec.target(), Set.of("types", "format"));
    Set<AnnounceType> types = EnumSet.allOf(AnnounceType.class);
    if (o.options().containsKey("types")) {
      types = EnumSet.noneOf(AnnounceType.class);
      for (String t : o.options().get("types").split(",")) {
        String name = t.strip();
        types.add(AnnounceType.fromWireName(name).orElseThrow(() -> new ConfigurationException(
            "unknown announce type '" + name + "' in '" + spec + "'; known: new, cross, replace, replace-cross")));
      }
    }
    String f = o.options().getOrDefault("format", "rss").toLowerCase(Locale.ROOT);
    ArxivClient.ListingFormat format = switch (f) {
      case "rss" -> ArxivClient.ListingFormat.RSS;
      case "atom" -> ArxivClient.ListingFormat.ATOM;
      default -> throw new ConfigurationException("unknown listing format '" + f + "' in '" + spec + "'; use rss or atom");
    };
    ArxivClient.Builder b = ArxivClient.builder().fetcher(context.fetcher());
    context.setting(LISTING_URL_SETTING).map(u -> settingUri(u, spec)).ifPresent(b::listingUrl);
    ArxivClient client = b.build();
    String cats = o.body();
    Set<AnnounceType> keep = types;
    // Validate the categories now rather than at the first fetch.
    if (!cats.matches("[a-z-]+(\\.[A-Za-z-]+)?([+ ][a-z-]+(\\.[A-Za-z-]+)?)*")) {
      throw new ConfigurationException("not a list of arXiv categories in '" + spec + "' (expected e.g. arxiv:cs.LG+cs.AI)");
    }
    return Source.of(spec, () -> SourceResult.of(client.listing(cats, format).withTypes(keep).papers()));
  }

  private static URI settingUri(String value, SourceSpec spec) {
    try {
      return URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("setting for '" + spec + "' is not a URL: " + value, e);
    }
  }
}
