package dev.digestkit.perf.inputs;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The real lab feeds recorded in the fixtures, each with a plausible document URL. */
public final class LabFeeds {
  /**
   * The one recording ROME cannot read: its recorder re-serialised it with a default namespace on
   * {@code <rss>}, so {@code <channel>} is no longer in the empty namespace and ROME fails with a
   * NullPointerException inside its RSS parser. It is left out of the comparison set (every
   * contender must read the same bytes) and checked on its own by the harness tests.
   */
  public static final String ROME_REJECTS = "distill_fair_blog.xml";

  private LabFeeds() {}

  /** Every bundled lab feed, in file-name order. */
  public static List<Document> documents() {
    return load(false);
  }

  /** The feeds every contender reads: all but {@link #ROME_REJECTS}. */
  public static List<Document> comparable() {
    return load(true);
  }

  private static List<Document> load(boolean comparableOnly) {
    List<Document> docs = new ArrayList<>();
    for (String name : Resources.index("lab-feeds")) {
      if (comparableOnly && name.equals(ROME_REJECTS)) {
        continue;
      }
      docs.add(new Document(name, URI.create("https://feeds.example.org/" + name), Resources.bytes("lab-feeds/" + name)));
    }
    return List.copyOf(docs);
  }
}
