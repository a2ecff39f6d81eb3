package dev.digestkit.core.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What LaTeX commands read as. Not part of the public API. */
final class LatexTables {
  private LatexTables() {}

  /** Control words with no argument: Greek letters, relations, operators, special letters. */
  static final Map<String, String> SYMBOLS = load("latex-symbols.tsv");

  /** Accent commands and the combining mark they put on their argument's first letter. */
  static final Map<String, Character> TEXT_ACCENTS = Map.ofEntries(
      Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'),
      Map.entry("\"", '\u0308'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
      Map.entry(".", '\u0307'), Map.entry("c", '\u0327'), Map.entry("v", '\u030C'),
      Map.entry("u", '\u0306'), Map.entry("H", '\u030B'), Map.entry("k", '\u0328'),
      Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'));

  /** Math accents: applied only when the argument is a single character. */
  static final Map<String, Character> MATH_ACCENTS = Map.ofEntries(
      Map.entry("hat", '\u0302'), Map.entry("widehat", '\u0302'), Map.entry("tilde", '\u0303'),
      Map.entry("widetilde", '\u0303'), Map.entry("bar", '\u0304'), Map.entry("overline", '\u0304'),
      Map.entry("vec", '\u20D7'), Map.entry("dot", '\u0307'), Map.entry("ddot", '\u0308'),
      Map.entry("acute", '\u0301'), Map.entry("grave", '\u0300'), Map.entry("breve", '\u0306'),
      Map.entry("check", '\u030C'));

  /** The spacing form of an accent whose argument is empty, e.g. {@code \^{}}. */
  static final Map<String, String> SPACING_ACCENTS = Map.of("^", "^", "~", "~", "'", "´", "`", "`", "\"", "¨");

  /** Style commands that keep their one argument as it is (in math mode). */
  static final Set<String> MATH_STYLES = Set.of(
      "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "mathscr", "mathfrak", "mathnormal",
      "boldsymbol", "bm", "operatorname", "underline", "ensuremath", "pmb", "mathring");

  /** Commands whose one argument is text even inside math. */
  static final Set<String> TEXT_STYLES = Set.of(
      "emph", "textit", "textbf", "texttt", "textrm", "textsf", "textsc", "textup", "textnormal", "textsl",
      "textmd", "text", "mbox", "hbox", "uline", "footnote", "textsuperscript", "textsubscript");

  /** Commands dropped together with their one argument. */
  static final Set<String> DROPPED_WITH_ARG = Set.of(
      "label", "vspace", "hspace", "phantom", "hphantom", "vphantom", "cite", "citep", "citet", "eqref",
      "pagestyle", "thispagestyle", "bibliography", "bibliographystyle");

  /** Commands that only change size or spacing: dropped. */
  static final Set<String> DROPPED = Set.of(
      "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
      "Biggl", "Biggr", "bigm", "Bigm", "middle", "displaystyle", "textstyle", "scriptstyle",
      "scriptscriptstyle", "limits", "nolimits", "it", "bf", "rm", "em", "sf", "tt", "sc", "sl", "cal",
      "small", "large", "Large", "LARGE", "tiny", "scriptsize", "footnotesize", "normalsize", "huge", "Huge",
      "noindent", "centering", "hfill", "vfill", "protect", "relax", "nonumber", "notag", "mathstrut",
      "strut", "allowbreak", "nobreak", "xspace", "unskip", "ignorespaces");

  /** Commands that read as a space. */
  static final Set<String> SPACES = Set.of(
      "quad", "qquad", "enspace", "thinspace", "medspace", "thickspace", "enskip", "space", "par",
      "newline", "linebreak", "smallskip", "medskip", "bigskip", "hskip", "vskip");

  /** {@code \not} in front of these gives the negated symbol. */
  static final Map<String, String> NEGATED = Map.ofEntries(
      Map.entry("=", "≠"), Map.entry("∈", "∉"), Map.entry("⊂", "⊄"), Map.entry("⊆", "⊈"),
      Map.entry("≡", "≢"), Map.entry("∼", "≁"), Map.entry("≈", "≉"), Map.entry("<", "≮"),
      Map.entry(">", "≯"), Map.entry("≤", "≰"), Map.entry("≥", "≱"), Map.entry("∃", "∄"),
      Map.entry("|", "∤"), Map.entry("⊃", "⊅"), Map.entry("⊇", "⊉"));

  private static Map<String, String> load(String resource) {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = LatexTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        map.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
