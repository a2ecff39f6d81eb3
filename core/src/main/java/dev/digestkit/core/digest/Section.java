package dev.digestkit.core.digest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * One section of a digest: its kind, heading and ranked entries.
 *
 * @param kind what the section holds
 * @param title the heading, e.g. {@code Research Papers}
 * @param entries entries in rank order, at most the section's limit
 */
public record Section(SectionKind kind, String title, List<DigestEntry> entries) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    entries = List.copyOf(entries == null ? List.of() : entries);
  }

  /** True when the section has no entries. */
  @JsonIgnore
  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
