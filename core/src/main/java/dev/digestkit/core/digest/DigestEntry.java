package dev.digestkit.core.digest;

import dev.digestkit.core.model.Item;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item as a digest shows it. The item stays as its source gave it; what the digest adds about
 * it (a written summary, why it was chosen) lives here beside it.
 *
 * @param item the record
 * @param score the rank score the section's scorer gave it (higher ranks first)
 * @param related links of duplicates merged into this entry, e.g. the arXiv page of the paper a
 *     lab post announces; never the item's own link
 * @param notes short remarks the assembler adds, e.g. {@code new in the top 5}
 * @param source the spec of the source the item came from
 * @param summary a one-sentence summary written for this digest (an LLM's TL;DR of a paper or a
 *     one-line summary of a post); empty when none was written
 * @param reasons short, human-readable reasons the item was ranked where it is, e.g.
 *     {@code matches: speculative decoding}; empty when the section ranks without them
 */
public record DigestEntry(
    Item item,
    double score,
    List<URI> related,
    List<String> notes,
    String source,
    Optional<String> summary,
    List<String> reasons) {
  public DigestEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(source, "source");
    related = List.copyOf(related == null ? List.of() : related);
    notes = List.copyOf(notes == null ? List.of() : notes);
    summary = summary == null ? Optional.empty() : summary.filter(s -> !s.isBlank());
    reasons = List.copyOf(reasons == null ? List.of() : reasons);
  }

  /** An entry with no summary and no reasons. */
  public DigestEntry(Item item, double score, List<URI> related, List<String> notes, String source) {
    this(item, score, related, notes, source, Optional.empty(), List.of());
  }

  /** This entry with {@code summary} as its written summary (blank clears it). */
  public DigestEntry withSummary(String summary) {
    return new DigestEntry(item, score, related, notes, source, Optional.ofNullable(summary), reasons);
  }

  /** This entry with {@code reasons} as its ranking reasons. */
  public DigestEntry withReasons(List<String> reasons) {
    return new DigestEntry(item, score, related, notes, source, summary, reasons);
  }
}
