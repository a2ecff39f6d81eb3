package dev.digestkit.core.render;

import static dev.digestkit.core.testing.TestItems.playCoder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.Json;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.Section;
import dev.digestkit.core.digest.SectionKind;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Signal;
import dev.digestkit.core.testing.TestDigests;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A written summary, signals and ranking reasons appear in every renderer, and only when present. */
class EntryExtrasTest {
  private static Digest withEntry(DigestEntry entry) {
    Digest seed = TestDigests.seedLike();
    return new Digest(seed.title(), seed.date(), seed.window(), seed.editorial(),
        List.of(new Section(SectionKind.PAPERS, "Research Papers", List.of(entry))), seed.sources());
  }

  private static DigestEntry rich() {
    Paper p = playCoder().toBuilder()
        .addSignal(Signal.of(Signal.UPVOTES, 123, "huggingface", Instant.parse("2026-04-27T00:00:00Z")))
        .addSignal(Signal.of(Signal.CITATIONS, 45, "semantic-scholar"))
        .addSignal(Signal.of(Signal.CITED_BY, 40, "openalex"))
        .build();
    return TestDigests.entry(p).withSummary("Play-testing <b>code</b> agents in one sentence.")
        .withReasons(List.of("matches: code agents", "by followed author Ada"));
  }

  @Test
  void everyRendererShowsSummarySignalsAndReasons() {
    Digest d = withEntry(rich());
    for (Renderer r : List.of(Renderer.markdown(), Renderer.text(), Renderer.html())) {
      String out = r.render(d);
      assertThat(out).as(r.getClass().getSimpleName())
          .contains("Play-testing")
          .contains("123 upvotes · 45 citations")
          .doesNotContain("40 citations")
          .contains("matches: code agents; by followed author Ada");
    }
    assertThat(Renderer.html().render(d))
        .contains("<p class=\"tldr\">Play-testing &lt;b&gt;code&lt;/b&gt; agents in one sentence.</p>")
        .contains("<p class=\"why\">Why: ");
  }

  @Test
  void plainEntriesAddNoLines() {
    Digest d = withEntry(TestDigests.entry(playCoder()));
    String html = Renderer.html().render(d);
    assertThat(html).doesNotContain("class=\"tldr\"").doesNotContain("class=\"why\"").doesNotContain("class=\"signals\"");
    assertThat(Renderer.markdown().render(d)).doesNotContain("TL;DR").doesNotContain("Why:");
    assertThat(Renderer.text().render(d)).doesNotContain("TL;DR").doesNotContain("Why:");
  }

  @Test
  void signalsSummaryAndReasonsSurviveJson() throws Exception {
    DigestEntry e = rich();
    String json = Json.newMapper().writeValueAsString(e);
    DigestEntry back = Json.newMapper().readValue(json, DigestEntry.class);
    assertThat(back).isEqualTo(e);
    assertThat(((Paper) back.item()).signal(Signal.UPVOTES)).map(Signal::value).contains(123.0);
  }
}
