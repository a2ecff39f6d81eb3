package dev.digestkit.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How a paper appeared in a daily arXiv listing. */
public enum AnnounceType {
  /** First announcement, in this listing's own category. */
  NEW("new"),
  /** Cross-listed from another primary category. */
  CROSS("cross"),
  /** A new version of a paper announced earlier. */
  REPLACE("replace"),
  /** A new version of a paper cross-listed here. */
  REPLACE_CROSS("replace-cross");

  private final String wireName;

  AnnounceType(String wireName) {
    this.wireName = wireName;
  }

  /** The name arXiv uses in {@code arxiv:announce_type}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** Parses arXiv's name ({@code new}, {@code cross}, {@code replace}, {@code replace-cross}). */
  public static Optional<AnnounceType> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (AnnounceType t : values()) {
      if (t.wireName.equals(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @JsonCreator
  static AnnounceType fromJson(String name) {
    return fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown announce type: " + name));
  }
}
