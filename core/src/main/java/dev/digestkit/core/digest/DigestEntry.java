package dev.digestkit.core.digest;

import dev.digestkit.core.model.Item;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One item as a digest shows it.
 *
 * @param item the record
 * @param score the rank score the section's scorer gave it (higher ranks first)
 * @param related links of duplicates merged into this entry, e.g. the arXiv page of the paper a
 *     lab post announces; never the item's own link
 * @param notes short remarks the assembler adds, e.g. {@code new in the top 5}
 * @param source the spec of the source the item came from
 */
public record DigestEntry(Item item, double score, List<URI> related, List<String> notes, String source) {
  public DigestEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(source, "source");
    related = List.copyOf(related == null ? List.of() : related);
    notes = List.copyOf(notes == null ? List.of() : notes);
  }
}
