package dev.digestkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.testing.Chromium;
import dev.digestkit.core.testing.TestDigests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens rendered digests in headless Chromium and reads back the DOM after load. */
class HtmlDigestInChromiumTest {
  @TempDir static Path dir;

  @BeforeAll
  static void ensureChromium() throws Exception {
    Chromium.ensureInstalled();
  }

  @Test
  void theControlPageProvesTheMarkerDetectsExecutedScript() throws Exception {
    String dom = dumpDom("control.html", "<!DOCTYPE html><html><body><p>control</p><script>"
        + "document.body.appendChild(document.createElement('x-'+'pwned'))</script></body></html>");
    assertThat(dom).contains("<" + TestDigests.MARKER);
  }

  @Test
  void hostileFeedTextNeverRunsAndEverySectionShows() throws Exception {
    String dom = dumpDom("hostile.html", Renderer.html().render(TestDigests.hostile()));
    assertThat(dom).doesNotContain("<" + TestDigests.MARKER);
    assertThat(dom).contains("<section id=\"labs\"", "<section id=\"wire\"", "<section id=\"papers\"", "<section id=\"benchmarks\"");
    assertThat(dom).contains("Breaking &lt;script&gt;").contains("Normal wire story").contains("<svg");
    assertThat(dom).doesNotContain("href=\"javascript:").doesNotContain("href=\"data:").doesNotContain("href=\"vbscript:");
    assertThat(dom).contains("<footer class=\"sources\"");
  }

  @Test
  void seedLikeDigestShowsAllSectionsChartsAndTheFailureFooter() throws Exception {
    String dom = dumpDom("seed.html", Renderer.html().render(TestDigests.seedLike()));
    assertThat(dom).contains("AI Labs", "From the Wire", "Research Papers", "Benchmarks")
        .contains("class=\"chart bars\"").contains("class=\"chart scatter\"")
        .contains("feed:https://down.example/rss failed: HTTP error 503");
  }

  private static String dumpDom(String name, String html) throws Exception {
    Path page = dir.resolve(name);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return Chromium.dumpDom(page, dir);
  }
}
