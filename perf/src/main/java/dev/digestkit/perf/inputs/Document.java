package dev.digestkit.perf.inputs;

import java.net.URI;
import java.util.Objects;

/**
 * One document handed to every contender: the bytes as served and the URL it was served from.
 *
 * @param name a short label for reports
 * @param url the document URL, for resolving relative links
 * @param bytes the body; shared, never modified
 */
public record Document(String name, URI url, byte[] bytes) {
  /** Checks every component is present. */
  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(bytes, "bytes");
  }
}
