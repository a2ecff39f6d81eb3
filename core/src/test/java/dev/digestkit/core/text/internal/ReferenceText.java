package dev.digestkit.core.text.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * {@code TextNormalizer.plain} and {@code latexToText} as they were defined before their fast
 * paths (issue 7): the regex definition of plain text, and the LaTeX converter run whenever a
 * character it reads could occur. The fast paths must give exactly these results.
 */
public final class ReferenceText {
  private ReferenceText() {}

  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Zs}\\u2028\\u2029\\u0085]+");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F]");

  /** NFC, invisible characters dropped, whitespace runs folded to one space, trimmed. */
  public static String plain(String s) {
    if (s == null) {
      return "";
    }
    String t = INVISIBLE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    return SPACE.matcher(t).replaceAll(" ").trim();
  }

  /** The frozen converter's text, made plain; plain text when no LaTeX character occurs. */
  public static String latexToText(String latex) {
    if (latex == null || latex.isEmpty()) {
      return "";
    }
    if (!mayHoldLatex(latex)) {
      return plain(latex);
    }
    try {
      return plain(ReferenceLatexConverter.toText(latex));
    } catch (RuntimeException e) {
      return plain(latex);
    }
  }

  /** The frozen converter's output, before plain folding. */
  public static String convert(String latex) {
    return ReferenceLatexConverter.toText(latex);
  }

  private static boolean mayHoldLatex(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      switch (s.charAt(i)) {
        case '\\', '{', '}', '~', '$', '`', '*' -> {
          return true;
        }
        case '\'', '-' -> {
          if (i + 1 < n && s.charAt(i + 1) == s.charAt(i)) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }
}
