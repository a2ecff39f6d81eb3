package dev.digestkit.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Opens a local HTML file in headless Chromium and returns the DOM once its scripts (had any run)
 * and a little virtual time for timers and error handlers have passed. Chromium is installed by
 * {@link Chromium#ensureInstalled()} when missing; no test is skipped for want of a browser.
 */
public final class HeadlessChromium {
  private HeadlessChromium() {}

  /** Makes sure Chromium is there, installing it with the project's script if needed. */
  public static void ensure() throws IOException, InterruptedException {
    Chromium.ensureInstalled();
  }

  /** The serialised DOM of {@code page}; networking is off, so the page can reach nothing. */
  public static String dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    Path out = workDir.resolve(page.getFileName() + ".dom");
    Process p = new ProcessBuilder(Chromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom",
        page.toUri().toString())
        .redirectOutput(out.toFile())
        .redirectError(workDir.resolve(page.getFileName() + ".stderr").toFile())
        .start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 2 minutes");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
