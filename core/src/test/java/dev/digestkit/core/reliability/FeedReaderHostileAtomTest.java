package dev.digestkit.core.reliability;

import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;

/** The feed reader keeps every hostile-document guarantee on Atom. */
class FeedReaderHostileAtomTest extends HostileXmlParserContract {
  @Override
  protected Shape shape() {
    return Shape.ATOM;
  }

  @Override
  protected Object parse(InputStream in, URI location) {
    return Feeds.parse(in, location);
  }
}
