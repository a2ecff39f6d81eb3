package dev.digestkit.arxiv.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.arxiv.ArxivId;
import dev.digestkit.arxiv.ArxivListing;
import dev.digestkit.arxiv.internal.OaiReader;
import dev.digestkit.core.DigestException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Any input to an arXiv parser gives a result or a {@link DigestException}; a parsed id
 * survives formatting and re-parsing. Regression mode replays {@code ArxivFuzzTestInputs/<method>/}.
 */
class ArxivFuzzTest {
  private static final URI LOCATION = URI.create("https://export.arxiv.org/api/query?fuzz");

  @FuzzTest(maxDuration = "5m")
  void arxivIdParsesOrRefusesAndRoundTrips(byte[] data) {
    String s = utf8(data);
    ArxivId id;
    try {
      id = ArxivId.parse(s);
    } catch (DigestException expected) {
      return;
    }
    assertThat(ArxivId.parse(id.toString())).isEqualTo(id);
    assertThat(ArxivId.parse(id.absUrl().toString())).isEqualTo(id);
  }

  @FuzzTest(maxDuration = "5m")
  void apiDocumentGivesPapersOrADigestException(byte[] data) {
    try {
      ArxivDocument.parse(new ByteArrayInputStream(bytes(data)), LOCATION);
    } catch (DigestException expected) {
      // refused
    }
  }

  @FuzzTest(maxDuration = "5m")
  void listingGivesPapersOrADigestException(byte[] data) {
    try {
      ArxivListing.parse(new ByteArrayInputStream(bytes(data)), LOCATION);
    } catch (DigestException expected) {
      // refused
    }
  }

  @FuzzTest(maxDuration = "5m")
  void oaiPmhGivesRecordsOrADigestException(byte[] data) {
    try {
      OaiReader r = new OaiReader(new ByteArrayInputStream(bytes(data)), LOCATION);
      while (r.hasNext()) {
        assertThat(r.next()).isNotNull();
      }
      r.resumptionToken();
    } catch (DigestException expected) {
      // refused
    }
  }

  private static byte[] bytes(byte[] data) {
    return data == null ? new byte[0] : data;
  }

  private static String utf8(byte[] data) {
    return new String(bytes(data), StandardCharsets.UTF_8);
  }
}
