package dev.digestkit.core.text.internal;

import java.text.Normalizer;

/**
 * The one pass behind {@code TextNormalizer.plain} and the no-LaTeX case of
 * {@code TextNormalizer.latexToText}. Not part of the public API.
 *
 * <p>"Plain" is defined as NFC, then whitespace runs folded to one space, trimmed, invisible
 * characters dropped. The pass reads each character once: it returns its argument when that is
 * already plain (most titles, names and abstracts), else folds into a char array, and applies NFC
 * only when a character at or above U+0300 occurs (every character below is NFC-stable and can
 * compose with nothing before it). Folding before NFC gives what NFC before folding gives as long
 * as no invisible character is dropped (whitespace is a starter that composes with nothing, so
 * NFC treats the runs between spaces independently); when one is, the text takes the slow path in
 * the definition's own order, since dropping it first could let NFC compose across it.
 *
 * <p>For LaTeX the same pass also looks for anything the converter would change (a command,
 * group, tie, math, quote, emphasis or dash) and gives up with null on the first one, so that text
 * without LaTeX is read once, not once to decide and again to fold.
 */
public final class PlainText {
  private PlainText() {}

  // Classes of ASCII characters, looked up in a table: one load and one compare per character
  // in the common case, instead of a chain of comparisons or a switch.
  private static final byte ORDINARY = 0;
  private static final byte SPACE = 1; // U+0020: fine unless doubled, leading or trailing
  private static final byte FOLD = 2; // other ASCII whitespace and controls: the text changes
  private static final byte LATEX = 3; // \ { } ~ $ ` * : the converter may change the text
  private static final byte DOUBLED = 4; // ' and - : LaTeX when doubled ('' and --)

  private static final byte[] PLAIN = table(false);
  private static final byte[] LATEX_AWARE = table(true);

  private static byte[] table(boolean latex) {
    byte[] t = new byte[128];
    for (int c = 0; c < 128; c++) {
      t[c] = c > ' ' && c < 0x7F ? ORDINARY : FOLD;
    }
    t[' '] = SPACE;
    if (latex) {
      for (char c : "\\{}~$`*".toCharArray()) {
        t[c] = LATEX;
      }
      t['\''] = DOUBLED;
      t['-'] = DOUBLED;
    }
    return t;
  }

  /** {@code s} made plain; {@code s} itself when it already is. {@code s} must not be empty. */
  public static String plain(String s) {
    return scan(s, PLAIN);
  }

  /**
   * {@code s} made plain when it holds nothing the LaTeX converter would change, else null (the
   * caller converts it). {@code s} must not be empty.
   */
  public static String plainUnlessLatex(String s) {
    return scan(s, LATEX_AWARE);
  }

  private static String scan(String s, byte[] table) {
    int n = s.length();
    boolean previousSpace = true; // a leading space must go
    int i = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte k = table[c];
        if (k == ORDINARY) {
          previousSpace = false;
          continue;
        }
        if (k == SPACE && !previousSpace) {
          previousSpace = true;
          continue;
        }
        if (k == LATEX) {
          return null;
        }
        if (k == DOUBLED) {
          if (i + 1 < n && s.charAt(i + 1) == c) {
            return null;
          }
          previousSpace = false;
          continue;
        }
        break; // a second space in a row, or whitespace other than U+0020, or a control
      }
      if (c > 0xA0 && c < 0x300 && c != 0xAD) {
        previousSpace = false; // a letter or sign of Latin-1 or the Latin extensions: NFC-stable
        continue;
      }
      break;
    }
    if (i == n && !previousSpace) {
      return s;
    }
    return fold(s, i, table);
  }

  // Folds s from `start`, the prefix before it being plain so far (it may end in one space).
  private static String fold(String s, int start, byte[] table) {
    int n = s.length();
    char[] out = new char[n];
    s.getChars(0, start, out, 0);
    int len = start;
    boolean pendingSpace = false;
    if (len > 0 && out[len - 1] == ' ') {
      len--;
      pendingSpace = true;
    }
    boolean needsNfc = false;
    boolean droppedInvisible = false;
    for (int i = start; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        byte k = table[c];
        if (k == LATEX || (k == DOUBLED && i + 1 < n && s.charAt(i + 1) == c)) {
          return null;
        }
        if (k == SPACE || (k == FOLD && isSpace(c))) {
          pendingSpace = true;
          continue;
        }
        if (k == FOLD) {
          droppedInvisible = true; // an ASCII control that is not whitespace
          continue;
        }
      } else if (isSpace(c)) {
        pendingSpace = true;
        continue;
      } else if (isInvisible(c)) {
        droppedInvisible = true;
        continue;
      } else if (c >= 0x300) {
        needsNfc = true;
      }
      if (pendingSpace && len > 0) {
        out[len++] = ' ';
      }
      pendingSpace = false;
      out[len++] = c;
    }
    if (!needsNfc) {
      return new String(out, 0, len);
    }
    if (droppedInvisible) {
      return reference(s);
    }
    return Normalizer.normalize(new String(out, 0, len), Normalizer.Form.NFC);
  }

  /**
   * The definition step by step: NFC, then folding. What {@link #plain} must equal; the fast
   * paths fall back to it only for text that has both an invisible character and a character
   * at or above U+0300.
   */
  static String reference(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC);
    int n = t.length();
    char[] out = new char[n];
    int len = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && len > 0) {
        out[len++] = ' ';
      }
      pendingSpace = false;
      out[len++] = c;
    }
    return new String(out, 0, len);
  }

  // Soft hyphen, zero-width space, word joiner, BOM, and C0/C1 controls other than whitespace.
  static boolean isInvisible(char c) {
    return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || (c >= 0x7F && c <= 0x9F && c != 0x85)
        || c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
  }

  // Java's \s is ASCII only; arXiv and feeds carry U+00A0, U+2009, U+3000 and friends.
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
    return c == 0x85 || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
