package dev.digestkit.core.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Writes a digest's editorial from its assembled sections: plug in an LLM, or use the plain
 * {@link ExtractiveEditor}. Called once per digest, after ranking and de-duplication.
 *
 * <p>An editor is set on {@link DigestAssembler.Builder#editor(Editor)}, or shipped in a jar as a
 * service: list its class (public, with a no-argument constructor) in
 * {@code META-INF/services/dev.digestkit.core.digest.Editor} and applications find it by
 * {@link #name()} through {@link #installed()} (the {@code digestkit digest --editor NAME} option
 * does). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Editor {
  /** A short name users pick the editor by, e.g. {@code extractive}; defaults to the class name. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Every editor installed as a service on the context class loader (or this interface's), in
   * class-path order; {@link ExtractiveEditor} is always among them.
   */
  static List<Editor> installed() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    List<Editor> editors = new ArrayList<>();
    ServiceLoader.load(Editor.class, cl != null ? cl : Editor.class.getClassLoader()).forEach(editors::add);
    return List.copyOf(editors);
  }

  /** The installed editor called {@code name}, if any. */
  static Optional<Editor> installed(String name) {
    return installed().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /**
   * The editorial for {@code draft} (a digest with no editorial yet), or empty for none.
   * A thrown exception is logged and the digest goes out without an editorial.
   */
  Optional<String> write(Digest draft);
}
