package dev.digestkit.arxiv.reliability;

import dev.digestkit.arxiv.HarvestedRecord;
import dev.digestkit.arxiv.internal.OaiReader;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The OAI-PMH parser keeps every hostile-document guarantee. */
class OaiPmhHostileXmlTest extends HostileXmlParserContract {
  @Override
  protected Shape shape() {
    return Shape.OAI_PMH;
  }

  @Override
  protected Object parse(InputStream in, URI location) {
    OaiReader r = new OaiReader(in, location);
    List<HarvestedRecord> records = new ArrayList<>();
    while (r.hasNext()) {
      records.add(r.next());
    }
    return records + " " + r.resumptionToken();
  }
}
