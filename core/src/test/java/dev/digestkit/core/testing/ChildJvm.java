package dev.digestkit.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code main} class run in a separate JVM on the test class path, so a test can kill it hard
 * (SIGKILL, no shutdown hooks, no finally blocks) in the middle of its work and then check what
 * it left on disk. The child's stdout is read line by line; stderr goes to a file for diagnosis.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final Path stderr;

  private ChildJvm(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The child died; its lines so far are all there is.
      }
      lines.add(EOF);
    }, "child-jvm-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  private static final String EOF = "\u0000EOF";

  /** Starts {@code main} with {@code args} in a new JVM (64 MB heap), stderr to {@code stderr}. */
  public static ChildJvm start(Class<?> main, Path stderr, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx64m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
      return new ChildJvm(p, stderr);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for a stdout line matching {@code wanted} and returns it.
   *
   * @throws AssertionError when the child ends or {@code timeout} passes first
   */
  public String awaitLine(Predicate<String> wanted, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
        if (line == null || line.equals(EOF)) {
          throw new AssertionError("child " + (line == null ? "timed out" : "ended") + " before the awaited line; "
              + "stdout so far " + seen + "; stderr in " + stderr);
        }
        seen.add(line);
        if (wanted.test(line)) {
          return line;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Every stdout line read so far by {@link #awaitLine} and {@link #awaitExit}. */
  public List<String> lines() {
    return List.copyOf(seen);
  }

  /** Kills the child with SIGKILL and waits until it is gone. */
  public void killHard() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new AssertionError("child survived SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the child to end by itself, collecting its remaining stdout, and returns its exit code. */
  public int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("child did not end within " + timeout + "; stderr in " + stderr);
      }
      for (String line; (line = lines.poll(5, TimeUnit.SECONDS)) != null && !line.equals(EOF); ) {
        seen.add(line);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      killHard();
    }
  }
}
