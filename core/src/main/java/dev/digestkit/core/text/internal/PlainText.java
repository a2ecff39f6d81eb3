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
 * compose with nothing before it) other than the typographic punctuation
 * {@code HtmlScanner.nfcInert} admits (curly quotes, dashes, ellipsis: NFC-stable too). Folding before NFC gives what NFC before folding gives
 * (whitespace is a starter that composes with nothing, so NFC treats the runs between spaces
 * independently) unless an invisible character dropped by the fold stands right before a
 * character at or above U+0300: dropping it first could let NFC compose across it, so such text
 * takes the slow path in the definition's own order.
 *
 * <p>For LaTeX the same pass also looks for anything the converter would change (a command,
 * group, tie, math, quote, emphasis or dash) and gives up with null on the first one, so that text
 * without LaTeX is read once, not once to decide and again to fold.
 */
public final class PlainText {
  private PlainText() {}

  // What a character says about the text, found by a table lookup and OR-ed into one word per
  // text: no chain of tests per character (the scans were the arXiv reader's hottest methods).
  // FOLD: the text is not plain as it stands; LATEX: the converter may change it.
  private static final byte FOLD = 1;
  private static final byte LATEX = 2;

  /** Flags of an ASCII character wherever it occurs. */
  private static final byte[] PLAIN_ANYWHERE = new byte[128];
  private static final byte[] LATEX_ANYWHERE = new byte[128];
  /** Flags of an ASCII character that follows itself: two spaces; {@code ''} and {@code --}. */
  private static final byte[] PLAIN_DOUBLED = new byte[128];
  private static final byte[] LATEX_DOUBLED = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      byte f = c < ' ' || c == 0x7F ? FOLD : 0; // whitespace other than U+0020, and controls
      PLAIN_ANYWHERE[c] = f;
      LATEX_ANYWHERE[c] = f;
    }
    for (char c : "\\{}~$`*".toCharArray()) {
      LATEX_ANYWHERE[c] = LATEX;
    }
    PLAIN_DOUBLED[' '] = FOLD;
    LATEX_DOUBLED[' '] = FOLD;
    LATEX_DOUBLED['\''] = LATEX;
    LATEX_DOUBLED['-'] = LATEX;
  }

  /** {@code s} made plain; {@code s} itself when it already is. {@code s} must not be empty. */
  public static String plain(String s) {
    return flags(s, PLAIN_ANYWHERE, PLAIN_DOUBLED, FOLD) == 0 ? s : fold(s);
  }

  /**
   * {@code s} made plain when it holds nothing the LaTeX converter would change, else null (the
   * caller converts it). {@code s} must not be empty.
   */
  public static String plainUnlessLatex(String s) {
    int flags = flags(s, LATEX_ANYWHERE, LATEX_DOUBLED, LATEX);
    if ((flags & LATEX) != 0) {
      return null;
    }
    return flags == 0 ? s : fold(s);
  }

  /**
   * The converter's output made plain, read straight from its builder: it nearly always needs
   * folding (arXiv wraps abstracts), so there is no point in a String of it first.
   */
  public static String plain(StringBuilder b) {
    int n = b.length();
    if (n == 0) {
      return "";
    }
    char[] a = new char[n];
    b.getChars(0, n, a, 0);
    String folded = fold(a);
    return folded != null ? folded : reference(b.toString());
  }

  // Stops at the first flag at or above `stop`: for plain text the first sign that it must be
  // folded (the fold reads it all anyway), for LaTeX the first LaTeX character (the converter
  // reads it all anyway). String.charAt in a counted loop compiles to a plain array read, so
  // there is nothing to gain from copying first.
  private static int flags(String s, byte[] anywhere, byte[] doubled, int stop) {
    int n = s.length();
    int flags = s.charAt(0) == ' ' || s.charAt(n - 1) == ' ' ? FOLD : 0; // leading or trailing space
    if (flags >= stop) {
      return flags;
    }
    char previous = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int f = anywhere[c] | (c == previous ? doubled[c] : 0);
        if (f >= stop) {
          return flags | f;
        }
        flags |= f;
      } else if (c <= 0xA0 || c == 0xAD || (c >= 0x300 && !HtmlScanner.nfcInert(c))) {
        // C1 controls, no-break space, soft hyphen; at or above U+0300 NFC may change the text
        // (every letter and sign of Latin-1 and the Latin extensions below it is NFC-stable),
        // except for the general punctuation feeds are full of: curly quotes and dashes sent
        // every such title and summary through a copy and an NFC check that changed nothing.
        flags |= FOLD;
        if (FOLD >= stop) {
          return flags;
        }
      }
      previous = c;
    }
    return flags;
  }

  private static String fold(String s) {
    char[] a = new char[s.length()];
    s.getChars(0, a.length, a, 0);
    String folded = fold(a);
    return folded != null ? folded : reference(s);
  }

  // Folds `a` in place; null when the text must take the reference path instead. Every space
  // is written, but the write index only moves past it when the previous char kept was not a
  // space (and there was one): a conditional add instead of a branch per word, whose pattern
  // no predictor learns. The write index never passes the read index.
  private static String fold(char[] a) {
    int n = a.length;
    int len = 0;
    boolean previousSpace = true; // so leading spaces are never kept
    boolean needsNfc = false;
    boolean droppedInvisible = false; // one that NFC might have composed across
    for (int i = 0; i < n; i++) {
      char c = a[i];
      if ((char) (c - ' ') >= 0x5F) { // neither printable ASCII nor U+0020: rare
        if (isSpace(c)) {
          c = ' ';
        } else if (isInvisible(c)) {
          // Dropping it before NFC rather than after can only matter when what follows could
          // combine with what precedes: a char at or above U+0300 (every one below is a starter
          // that combines with nothing before it). Mojibake such as "Ã\u00AD" is the usual case.
          droppedInvisible |= i + 1 < n && a[i + 1] >= 0x300;
          continue;
        } else {
          needsNfc |= c >= 0x300 && !HtmlScanner.nfcInert(c);
        }
      }
      boolean space = c == ' ';
      a[len] = c;
      len += space & previousSpace ? 0 : 1;
      previousSpace = space;
    }
    if (len > 0 && a[len - 1] == ' ') {
      len--;
    }
    if (!needsNfc) {
      return new String(a, 0, len);
    }
    if (droppedInvisible) {
      return null;
    }
    // The converter's Greek letters, arrows and superscripts are already NFC; only its accents
    // (a letter and a combining mark) need composing. The quick check builds nothing, and was
    // far cheaper than a normalisation that copies the text into a builder and out again.
    String t = new String(a, 0, len);
    return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
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
