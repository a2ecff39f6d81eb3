package dev.digestkit.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Debian Chromium for tests: {@link #ensureInstalled()} runs
 * {@code scripts/ensure-chromium.sh} when {@code /usr/bin/chromium} is missing; {@link #dumpDom}
 * loads a local page and returns the DOM after load, so tests see what scripts (had any run) did.
 */
public final class Chromium {
  public static final Path BINARY = Path.of("/usr/bin/chromium");

  private Chromium() {}

  /** Installs Chromium with the project's script unless it is there. */
  public static void ensureInstalled() throws IOException, InterruptedException {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    Path script = findUp("scripts/ensure-chromium.sh");
    Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("scripts/ensure-chromium.sh failed; Chromium is needed for this test");
    }
  }

  /** The DOM of {@code page} after load. */
  public static String dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
    Path out = workDir.resolve(page.getFileName() + ".dom");
    run(workDir, out, "--dump-dom", page.toUri().toString());
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Saves a PNG of {@code page} at the given window size. */
  public static void screenshot(Path page, Path png, int width, int height, Path workDir) throws IOException, InterruptedException {
    run(workDir, workDir.resolve("screenshot.log"), "--hide-scrollbars", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), page.toUri().toString());
  }

  private static void run(Path workDir, Path stdout, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within 2 minutes");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("chromium exited with " + p.exitValue());
    }
  }

  private static Path findUp(String relative) {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path s = d.resolve(relative);
      if (Files.isRegularFile(s)) {
        return s;
      }
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
