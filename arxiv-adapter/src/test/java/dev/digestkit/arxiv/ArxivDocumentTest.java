package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ParseException;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArxivDocumentTest {

  private static ArxivDocument cassette(String name) {
    Fixtures.Cassette c = Fixtures.cassette("arxiv-api/" + name);
    return ArxivDocument.parse(new ByteArrayInputStream(c.body()), c.url(), c.status());
  }

  private static ArxivDocument file(String resource) {
    return ArxivDocument.parse(new ByteArrayInputStream(Fixtures.bytes(resource)), URI.create("file:///" + resource));
  }

  @Test
  void readsEveryFieldOfAn2026ApiEntryWithOldStyleIdAndAffiliation() {
    ArxivDocument doc = cassette("id_hep-ex_0406020v1_s0_m100_84b15d66c0ce.json");
    assertThat(doc.kind()).isEqualTo(ArxivDocument.Kind.API);
    assertThat(doc.totalResults()).hasValue(1);
    Paper p = doc.papers().get(0);
    assertThat(p.id()).isEqualTo("hep-ex/0406020");
    assertThat(p.version()).contains(1);
    assertThat(p.title().text()).isEqualTo("Sparticle Reconstruction at LHC");
    assertThat(p.authors()).containsExactly(new Author("Alessia Tricomi", List.of("for the ATLAS and CMS Collaborations")));
    assertThat(p.abstractText().text()).startsWith("In this report a review of recent studies");
    assertThat(p.abstractText().raw()).startsWith("  In this report");
    assertThat(p.primaryCategory()).contains("hep-ex");
    assertThat(p.categories()).containsExactly("hep-ex");
    assertThat(p.published()).contains(Instant.parse("2004-06-07T11:08:22Z"));
    assertThat(p.updated()).contains(Instant.parse("2004-06-07T11:08:22Z"));
    assertThat(p.comment()).hasValueSatisfying(c -> assertThat(c).startsWith("Presented at XXXIX Rencontres de Moriond"));
    assertThat(p.links().abs()).contains(URI.create("https://arxiv.org/abs/hep-ex/0406020v1"));
    assertThat(p.links().pdf()).contains(URI.create("https://arxiv.org/pdf/hep-ex/0406020v1"));
    assertThat(p.announceType()).isEmpty();
  }

  @Test
  void readsJournalRefDoiCategoriesAndUtf8NamesOfASearchPage() {
    ArxivDocument doc = cassette("q_testing_s0_m10_bc5a6c384fe9.json");
    assertThat(doc.totalResults()).hasValue(214881);
    assertThat(doc.papers()).hasSize(10);
    Paper first = doc.papers().get(0);
    assertThat(first.id()).isEqualTo("2202.12139");
    assertThat(first.primaryCategory()).contains("cs.SE");
    assertThat(first.categories()).containsExactly("cs.SE", "cs.LG");
    assertThat(first.doi()).contains("10.1109/ICSTW55395.2022.00035");
    assertThat(first.journalRef()).hasValueSatisfying(j -> assertThat(j).startsWith("Artificial Intelligence in Software Testing"));
    assertThat(doc.papers()).flatExtracting(Paper::authors).extracting(Author::name).contains("Aurora Ramírez");
  }

  @Test
  void readsThe2016LegacyFormatWithPerElementNamespaces() {
    ArxivDocument doc = file("arxiv-api/arxivpy_2016_search_au_del_maestro.xml");
    assertThat(doc.kind()).isEqualTo(ArxivDocument.Kind.API);
    assertThat(doc.totalResults()).hasValue(31);
    assertThat(doc.papers()).hasSize(10);
    Paper p = doc.papers().get(0);
    assertThat(p.id()).isEqualTo("1201.4869");
    assertThat(p.version()).contains(1);
    assertThat(p.primaryCategory()).contains("cond-mat.mes-hall");
    assertThat(p.categories()).containsExactly("cond-mat.mes-hall", "cond-mat.other");
    assertThat(p.doi()).contains("10.1142/S021797921244002X");
    assertThat(p.journalRef()).contains("Int. J. Mod. Phys. B, 26, 1244002 (2012)");
    assertThat(p.comment()).contains("26 pages, 10 figures");
    assertThat(p.links().abs()).contains(URI.create("http://arxiv.org/abs/1201.4869v1"));
    assertThat(p.links().pdf()).contains(URI.create("http://arxiv.org/pdf/1201.4869v1"));
    assertThat(p.abstractText().text()).doesNotContain("\n").startsWith("As helium-4 is cooled below 2.17 K");
    assertThat(doc.papers().get(1).id()).isEqualTo("cond-mat/0412498");
  }

  @Test
  void readsTheLegacyIdLookupOfAFourDigitPre2015Id() {
    Paper p = file("arxiv-api/arxivpy_2016_id_list_1111.2011v2.xml").papers().get(0);
    assertThat(p.id()).isEqualTo("1111.2011");
    assertThat(p.version()).contains(2);
  }

  @Test
  void latexInRealAbstractsComesOutReadable() {
    Paper p = file("arxiv-api/arxivpy_2016_search_au_del_maestro.xml").papers().stream()
        .filter(x -> x.abstractText().raw().contains("$\\delta$")).findFirst().orElseThrow();
    assertThat(p.abstractText().raw()).contains("$\\delta$");
    assertThat(p.abstractText().text()).contains("δ").doesNotContain("$\\delta$");
  }

  @Test
  void anErrorEntryBecomesArxivApiExceptionWithArxivsMessage() {
    assertThatThrownBy(() -> cassette("id_abc_s0_m100_b79c8dcf6bc3.json"))
        .isInstanceOfSatisfying(ArxivApiException.class, e -> {
          assertThat(e.arxivMessage()).isEqualTo("incorrect id format for abc");
          assertThat(e.status()).contains(400);
        })
        .hasMessageContaining("incorrect id format for abc");
  }

  @Test
  void anEmptyResultHasNoPapersAndTotalZero() {
    ArxivDocument doc = cassette("id_0000.0000_s0_m100_8b51d9633a68.json");
    assertThat(doc.papers()).isEmpty();
    assertThat(doc.totalResults()).hasValue(0);
  }

  @Test
  void detectsListingsAndOaiResponses() {
    assertThat(file("arxiv-rss/distill_arxiv_cs_lg.xml").kind()).isEqualTo(ArxivDocument.Kind.LISTING);
    assertThat(file("arxiv-rss/constructed_atom_cs_LG_all_announce_types.xml").kind()).isEqualTo(ArxivDocument.Kind.LISTING);
    ArxivDocument oai = file("arxiv-oai/hepcrawl_ListRecords_arXiv_physics-hep-th.xml");
    assertThat(oai.kind()).isEqualTo(ArxivDocument.Kind.OAI);
    assertThat(oai.papers()).extracting(Paper::id).containsExactly("1412.8323", "1507.07790", "1607.01710");
  }

  @Test
  void rejectsDocumentsOfOtherKindsAndBrokenXmlWithLocation() {
    assertThatThrownBy(() -> ArxivDocument.parse(bytes("<html><body>hi</body></html>"), URI.create("file:///x.html")))
        .isInstanceOf(ParseException.class).hasMessageContaining("root element <html>").hasMessageContaining("x.html");
    assertThatThrownBy(() -> ArxivDocument.parse(bytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>"),
        URI.create("file:///cut.xml")))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.line()).isPresent());
  }

  @Test
  void neverResolvesExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String doc = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
        + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2404.12345v1</id>"
        + "<title>T &xxe; &b; caf&eacute;&nbsp;x</title><summary>s</summary></entry></feed>";
    Paper p = ArxivDocument.parse(bytes(doc), URI.create("file:///xxe.xml")).papers().get(0);
    assertThat(p.title().raw()).doesNotContain("TOP-SECRET").doesNotContain("aaaaaaaaaa").contains("café");
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
