package dev.digestkit.core.http;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.http.internal.CassetteIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recorded HTTP answers for {@link HttpFetcher.Builder#replay(Recordings) replay mode}: each a
 * JSON cassette {@code {"url": …, "status_code": …, "headers": {"Content-Type": …}, "body": "…"}},
 * where {@code headers} is optional and {@code "body_file": "relative/path"} may replace
 * {@code body} for large or binary bodies (the path is relative to the cassette). A textual
 * {@code body} is turned into bytes with the charset named by its Content-Type, else UTF-8.
 *
 * <p>Recordings are matched by URL, normalised: scheme and host in lower case, default port
 * dropped, fragment ignored, query parameters decoded and sorted. Immutable and thread-safe;
 * cassettes are read when the recordings are created, {@code body_file}s when first served.
 */
public final class Recordings {
  /** The file, in a recordings root, that lists the cassettes one per line (relative paths). */
  public static final String INDEX = "index.txt";

  private final CassetteIndex index;

  private Recordings(CassetteIndex index) {
    this.index = index;
  }

  /**
   * The cassettes in {@code dir}: those listed in its {@value #INDEX} when there is one,
   * otherwise every {@code *.json} file below it.
   *
   * @throws ConfigurationException when the directory or a cassette cannot be read
   */
  public static Recordings fromDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new ConfigurationException("recordings directory " + dir + " does not exist");
    }
    List<String> paths;
    try {
      Path indexFile = dir.resolve(INDEX);
      if (Files.isRegularFile(indexFile)) {
        paths = parseIndex(Files.readString(indexFile, StandardCharsets.UTF_8));
      } else {
        try (Stream<Path> files = Files.walk(dir)) {
          paths = files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .collect(Collectors.toList());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigurationException("recordings directory " + dir + " cannot be read: " + e.getMessage(), e);
    }
    return new Recordings(CassetteIndex.load(paths, rel -> {
      Path p = dir.resolve(rel).normalize();
      return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }, dir.toString()));
  }

  /**
   * The cassettes listed in {@code resourceRoot + "/index.txt"} on the class path (a jar cannot
   * be listed, hence the index), loaded with the thread's context class loader, else this
   * library's.
   *
   * @param resourceRoot a resource folder such as {@code "dev/digestkit/examples/snapshot"}
   * @throws ConfigurationException when the index or a cassette is missing or unreadable
   */
  public static Recordings fromClasspath(String resourceRoot) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return fromClasspath(resourceRoot, loader != null ? loader : Recordings.class.getClassLoader());
  }

  /**
   * As {@link #fromClasspath(String)}, with an explicit class loader.
   *
   * @param resourceRoot a resource folder such as {@code "dev/digestkit/examples/snapshot"}
   * @param loader the class loader holding the resources
   * @throws ConfigurationException when the index or a cassette is missing or unreadable
   */
  public static Recordings fromClasspath(String resourceRoot, ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    String root = Objects.requireNonNull(resourceRoot, "resourceRoot").replaceAll("^/+|/+$", "");
    String prefix = root.isEmpty() ? "" : root + "/";
    List<String> paths;
    try (InputStream in = loader.getResourceAsStream(prefix + INDEX)) {
      if (in == null) {
        throw new ConfigurationException("no " + INDEX + " under classpath:" + root + " (a jar cannot be listed: the index names the cassettes)");
      }
      paths = parseIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigurationException("cannot read classpath:" + prefix + INDEX + ": " + e.getMessage(), e);
    }
    return new Recordings(CassetteIndex.load(paths, rel -> loader.getResourceAsStream(prefix + rel), "classpath:" + root));
  }

  /** How many recordings there are. */
  public int size() {
    return index.size();
  }

  /** Whether there is a recording for {@code uri} (matched as replay matches it). */
  public boolean contains(URI uri) {
    return index.find(uri).isPresent();
  }

  CassetteIndex index() {
    return index;
  }

  private static List<String> parseIndex(String text) {
    List<String> paths = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        paths.add(t);
      }
    }
    return paths;
  }

  @Override
  public String toString() {
    return "Recordings[" + index.size() + " from " + index.description() + "]";
  }
}
