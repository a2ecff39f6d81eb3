package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.arxiv.internal.OaiReader;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OaiDocumentTest {

  private static OaiReader reader(String resource) {
    return new OaiReader(new ByteArrayInputStream(Fixtures.bytes(resource)), URI.create("https://oaipmh.arxiv.org/oai"));
  }

  private static List<HarvestedRecord> records(String resource) {
    OaiReader r = reader(resource);
    List<HarvestedRecord> out = new ArrayList<>();
    while (r.hasNext()) {
      out.add(r.next());
    }
    return out;
  }

  @Test
  void readsArxivFormatRecordsWithHeaderAndMetadata() {
    List<HarvestedRecord> recs = records("arxiv-oai/hepcrawl_GetRecord_arXiv_1401.2122.xml");
    HarvestedRecord r = recs.get(0);
    assertThat(r.identifier()).isEqualTo("oai:arXiv.org:1401.2122");
    assertThat(r.datestamp()).contains(LocalDate.of(2018, 1, 25));
    assertThat(r.sets()).containsExactly("math", "physics:hep-th", "physics:math-ph", "physics:nlin");
    Paper p = r.paper().orElseThrow();
    assertThat(p.id()).isEqualTo("1401.2122");
    assertThat(p.title().text()).isEqualTo("New integrable (3+1)-dimensional systems and contact geometry");
    assertThat(p.authors()).containsExactly(Author.of("A. Sergyeyev"));
    assertThat(p.primaryCategory()).contains("math.AP");
    assertThat(p.categories()).containsExactly("math.AP", "hep-th", "math-ph", "math.DG", "math.MP", "nlin.SI");
    assertThat(p.published()).contains(Instant.parse("2014-01-09T00:00:00Z"));
    assertThat(p.updated()).contains(Instant.parse("2017-10-23T00:00:00Z"));
    assertThat(p.journalRef()).contains("Lett. Math. Phys. 108 (2018), no. 2, 359-376");
    assertThat(p.doi()).contains("10.1007/s11005-017-1013-4");
    assertThat(p.comment()).hasValueSatisfying(c -> assertThat(c).startsWith("16 pages, LaTeX").doesNotContain("\n"));
    assertThat(p.abstractText().text()).startsWith("We introduce a novel systematic construction");
  }

  @Test
  void readsRecordsWhoseMetadataSitsInTheOaiNamespace() {
    List<HarvestedRecord> recs = records("arxiv-oai/hepcrawl_sample_arxiv_record.xml");
    assertThat(recs).hasSize(12);
    Paper p = recs.get(0).paper().orElseThrow();
    assertThat(p.id()).isEqualTo("1601.03238");
    assertThat(p.authors()).extracting(Author::name).startsWith("Planck Collaboration", "Jieci Wang");
  }

  @Test
  void readsArxivRawVersionHistoriesAndDeletedRecords() {
    List<HarvestedRecord> recs = records("arxiv-oai/constructed_ListRecords_arXivRaw.xml");
    assertThat(recs).hasSize(3);
    HarvestedRecord first = recs.get(0);
    assertThat(first.versions()).extracting(ArxivVersion::number).containsExactly(1, 2);
    assertThat(first.versions().get(0).submitted()).isEqualTo(Instant.parse("2007-04-02T19:18:42Z"));
    assertThat(first.versions().get(1).size()).contains("37kb");
    Paper p = first.paper().orElseThrow();
    assertThat(p.versionedId()).isEqualTo("0704.0001v2");
    assertThat(p.published()).contains(Instant.parse("2007-04-02T19:18:42Z"));
    assertThat(p.updated()).contains(Instant.parse("2007-07-24T20:10:27Z"));
    assertThat(p.authors()).extracting(Author::name).hasSize(4).contains("E. L. Berger", "C.-P. Yuan");
    assertThat(p.doi()).contains("10.1103/PhysRevD.76.013009");
    assertThat(recs.get(1).versions()).hasSize(3);
    HarvestedRecord deleted = recs.get(2);
    assertThat(deleted.deleted()).isTrue();
    assertThat(deleted.paper()).isEmpty();
  }

  @Test
  void readsOaiDcWithCategoriesFromSubjectNamesAndTheResumptionToken() {
    OaiReader r = reader("arxiv-oai/atomiklabs_ListRecords_oai_dc_cs_2024-01-25_resumptionToken.xml");
    List<HarvestedRecord> recs = new ArrayList<>();
    while (r.hasNext()) {
      recs.add(r.next());
    }
    assertThat(recs).hasSize(5);
    Paper p = recs.get(0).paper().orElseThrow();
    assertThat(p.id()).isEqualTo("1303.2033");
    assertThat(p.authors()).containsExactly(Author.of("Vilnis Liepins"));
    assertThat(p.categories()).containsExactly("cs.DS", "cs.IT", "math.NA");
    assertThat(p.comment()).contains("32 pages, 9 figures");
    assertThat(p.published()).contains(Instant.parse("2013-03-08T00:00:00Z"));
    assertThat(p.abstractText().text()).startsWith("This summary of the doctoral thesis");
    assertThat(r.resumptionToken()).contains("6960524|1001");
    assertThat(r.completeListSize()).hasValue(1162);
  }

  @Test
  void noRecordsMatchIsAnEmptyResultAndOtherErrorsAreTyped() {
    assertThat(records("arxiv-oai/constructed_error_noRecordsMatch.xml")).isEmpty();
    assertThatThrownBy(() -> records("arxiv-oai/constructed_error_badResumptionToken.xml"))
        .isInstanceOfSatisfying(OaiPmhException.class, e -> {
          assertThat(e.code()).isEqualTo("badResumptionToken");
          assertThat(e.oaiMessage()).isEqualTo("Invalid or expired resumptionToken");
        });
  }
}
