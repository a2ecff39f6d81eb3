package dev.digestkit.arxiv;

import java.util.Objects;

/**
 * One arXiv category.
 *
 * @param code the code, e.g. {@code cs.LG}, {@code hep-th}, {@code cond-mat.str-el}
 * @param name the name, e.g. {@code Machine Learning}
 * @param group the top-level group, e.g. {@code Computer Science}, {@code Physics}
 */
public record ArxivCategory(String code, String name, String group) {
  /** Rejects nulls. */
  public ArxivCategory {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
  }

  /** The archive part of the code: {@code cs} for {@code cs.LG}, {@code hep-th} for {@code hep-th}. */
  public String archive() {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }
}
