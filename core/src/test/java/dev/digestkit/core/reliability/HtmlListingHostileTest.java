package dev.digestkit.core.reliability;

import dev.digestkit.core.feed.HtmlListing;
import dev.digestkit.core.feed.HtmlListings;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/** The HTML listing reader (jsoup, for labs without a feed) keeps every hostile-document guarantee. */
class HtmlListingHostileTest extends HostileXmlParserContract {
  private static final Publisher LAB = new Publisher("lab", "Lab", Optional.empty(), Optional.empty(), PublisherGroup.LABS);

  @Override
  protected Shape shape() {
    return Shape.HTML;
  }

  @Override
  protected Object parse(InputStream in, URI location) {
    HtmlListing listing = new HtmlListing(location, "article", "h2", "h2 a[href]", Optional.of("time"), Optional.empty());
    return HtmlListings.read(in, location, Optional.empty(), listing, LAB);
  }
}
