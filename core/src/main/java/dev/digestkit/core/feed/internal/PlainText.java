package dev.digestkit.core.feed.internal;

import dev.digestkit.core.model.Text;
import dev.digestkit.core.text.TextNormalizer;
import dev.digestkit.core.text.internal.HtmlScanner;
import java.text.Normalizer;

/**
 * A fast path for {@link TextNormalizer#plain(String)} on feed text, with exactly its result: text
 * that is already clean (no control, invisible or special space characters, single inner spaces,
 * nothing to trim, NFC) is returned as it is without running any regular expression; anything
 * else goes through {@link TextNormalizer#plain(String)}.
 */
final class PlainText {
  private PlainText() {}

  static Text text(String raw) {
    return raw == null ? Text.EMPTY : new Text(fold(raw), raw);
  }

  static String fold(String raw) {
    return isClean(raw) ? raw : TextNormalizer.plain(raw);
  }

  private static boolean isClean(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    boolean inert = true;
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F) { // the common case: printable ASCII is always clean
        prev = c;
        continue;
      }
      // exactly the characters TextNormalizer.plain folds or drops (Zs spaces, line/paragraph
      // separators, NEL, soft hyphen, zero-width space, word joiner, BOM, C0/C1 controls)
      if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x200B)
          || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060
          || c == 0x1680 || c == 0x3000 || c == 0xFEFF || (c == ' ' && prev == ' ')) {
        return false;
      }
      inert &= HtmlScanner.nfcInert(c);
      prev = c;
    }
    // text of NFC-inert characters (Latin-1, curly quotes, dashes …) is NFC without asking
    return inert || Normalizer.isNormalized(s, Normalizer.Form.NFC);
  }
}
