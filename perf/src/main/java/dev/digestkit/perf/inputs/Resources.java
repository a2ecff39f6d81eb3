package dev.digestkit.perf.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the recorded inputs bundled under {@code dev/digestkit/perf/inputs/} in this jar. */
public final class Resources {
  static final String ROOT = "dev/digestkit/perf/inputs/";

  private Resources() {}

  /**
   * The bytes of one bundled input, exactly as recorded.
   *
   * @param relative path under the inputs root, e.g. {@code lab-feeds/olshansk-feed_groq.xml}
   * @throws IllegalStateException when the resource is missing from the jar
   */
  public static byte[] bytes(String relative) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled input " + ROOT + relative);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of {@code <folder>/index.txt}: the file names in that folder (a jar cannot be listed). */
  public static List<String> index(String folder) {
    String text = new String(bytes(folder + "/index.txt"), java.nio.charset.StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : text.split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }
}
