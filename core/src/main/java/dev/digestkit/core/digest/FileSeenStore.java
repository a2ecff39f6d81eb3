package dev.digestkit.core.digest;

import dev.digestkit.core.DigestException;
import dev.digestkit.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SeenStore} in one UTF-8 text file, a line {@code epoch-second TAB key} per key.
 * Every write replaces the file atomically (a temporary file beside it, forced to disk, then
 * moved over it), so a crash leaves either the old or the new state, never a torn file. Keys
 * older than the retention (default 180 days) are dropped on write.
 *
 * <p>Thread-safe within one JVM; two processes writing one file concurrently may lose each
 * other's last update (never corrupt it).
 */
public final class FileSeenStore implements SeenStore {
  private static final Logger log = LoggerFactory.getLogger(FileSeenStore.class);
  /** Keys older than this are forgotten unless set otherwise. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(180);

  private final Path file;
  private final Duration retention;
  private Map<String, Instant> keys;

  private FileSeenStore(Path file, Duration retention) {
    this.file = file.toAbsolutePath();
    this.retention = retention;
  }

  /** A store in {@code file} (created on first write, with its directories). */
  public static FileSeenStore open(Path file) {
    return new FileSeenStore(Objects.requireNonNull(file, "file"), DEFAULT_RETENTION);
  }

  /** A store in {@code seen.tsv} in {@code directory}. */
  public static FileSeenStore inDirectory(Path directory) {
    return open(directory.resolve("seen.tsv"));
  }

  /** The default store: {@code ~/.digestkit/seen.tsv} in the user's home directory. */
  public static FileSeenStore inUserHome() {
    return inDirectory(defaultDirectory());
  }

  /** {@code ~/.digestkit}: where digestkit keeps state unless told otherwise. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".digestkit");
  }

  /** A copy forgetting keys older than {@code retention} when it writes. */
  public FileSeenStore withRetention(Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
    return new FileSeenStore(file, retention);
  }

  /** The file this store reads and writes. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Set<String> seen(Collection<String> candidates) {
    Map<String, Instant> known = load();
    Set<String> out = new HashSet<>();
    for (String k : candidates) {
      if (known.containsKey(clean(k))) {
        out.add(k);
      }
    }
    return out;
  }

  @Override
  public synchronized void markSeen(Collection<String> newKeys, Instant when) {
    Map<String, Instant> next = new HashMap<>(load());
    for (String k : newKeys) {
      next.putIfAbsent(clean(k), when);
    }
    Instant cutoff = when.minus(retention);
    next.values().removeIf(t -> t.isBefore(cutoff));
    write(next);
    keys = next;
  }

  private Map<String, Instant> load() {
    if (keys != null) {
      return keys;
    }
    Map<String, Instant> loaded = new HashMap<>();
    if (Files.exists(file)) {
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
          int tab = line.indexOf('\t');
          if (tab <= 0) {
            continue;
          }
          try {
            loaded.put(line.substring(tab + 1), Instant.ofEpochSecond(Long.parseLong(line.substring(0, tab))));
          } catch (NumberFormatException e) {
            log.warn("{}: ignoring unreadable line '{}'", file, line);
          }
        }
      } catch (IOException e) {
        throw new DigestException("cannot read seen-store " + file + ": " + e.getMessage(), e);
      }
    }
    keys = loaded;
    return keys;
  }

  private void write(Map<String, Instant> state) {
    StringBuilder b = new StringBuilder(state.size() * 64);
    state.forEach((k, t) -> b.append(t.getEpochSecond()).append('\t').append(k).append('\n'));
    try {
      AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DigestException("cannot write seen-store " + file + ": " + e.getMessage(), e);
    }
  }

  // Tabs and line breaks would break the line format; keys never need them.
  private static String clean(String key) {
    return key.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
