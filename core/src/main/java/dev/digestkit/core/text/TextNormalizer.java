package dev.digestkit.core.text;

import dev.digestkit.core.text.internal.HtmlScanner;
import dev.digestkit.core.text.internal.LatexConverter;
import dev.digestkit.core.text.internal.PlainText;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns source text into readable plain Unicode. Every method is pure, thread-safe and total:
 * any input, including null, gives a string (empty for null), and no input makes it throw or run
 * for more than about linear time.
 *
 * <p>Every result is "plain": Unicode NFC, every run of whitespace (including no-break and other
 * Unicode spaces, tabs and line breaks) folded to one space, trimmed, and invisible characters
 * that only break searching and matching (soft hyphens, zero-width spaces, byte order marks,
 * control characters) removed; {@code plain(plain(s))} equals {@code plain(s)}.
 */
public final class TextNormalizer {
  private static final Logger log = LoggerFactory.getLogger(TextNormalizer.class);

  private TextNormalizer() {}

  /** Folds whitespace, trims, drops invisible characters and applies Unicode NFC; no markup is read. */
  public static String plain(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    // One hand-written pass (it was two regex replacements and an NFC pass): titles, abstracts
    // and names go through here for every entry (issue 7's benchmarks).
    return PlainText.plain(s);
  }

  // No tag, no reference, and nothing jsoup's tokeniser treats specially: the invisible
  // characters it drops before we would (dropping them first can let NFC compose across them),
  // NUL and surrogates, which it may replace.
  private static boolean noMarkup(String html) {
    for (int i = 0, n = html.length(); i < n; i++) {
      char c = html.charAt(i);
      if (c == '<' || c == '&' || c == 0 || c == 0x00AD || (c >= 0x200B && c <= 0x200D) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * HTML (a feed title, summary or content) to plain text: tags removed, block elements and
   * {@code <br>} separated by a space, script and style content dropped, then {@link #plain}.
   *
   * <p>Character references are decoded exactly once, as a browser would: {@code &eacute;},
   * {@code &#233;}, legacy forms without the semicolon ({@code &copy2026}), and the Windows-1252
   * numbers feeds misuse ({@code &#150;} gives an en dash). A double-escaped {@code &amp;eacute;}
   * gives the literal text {@code &eacute;}: it is what the source says, and decoding twice would
   * corrupt text that really shows an entity (a post about HTML). Text that is not HTML at all
   * passes through, apart from entities and anything that looks like a tag.
   */
  public static String htmlToText(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    // Most titles and many summaries carry no markup at all: spare them an HTML parse, which
    // gives the same text (TextFastPathsTest checks it).
    if (noMarkup(html)) {
      return plain(html);
    }
    // Whole articles (content:encoded) made jsoup's DOM half of the feed reader's CPU time: a
    // scanner gives the same text for the tidy HTML feeds carry, and declines the rest.
    // The scanner also folds as it writes, sparing plain()'s passes over whole articles; it
    // leaves the rare text with characters plain() drops to the two separate steps.
    String folded = HtmlScanner.toPlainText(html);
    if (folded != null) {
      return folded;
    }
    String text = HtmlScanner.toText(html);
    return plain(text != null ? text : Jsoup.parseBodyFragment(html).body().text());
  }

  /**
   * Plain text that carries HTML character references but no markup (an RSS title escaped once
   * too often, a JSON field with {@code &amp;}): references decoded exactly once, by the same
   * rules as {@link #htmlToText}, while anything that looks like a tag ({@code a <b> c}) is kept
   * as text; then {@link #plain}.
   *
   * <p>jsoup's decoder is used rather than Commons Text's {@code unescapeHtml4}: the latter knows
   * only HTML 4 names (no {@code &apos;} or {@code &lbrack;}) and turns {@code &#150;} into an
   * invisible control character instead of the en dash every browser shows.
   */
  public static String entitiesToText(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return plain(s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false));
  }

  /**
   * LaTeX as arXiv titles and abstracts carry it, to readable Unicode, then {@link #plain}.
   *
   * <ul>
   *   <li>Math: {@code $\varepsilon$} gives ε, {@code $O(\varepsilon^{-4})$} gives O(ε⁻⁴): Greek
   *       letters, relations, operators and arrows as their Unicode symbols; super- and subscripts
   *       as Unicode when every character has a script form, else {@code ^x}, {@code ^(x+1)};
   *       {@code \frac{a}{b}} as a/b, {@code \sqrt{x}} as √x, {@code \mathbb{R}} as ℝ, math
   *       accents ({@code \tilde{O}} gives Õ), {@code \mathrm}, {@code \mathcal} and other styles
   *       as their argument.
   *   <li>A {@code $...$} pair is math only when it looks like math: the opening {@code $} is
   *       followed by a non-space, the closing one is preceded by a non-space and not followed by
   *       a digit, and no other {@code $} lies between (pandoc's rule). So {@code $10.00 and $5}
   *       keeps its dollars. {@code \$} is always a dollar; {@code \(..\)}, {@code \[..\]} and
   *       {@code $$..$$} are always math.
   *   <li>Text: accents ({@code Schr\"odinger}, {@code \'{e}}, {@code {\"o}}, {@code \c{c}}) as
   *       composed letters; {@code --} and {@code ---} as – and —; {@code ``x''} and {@code `x'}
   *       as “x” and ‘x’ (an unpaired backtick and ordinary apostrophes stay as they are);
   *       {@code \emph}, {@code \textbf} and other styles as their argument; <code>&#92;url{x}</code> as x
   *       verbatim; Markdown-style {@code *k*} emphasis as k; {@code \%}, {@code \&} and other
   *       escapes as the character; {@code ~} and {@code \\} as a space (but {@code /~user}
   *       keeps its tilde).
   *   <li>Unknown commands keep their name without the backslash, followed by their arguments.
   * </ul>
   *
   * <p>Braces nested deeper than a fixed limit are read flat rather than recursively, so even a
   * pathological input cannot exhaust the stack. Plain text without LaTeX comes back unchanged
   * apart from {@link #plain} folding (and {@code --} becoming a dash).
   */
  public static String latexToText(String latex) {
    if (latex == null || latex.isEmpty()) {
      return "";
    }
    // Most author names and many abstracts hold nothing for the converter to do: one pass both
    // decides that and folds them (TextFastPathsTest checks it against the converter).
    String plain = PlainText.plainUnlessLatex(latex);
    if (plain != null) {
      return plain;
    }
    try {
      return PlainText.plain(LatexConverter.convert(latex));
    } catch (RuntimeException e) {
      // A bug in the converter must not lose the item: fall back to the source text.
      log.warn("LaTeX conversion failed; keeping the source text: {}", e.toString());
      return plain(latex);
    }
  }
}
