package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.DigestException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged documents fail with a DigestException, never anything else. */
class MalformedInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"arxiv-api/arxivpy_2016_search_au_del_maestro.xml", "arxiv-rss/distill_arxiv_cs_ai.xml",
      "arxiv-rss/constructed_atom_cs_LG_all_announce_types.xml", "arxiv-oai/constructed_ListRecords_arXivRaw.xml",
      "arxiv-oai/atomiklabs_ListRecords_oai_dc_cs_2024-01-25_resumptionToken.xml", "arxiv-oai/hepcrawl_sample_arxiv_record.xml"})
  void truncatedOrCorruptedDocumentsFailOnlyWithDigestExceptions(String resource) {
    byte[] doc = Fixtures.bytes(resource);
    Random random = new Random(resource.hashCode());
    for (int i = 0; i < 60; i++) {
      byte[] damaged = i % 2 == 0
          ? Arrays.copyOf(doc, random.nextInt(doc.length))
          : corrupt(doc, random);
      try {
        ArxivDocument.parse(new ByteArrayInputStream(damaged), URI.create("file:///" + resource));
      } catch (RuntimeException e) {
        assertThat(e).as("damaged copy %d of %s", i, resource).isInstanceOf(DigestException.class);
      }
    }
  }

  private static byte[] corrupt(byte[] doc, Random random) {
    byte[] copy = doc.clone();
    for (int k = 0; k < 8; k++) {
      int at = random.nextInt(copy.length);
      copy[at] = (byte) "<>&\"'/=:v0 \u00ff".charAt(random.nextInt(12));
    }
    return copy;
  }
}
