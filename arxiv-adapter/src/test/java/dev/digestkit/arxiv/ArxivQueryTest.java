package dev.digestkit.arxiv;

import static dev.digestkit.arxiv.ArxivQuery.au;
import static dev.digestkit.arxiv.ArxivQuery.cat;
import static dev.digestkit.arxiv.ArxivQuery.ti;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArxivQueryTest {

  @Test
  void rendersEveryFieldWithItsPrefix() {
    assertThat(ArxivQuery.all("electron")).hasToString("all:electron");
    assertThat(ti("transformer")).hasToString("ti:transformer");
    assertThat(au("del_maestro")).hasToString("au:del_maestro");
    assertThat(ArxivQuery.abs("graph")).hasToString("abs:graph");
    assertThat(ArxivQuery.co("NeurIPS")).hasToString("co:NeurIPS");
    assertThat(ArxivQuery.jr("Phys. Rev.")).hasToString("jr:\"Phys. Rev.\"");
    assertThat(cat("cs.LG")).hasToString("cat:cs.LG");
    assertThat(ArxivQuery.rn("CERN-TH-2004")).hasToString("rn:CERN-TH-2004");
    assertThat(ArxivQuery.id("2404.12345")).hasToString("id:2404.12345");
  }

  @Test
  void quotesPhrasesAndGroupsCompoundOperands() {
    ArxivQuery q = au("del_maestro").andNot(ti("checkerboard").or(ti("Pyrochlore")));
    assertThat(q).hasToString("au:del_maestro ANDNOT (ti:checkerboard OR ti:Pyrochlore)");
    assertThat(au("del_maestro").and(ti("quantum  criticality")))
        .hasToString("au:del_maestro AND ti:\"quantum criticality\"");
    assertThat(cat("cs.LG").or(cat("cs.AI")).and(ti("agent")))
        .hasToString("(cat:cs.LG OR cat:cs.AI) AND ti:agent");
    assertThat(ArxivQuery.raw("cat:cs.LG AND ti:transformer").andNot(ti("survey")))
        .hasToString("(cat:cs.LG AND ti:transformer) ANDNOT ti:survey");
  }

  @Test
  void rendersDateRangesInArxivsFormat() {
    assertThat(ArxivQuery.submittedDate(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
        .hasToString("submittedDate:[202401010000 TO 202401312359]");
    assertThat(ArxivQuery.lastUpdatedDate(Instant.parse("2023-01-01T06:00:00Z"), Instant.parse("2024-01-01T06:00:00Z")))
        .hasToString("lastUpdatedDate:[202301010600 TO 202401010600]");
    assertThat(cat("cs.LG").and(ArxivQuery.submittedDate(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))))
        .hasToString("cat:cs.LG AND submittedDate:[202605010000 TO 202605012359]");
  }

  @Test
  void rejectsEmptyTermsAndBackwardRanges() {
    assertThatThrownBy(() -> ti("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArxivQuery.submittedDate(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts after");
  }

  @Test
  void searchRefusesToAskBeyondTheResultCeilingUpFront() {
    assertThatThrownBy(() -> ArxivSearch.builder().query(cat("cs.LG")).maxResults(30_001).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("30000");
    assertThatThrownBy(() -> ArxivSearch.builder().query(cat("cs.LG")).start(29_990).maxResults(20).build())
        .isInstanceOf(ConfigurationException.class);
    assertThat(ArxivSearch.builder().query(cat("cs.LG")).maxResults(30_000).build().maxResults()).contains(30_000);
    assertThatThrownBy(() -> ArxivSearch.builder().build()).isInstanceOf(ConfigurationException.class);
  }
}
