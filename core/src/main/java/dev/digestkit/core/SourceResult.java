package dev.digestkit.core;

import dev.digestkit.core.model.Item;
import java.util.List;

/**
 * What one fetch of a source yielded.
 *
 * @param items the records read, in the source's order
 * @param warnings problems that were recovered from (ill-formed XML, a cut-off body, unreadable
 *     cells); each says what and where. Empty when the read was clean.
 */
public record SourceResult(List<Item> items, List<String> warnings) {
  public SourceResult {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** A clean result. */
  public static SourceResult of(List<? extends Item> items) {
    return new SourceResult(List.copyOf(items), List.of());
  }
}
