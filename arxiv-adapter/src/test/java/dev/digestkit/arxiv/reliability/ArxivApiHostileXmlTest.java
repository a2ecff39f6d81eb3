package dev.digestkit.arxiv.reliability;

import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;

/** The arXiv API (Atom) parser keeps every hostile-document guarantee. */
class ArxivApiHostileXmlTest extends HostileXmlParserContract {
  @Override
  protected Shape shape() {
    return Shape.ATOM;
  }

  @Override
  protected Object parse(InputStream in, URI location) {
    return ArxivDocument.parse(in, location);
  }
}
