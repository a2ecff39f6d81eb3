package dev.digestkit.core.feed.internal;

import dev.digestkit.core.model.Text;
import java.text.Normalizer;

/**
 * The fast path of {@link dev.digestkit.core.text.TextNormalizer#plain(String)} for feed text,
 * with exactly its result: runs of {@code [ \t\n\u000B\f\r]} folded to one space, trimmed, NFC.
 * No regular expression, and no normalisation pass when the text is already NFC (almost always).
 */
final class PlainText {
  private PlainText() {}

  static Text text(String raw) {
    return raw == null ? Text.EMPTY : new Text(fold(raw), raw);
  }

  static String fold(String raw) {
    String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    int n = s.length();
    StringBuilder b = null;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        int j = i + 1;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (b == null && (c != ' ' || j - i > 1)) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        if (b != null) {
          b.append(' ');
        }
        i = j;
      } else {
        if (b != null) {
          b.append(c);
        }
        i++;
      }
    }
    return (b == null ? s : b.toString()).trim();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
