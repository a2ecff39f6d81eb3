package dev.digestkit.arxiv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * arXiv's category taxonomy (code → name and group), shipped as data in the jar
 * ({@code dev/digestkit/arxiv/taxonomy.tsv}): every current category of cs, econ, eess, math,
 * physics (astro-ph, cond-mat, gr-qc, hep-*, math-ph, nlin, nucl-*, physics.*, quant-ph), q-bio,
 * q-fin and stat. Thread-safe; loaded once.
 */
public final class ArxivTaxonomy {
  private static final Map<String, ArxivCategory> BY_CODE = load();

  private ArxivTaxonomy() {}

  /** The category {@code code} (exact, case-sensitive as arXiv writes it), if arXiv has it. */
  public static Optional<ArxivCategory> category(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.strip()));
  }

  /** The name of {@code code}, e.g. {@code Machine Learning} for {@code cs.LG}. */
  public static Optional<String> name(String code) {
    return category(code).map(ArxivCategory::name);
  }

  /** True when arXiv has the category {@code code}. */
  public static boolean isKnown(String code) {
    return category(code).isPresent();
  }

  /** Every category, in taxonomy order. */
  public static Collection<ArxivCategory> all() {
    return BY_CODE.values();
  }

  /**
   * The code for a category's display name as OAI-PMH {@code oai_dc} subjects write it:
   * {@code Computer Science - Machine Learning}, {@code Mathematics - Numerical Analysis},
   * {@code Quantum Physics}. Empty when the name is unknown or ambiguous.
   */
  public static Optional<String> codeForName(String subject) {
    if (subject == null || subject.isBlank()) {
      return Optional.empty();
    }
    String s = subject.strip();
    List<ArxivCategory> exact = BY_CODE.values().stream().filter(c -> c.name().equals(s)).toList();
    if (exact.size() == 1) {
      return Optional.of(exact.get(0).code());
    }
    int dash = s.indexOf(" - ");
    if (dash < 0) {
      return Optional.empty();
    }
    String prefix = s.substring(0, dash);
    String rest = s.substring(dash + 3);
    List<ArxivCategory> named = BY_CODE.values().stream()
        .filter(c -> c.name().equals(rest))
        .filter(c -> c.group().equals(prefix) || name(c.archive()).map(prefix::equals).orElse(false))
        .toList();
    return named.size() == 1 ? Optional.of(named.get(0).code()) : Optional.empty();
  }

  private static Map<String, ArxivCategory> load() {
    Map<String, ArxivCategory> map = new LinkedHashMap<>();
    try (InputStream in = ArxivTaxonomy.class.getResourceAsStream("taxonomy.tsv")) {
      if (in == null) {
        throw new IllegalStateException("taxonomy.tsv missing from the digestkit-arxiv jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(f[0], new ArxivCategory(f[0], f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy.tsv from the digestkit-arxiv jar", e);
    }
    return Collections.unmodifiableMap(map);
  }
}
