package dev.digestkit.core.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A frozen copy of {@code MathSpans} as it was before its fast paths (issue 7): the reference
 * the tests compare the production classes with. Do not optimise it.
 *
 * <p>Original documentation:
 *
 * Splits LaTeX source into text and math spans. Not part of the public API.
 *
 * <p>{@code \(...\)}, {@code \[...\]} and {@code $$...$$} are always math. A single {@code $...$}
 * is math only when it looks like math, by the rule pandoc uses for Markdown: the opening {@code $}
 * has a non-space character right after it, the closing {@code $} has a non-space character right
 * before it and no digit right after it, and the first {@code $} met after the opening one is the
 * closing one. So {@code $10.00 and $5} and {@code a $5-$10 range} stay literal prices, while
 * {@code $U$-statistics}, {@code $50$ tests} and {@code $\omega$Test} are math. A blank line ends the
 * search, so a stray {@code $} never swallows a paragraph.
 *
 * <p>Runs in linear time: every character is scanned by at most one closing-{@code $} search.
 */
final class ReferenceMathSpans {
  private ReferenceMathSpans() {}

  /**
   * One span of the source.
   *
   * @param start first char index, inclusive
   * @param end last char index, exclusive (delimiters are outside the span)
   * @param math true for math content
   */
  public record Span(int start, int end, boolean math) {}

  /** The spans of {@code s} in order; text spans may be empty and are then omitted. */
  public static List<Span> split(String s) {
    List<Span> spans = new ArrayList<>();
    int n = s.length();
    int textStart = 0;
    int i = 0;
    // Once a closing delimiter is known to be absent, never search for it again (keeps it linear).
    boolean noParen = false;
    boolean noBracket = false;
    boolean noDouble = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char d = s.charAt(i + 1);
        if ((d == '(' && !noParen) || (d == '[' && !noBracket)) {
          int j = s.indexOf(d == '(' ? "\\)" : "\\]", i + 2);
          if (j >= 0) {
            addText(spans, textStart, i);
            spans.add(new Span(i + 2, j, true));
            i = j + 2;
            textStart = i;
            continue;
          }
          if (d == '(') {
            noParen = true;
          } else {
            noBracket = true;
          }
        }
        i += 2;
        continue;
      }
      if (c == '$') {
        if (i + 1 < n && s.charAt(i + 1) == '$') {
          int j = noDouble ? -1 : s.indexOf("$$", i + 2);
          if (j >= 0) {
            addText(spans, textStart, i);
            spans.add(new Span(i + 2, j, true));
            i = j + 2;
            textStart = i;
            continue;
          }
          noDouble = true;
          i += 2;
          continue;
        }
        int j = closingDollar(s, i);
        if (j > 0) {
          addText(spans, textStart, i);
          spans.add(new Span(i + 1, j, true));
          i = j + 1;
          textStart = i;
          continue;
        }
      }
      i++;
    }
    addText(spans, textStart, n);
    return spans;
  }

  private static void addText(List<Span> spans, int start, int end) {
    if (end > start) {
      spans.add(new Span(start, end, false));
    }
  }

  /** The index of the {@code $} closing the one at {@code open}, or -1 when it is not math. */
  private static int closingDollar(String s, int open) {
    int n = s.length();
    if (open + 1 >= n || Character.isWhitespace(s.charAt(open + 1))) {
      return -1;
    }
    int j = open + 1;
    while (j < n) {
      char c = s.charAt(j);
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (c == '\n' && isBlankLineAfter(s, j)) {
        return -1;
      }
      if (c == '$') {
        boolean closes = !Character.isWhitespace(s.charAt(j - 1))
            && (j + 1 >= n || !Character.isDigit(s.charAt(j + 1)));
        return closes ? j : -1;
      }
      j++;
    }
    return -1;
  }

  private static boolean isBlankLineAfter(String s, int newline) {
    for (int k = newline + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}
