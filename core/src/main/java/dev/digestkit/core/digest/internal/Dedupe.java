package dev.digestkit.core.digest.internal;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Paper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges duplicates across sources and sections: the same paper from two listings, the same
 * post from two feeds, and a lab post that links an arXiv paper (kept as the post, with the
 * paper's link added). The first occurrence wins, so the configured source order decides.
 */
public final class Dedupe {
  private Dedupe() {}

  /** An item with the source it came from and the links of what was merged into it. */
  public static final class Candidate {
    public final Item item;
    public final String source;
    public final List<URI> related = new ArrayList<>();
    /** Keys of the items merged into this one, so the seen-store records them too. */
    public final List<String> mergedKeys = new ArrayList<>();

    public Candidate(Item item, String source) {
      this.item = item;
      this.source = source;
    }
  }

  /** The candidates with duplicates merged, in first-occurrence order. */
  public static List<Candidate> merge(List<Candidate> in) {
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    for (Candidate c : in) {
      byKey.putIfAbsent(Items.key(c.item), c);
    }
    for (Candidate c : List.copyOf(byKey.values())) {
      if (c.item instanceof Announcement a) {
        for (String id : Items.arxivIds(a)) {
          Candidate paper = byKey.get("paper:" + id);
          if (paper != null && paper.item instanceof Paper) {
            byKey.remove("paper:" + id);
            c.mergedKeys.add("paper:" + id);
            Items.link(paper.item).filter(u -> !c.related.contains(u)).ifPresent(c.related::add);
          }
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }
}
