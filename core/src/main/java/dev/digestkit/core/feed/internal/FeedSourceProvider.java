package dev.digestkit.core.feed.internal;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import dev.digestkit.core.feed.Lab;
import dev.digestkit.core.feed.LabRegistry;
import java.net.URI;

/**
 * {@code feed:<url>}: any RSS, Atom or JSON feed. The publisher comes from the lab registry when
 * the URL is a registered feed, else from the feed's title and host, in the {@code wire} group.
 */
public final class FeedSourceProvider implements SourceProvider {
  @Override
  public String scheme() {
    return "feed";
  }

  @Override
  public String description() {
    return "feed:<url> announcements from any RSS, Atom or JSON feed";
  }

  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    URI url = Urls.parse(spec.target());
    if (url == null || !url.isAbsolute() || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
      throw new ConfigurationException("feed source needs an http(s) URL, got '" + spec.target() + "'");
    }
    LabRegistry registry = FeedSources.registry(context);
    return Source.of(spec, () -> FeedSources.readFeed(context, url,
        feed -> registry.findByFeed(url).map(Lab::publisher).orElseGet(() -> FeedSources.publisherFor(url, feed))));
  }
}
