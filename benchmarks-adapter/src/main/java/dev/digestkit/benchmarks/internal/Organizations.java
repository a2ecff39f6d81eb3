package dev.digestkit.benchmarks.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The prefix → organization table in {@code organizations.tsv}. Not part of the public API. */
public final class Organizations {
  private static final Map<String, String> BY_KEY_PREFIX = new LinkedHashMap<>();
  private static final Map<String, String> BY_ORG_PREFIX = new LinkedHashMap<>();

  static {
    try (InputStream in = Organizations.class.getResourceAsStream("organizations.tsv")) {
      if (in == null) {
        throw new IllegalStateException("organizations.tsv missing from the class path");
      }
      Map<String, String> keys = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        if (parts[0].startsWith("org:")) {
          BY_ORG_PREFIX.put(parts[0].substring(4), parts[1].strip());
        } else {
          keys.put(parts[0], parts[1].strip());
        }
      }
      // Longest prefix first, so "code-llama" wins over "codex"-like shorter entries.
      keys.entrySet().stream()
          .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
          .forEach(e -> BY_KEY_PREFIX.put(e.getKey(), e.getValue()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Organizations() {}

  /** The organization for a canonical key and optional org prefix, when the table knows it. */
  public static Optional<String> infer(String key, Optional<String> orgPrefix) {
    if (orgPrefix.isPresent()) {
      String org = BY_ORG_PREFIX.get(orgPrefix.get());
      if (org != null) {
        return Optional.of(org);
      }
    }
    for (Map.Entry<String, String> e : BY_KEY_PREFIX.entrySet()) {
      String p = e.getKey();
      if (key.startsWith(p) && (key.length() == p.length() || !Character.isLetter(key.charAt(p.length())))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
