package dev.digestkit.core.feed.internal;

import java.util.ArrayList;
import java.util.List;

/** The bozo reasons of one parse, capped so a hostile document cannot flood memory. */
public final class Problems {
  static final int MAX = 25;

  private final List<String> reasons = new ArrayList<>();
  private int dropped;

  /** Records a reason, e.g. {@code "line 12: unescaped &"}. */
  public void add(String reason) {
    if (reasons.size() < MAX) {
      reasons.add(reason);
    } else {
      dropped++;
    }
  }

  /** Records a reason at a 1-based line of {@code text} found from a char offset. */
  public void addAt(CharSequence text, int offset, String what) {
    if (reasons.size() >= MAX) {
      dropped++;
      return;
    }
    add("line " + lineOf(text, offset) + ": " + what);
  }

  public boolean any() {
    return !reasons.isEmpty();
  }

  /** The reasons, with a last line counting those dropped over the cap. */
  public List<String> reasons() {
    if (dropped == 0) {
      return List.copyOf(reasons);
    }
    List<String> all = new ArrayList<>(reasons);
    all.add("... and " + dropped + " more problems");
    return List.copyOf(all);
  }

  static int lineOf(CharSequence text, int offset) {
    int line = 1;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
