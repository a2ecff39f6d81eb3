package dev.digestkit.arxiv.reliability;

import dev.digestkit.arxiv.ArxivListing;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;

/** The arXiv listing (RSS) parser keeps every hostile-document guarantee. */
class ArxivListingHostileXmlTest extends HostileXmlParserContract {
  @Override
  protected Shape shape() {
    return Shape.RSS;
  }

  @Override
  protected Object parse(InputStream in, URI location) {
    return ArxivListing.parse(in, location);
  }
}
