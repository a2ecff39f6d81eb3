package dev.digestkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Json;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.testing.TestDigests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private final Digest seed = TestDigests.seedLike();

  @Test
  void markdownHasTheSeedsShape() {
    String md = Renderer.markdown().render(seed);
    assertThat(md).startsWith("# The Inference Report\n\nApril 22, 2026\n\nCompute allocation is the new constraint.\n\nDistribution is the moat.\n\n## AI Labs\n");
    assertThat(md).containsSubsequence("## AI Labs", "## From the Wire", "## Research Papers", "## Benchmarks");
    assertThat(md).contains("### [Introducing GPT-5.5](https://openai.com/index/gpt-5-5/)\n\nOpenAI · Apr 22, 2026\n\nOur newest model.");
    assertThat(md).contains("Also: [https://arxiv.org/abs/2604.00001](https://arxiv.org/abs/2604.00001)");
    assertThat(md).contains("### [PlayCoder: Making LLM-Generated GUI Code Playable](https://arxiv.org/abs/2604.19742) `cs.SE`");
    assertThat(md).contains("| # | Model | Score | tok/s | $/1M |")
        .contains("| 1 | Claude Opus 4.7 | 57.3 | 62 | $10.00 |")
        .contains("| 5 | GPT-5.3 Codex | 53.6 | 80 | $4.81 |")
        .doesNotContain("GLM-5.1 | 51.0");
    assertThat(md).contains("| # | Model | Score |").contains("| 1 | Claude Opus 4.6 | 65.3% |");
    assertThat(md).contains("2 sources read, 1 failed.").contains("- `feed:https://down.example/rss` failed: HTTP error 503");
  }

  @Test
  void markdownEscapesSourceTextAndDropsNonWebLinks() {
    String md = Renderer.markdown().render(TestDigests.hostile());
    assertThat(md).doesNotContain("<script>").doesNotContain("](javascript:").doesNotContain("](data:").doesNotContain("](vbscript:");
    assertThat(md).contains("\\<script\\>");
  }

  @Test
  void htmlEscapesEverySourceTextAndKeepsOnlyWebLinks() {
    String html = Renderer.html().render(TestDigests.hostile());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, img, object, embed, [onload], [onerror], [onmouseover]")).isEmpty();
    assertThat(doc.select("a[href]")).extracting(a -> a.attr("href")).allMatch(h -> h.startsWith("https://") || h.startsWith("http://"))
        .contains("https://arxiv.org/abs/2604.00001", "https://wire.example/story");
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("#labs h3").first().text()).contains("Breaking <script>");
    assertThat(doc.select("section.section")).extracting(e -> e.id()).containsExactly("labs", "wire", "papers", "benchmarks");
    assertThat(doc.select("footer .failed").text()).contains("<script>");
  }

  @Test
  void htmlCarriesAStrictContentSecurityPolicyMatchingItsStylesheet() throws Exception {
    Document doc = Jsoup.parse(Renderer.html().render(seed));
    String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).contains("default-src 'none'").contains("script-src 'none'");
    String css = doc.select("style").first().data();
    byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(csp).contains("style-src 'sha256-" + java.util.Base64.getEncoder().encodeToString(hash) + "'");
  }

  @Test
  void htmlDrawsLeaderboardsAsInlineSvgCharts() {
    Document doc = Jsoup.parse(Renderer.html().render(seed));
    Element aa = doc.getElementById("board-artificial-analysis");
    assertThat(aa.select("table.board tbody tr")).hasSize(5);
    assertThat(aa.select("svg.bars rect")).hasSize(5);
    assertThat(aa.select("svg.scatter circle")).hasSize(5);
    assertThat(aa.select("svg.bars").text()).contains("Claude Opus 4.7").contains("57.3");
    Element swe = doc.getElementById("board-swe-rebench");
    assertThat(swe.select("svg.bars rect")).hasSize(5);
    assertThat(swe.select("svg.scatter")).as("no price column, no scatter").isEmpty();
    assertThat(doc.select("[style]")).as("inline style attributes would break the CSP").isEmpty();
  }

  @Test
  void htmlTemplatesCanBeReplacedByTheApplication() {
    HtmlRenderer r = HtmlRenderer.builder()
        .template(HtmlRenderer.Part.PAPER, "<div class=\"my-paper\">{{{title_link}}} [{{category}}]</div>")
        .template(HtmlRenderer.Part.STYLESHEET, "body { color: red; }")
        .build();
    Document doc = Jsoup.parse(r.render(seed));
    assertThat(doc.select("div.my-paper")).hasSize(2);
    assertThat(doc.select("div.my-paper").first().text()).isEqualTo("PlayCoder: Making LLM-Generated GUI Code Playable [cs.SE]");
    assertThat(doc.select("style").first().data()).isEqualTo("body { color: red; }");
  }

  @Test
  void textRendererAlignsTablesAndDropsTerminalEscapes() {
    String txt = Renderer.text().render(seed);
    assertThat(txt).startsWith("The Inference Report\n====================\n\nApril 22, 2026\n");
    assertThat(txt).contains("* PlayCoder: Making LLM-Generated GUI Code Playable [cs.SE]")
        .containsPattern("  1  Claude Opus 4.7\\s+57\\.3\\s+62\\s+\\$10\\.00")
        .contains("  ! feed:https://down.example/rss failed: HTTP error 503");
    assertThat(txt.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(TextRenderer.WIDTH));
    Digest withEscape = new Digest("Evil\u001b[31m title", seed.date(), seed.window(), java.util.Optional.empty(), seed.sections(), seed.sources());
    assertThat(Renderer.text().render(withEscape)).doesNotContain("\u001b").contains("Evil[31m title");
  }

  @Test
  void jsonRendererReadsBackIntoTheSameDigest() throws Exception {
    String json = Renderer.json().render(seed);
    assertThat(Json.newMapper().readValue(json, Digest.class)).isEqualTo(seed);
  }

  @Test
  void failuresAppearInTheFooterOfEveryFormat() {
    for (String format : new String[] {"markdown", "html", "text", "json"}) {
      assertThat(Renderer.forFormat(format).render(seed)).as(format).contains("HTTP error 503");
    }
  }

  @Test
  void unknownFormatIsAConfigurationError() {
    assertThatThrownBy(() -> Renderer.forFormat("pdf")).isInstanceOf(ConfigurationException.class).hasMessageContaining("pdf");
  }
}
