package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArxivListingTest {

  private static ArxivListing listing(String resource) {
    return ArxivListing.parse(new ByteArrayInputStream(Fixtures.bytes(resource)), URI.create("https://rss.arxiv.org/" + resource));
  }

  @Test
  void readsARealRssListingWithAbstractsTakenOutOfTheDescription() {
    ArxivListing l = listing("arxiv-rss/distill_arxiv_cs_lg.xml");
    assertThat(l.papers()).isNotEmpty().allSatisfy(p -> assertThat(p.announceType()).contains(AnnounceType.NEW));
    Paper p = l.papers().get(0);
    assertThat(p.id()).isEqualTo("2604.21952");
    assertThat(p.version()).contains(1);
    assertThat(p.title().text()).isEqualTo("Focus Session: Hardware and Software Techniques for Accelerating Multimodal Foundation Models");
    assertThat(p.abstractText().text()).startsWith("This work presents a multi-layered methodology")
        .doesNotContain("Announce Type").doesNotContain("Abstract:")
        .contains("visual resolution & stride");
    assertThat(p.authors()).extracting(Author::name)
        .containsExactly("Muhammad Shafique", "Abdul Basit", "Muhammad Abdullah Hanif", "Alberto Marchisio",
            "Rachmad Vidya Wicaksana Putra", "Minghao Shao");
    assertThat(p.categories()).containsExactly("cs.LG", "cs.AI", "cs.AR", "cs.NE", "cs.RO");
    assertThat(p.primaryCategory()).contains("cs.LG");
    assertThat(p.updated()).contains(Instant.parse("2026-04-27T04:00:00Z"));
    assertThat(p.published()).contains(Instant.parse("2026-04-27T04:00:00Z"));
    assertThat(p.links().abs()).contains(URI.create("https://arxiv.org/abs/2604.21952"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"arxiv-rss/constructed_rss_cs_LG_all_announce_types.xml", "arxiv-rss/constructed_atom_cs_LG_all_announce_types.xml"})
  void readsEveryAnnounceTypeInBothFormats(String resource) {
    ArxivListing l = listing(resource);
    assertThat(l.papers()).extracting(p -> p.announceType().orElseThrow())
        .containsExactly(AnnounceType.NEW, AnnounceType.CROSS, AnnounceType.REPLACE, AnnounceType.REPLACE_CROSS);
    assertThat(l.papers()).extracting(Paper::versionedId)
        .containsExactly("2604.21952v1", "2604.21935v1", "2301.05651v2", "2005.14124v2");
    Paper cross = l.papers().get(1);
    assertThat(cross.primaryCategory()).contains("cs.AI");
    assertThat(cross.abstractText().text()).startsWith("Although language models demonstrate");
    Paper replaced = l.papers().get(2);
    assertThat(replaced.title().text()).isEqualTo("Mutation Testing of Deep Reinforcement Learning Based on Real Faults");
    assertThat(replaced.updated()).contains(Instant.parse("2026-04-27T04:00:00Z"));
    assertThat(replaced.published()).as("a replacement's listing date is not its first version's").isEmpty();
    assertThat(l.papers()).allSatisfy(p -> assertThat(p.authors()).isNotEmpty());
  }

  @Test
  void readsAListingWithUnescapedAmpersandsLeniently() {
    String broken = Fixtures.text("arxiv-rss/distill_arxiv_cs_lg.xml").replace("&amp;", "&");
    ArxivListing l = ArxivListing.parse(new ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        URI.create("https://rss.arxiv.org/rss/cs.LG"));
    assertThat(l.papers()).hasSameSizeAs(listing("arxiv-rss/distill_arxiv_cs_lg.xml").papers());
    assertThat(l.papers().get(0).abstractText().text()).contains("visual resolution & stride");
  }

  @Test
  void helpersKeepOnlyNewOrNewAndCrossLists() {
    ArxivListing l = listing("arxiv-rss/constructed_rss_cs_LG_all_announce_types.xml");
    assertThat(l.onlyNew().papers()).extracting(Paper::id).containsExactly("2604.21952");
    assertThat(l.newAndCrossLists().papers()).extracting(Paper::id).containsExactly("2604.21952", "2604.21935");
    assertThat(l.withTypes(EnumSet.of(AnnounceType.REPLACE, AnnounceType.REPLACE_CROSS)).papers())
        .extracting(Paper::id).containsExactly("2301.05651", "2005.14124");
    assertThat(l.withTypes(EnumSet.noneOf(AnnounceType.class)).papers()).isEmpty();
  }

  @Test
  void rssAndAtomFormsOfTheSameListingGiveTheSamePapers() {
    assertThat(listing("arxiv-rss/constructed_atom_cs_LG_all_announce_types.xml").papers())
        .isEqualTo(listing("arxiv-rss/constructed_rss_cs_LG_all_announce_types.xml").papers());
  }
}
