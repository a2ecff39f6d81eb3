package dev.digestkit.core.feed.internal;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.feed.Announcements;
import dev.digestkit.core.feed.FeedFormat;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.HtmlListings;
import dev.digestkit.core.feed.Lab;
import dev.digestkit.core.feed.LabRegistry;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.http.FetchRequest;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import java.io.InputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Fetch-then-parse shared by the {@code feed:} and {@code lab:} sources. */
public final class FeedSources {
  private FeedSources() {}

  /** The registry for {@code context}: bundled, plus the file named by {@link LabRegistry#FILE_SETTING}. */
  public static LabRegistry registry(SourceContext context) {
    return context.setting(LabRegistry.FILE_SETTING).map(f -> LabRegistry.withOverrides(Path.of(f))).orElseGet(LabRegistry::bundled);
  }

  /**
   * Fetches and parses the feed at {@code url}; {@code publisherFor} picks the publisher once
   * the feed's title is known.
   */
  public static SourceResult readFeed(SourceContext context, URI url, Function<ParsedFeed, Publisher> publisherFor) {
    // A feed cut off by a broken connection still carries every entry before the cut.
    FetchResponse r = context.fetcher().fetch(FetchRequest.get(url).acceptingPartialBody());
    ParsedFeed feed;
    try (InputStream in = r.openStream()) {
      feed = Feeds.parse(in, r.uri(), r.charset());
    } catch (IOException e) {
      throw new ParseException(url.toString(), "cannot read the fetched body", e);
    }
    if (feed.format() == FeedFormat.UNKNOWN && feed.entries().isEmpty()) {
      throw new ParseException(url.toString(), "not a feed: " + String.join("; ", feed.bozoReasons()));
    }
    List<Announcement> items = Announcements.from(feed, publisherFor.apply(feed));
    List<String> warnings = new java.util.ArrayList<>();
    if (r.truncated()) {
      warnings.add(url + ": the connection broke off after " + r.length() + " bytes; entries before the cut are kept");
    }
    feed.bozoReasons().forEach(w -> warnings.add(url + ": " + w));
    return new SourceResult(List.copyOf(items), warnings);
  }

  /** Reads a lab: its feed when it has one, else its HTML listing. */
  public static SourceResult readLab(SourceContext context, Lab lab) {
    if (lab.feed().isPresent()) {
      return readFeed(context, lab.feed().get(), f -> lab.publisher());
    }
    var listing = lab.listing().orElseThrow(() -> new ConfigurationException("lab " + lab.id() + " has neither feed nor listing"));
    FetchResponse r = context.fetcher().fetch(FetchRequest.get(listing.page()));
    try (InputStream in = r.openStream()) {
      List<Announcement> items = HtmlListings.read(in, r.uri(), r.charset(), listing, lab.publisher());
      return new SourceResult(List.copyOf(items),
          items.isEmpty() ? List.of(listing.page() + ": the listing selectors matched no posts") : List.of());
    } catch (IOException e) {
      throw new ParseException(listing.page().toString(), "cannot read the fetched body", e);
    }
  }

  /** A publisher for a feed the registry does not know: named by its title, else its host. */
  public static Publisher publisherFor(URI url, ParsedFeed feed) {
    String host = Optional.ofNullable(url.getHost()).orElse("feed").toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String name = feed.title().isEmpty() ? host : feed.title().text();
    return new Publisher(host, name, feed.link(), Optional.of(url), PublisherGroup.WIRE);
  }
}
