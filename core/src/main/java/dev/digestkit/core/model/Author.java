package dev.digestkit.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An author of a paper or post.
 *
 * @param name the name as the source gave it, normalised to plain text
 * @param affiliations affiliations when the source gives them, else empty
 */
public record Author(String name, List<String> affiliations) {
  public Author {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("author name must not be blank");
    }
    affiliations = List.copyOf(affiliations == null ? List.of() : affiliations);
  }

  /** An author with no known affiliation. */
  public static Author of(String name) {
    return new Author(name, List.of());
  }
}
