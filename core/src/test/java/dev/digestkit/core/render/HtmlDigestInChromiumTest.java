package dev.digestkit.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.testing.TestDigests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered digests in headless Chromium (Debian's package, installed by
 * {@code scripts/ensure-chromium.sh} when missing) and reads back the DOM after load.
 */
class HtmlDigestInChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir static Path dir;

  @BeforeAll
  static void ensureChromium() throws Exception {
    if (Files.isExecutable(CHROMIUM)) {
      return;
    }
    Path script = findScript();
    Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("chromium install finished").isTrue();
    assertThat(p.exitValue()).as("scripts/ensure-chromium.sh exit code").isZero();
  }

  private static Path findScript() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path s = d.resolve("scripts/ensure-chromium.sh");
      if (Files.isRegularFile(s)) {
        return s;
      }
    }
    throw new IllegalStateException("scripts/ensure-chromium.sh not found above " + Path.of("").toAbsolutePath());
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

  private static String dumpDom(String name, String html) throws IOException, InterruptedException {
    Path page = dir.resolve(name);
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = dir.resolve(name + ".dom");
    Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString()))
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 2 minutes");
    }
    assertThat(p.exitValue()).as("chromium exit code").isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
