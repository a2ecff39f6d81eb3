package dev.digestkit.core.text.internal;

import java.util.Arrays;

/**
 * A frozen copy of {@code LatexConverter} as it was before its fast paths (issue 7): the reference
 * the tests compare the production classes with. Do not optimise it.
 *
 * <p>Original documentation:
 *
 * Turns the LaTeX that arXiv titles and abstracts carry into readable Unicode. Not part of the
 * public API: use {@code TextNormalizer.latexToText}.
 *
 * <p>Total and linear-ish: brace groups are matched once up front; groups nested deeper than
 * {@link #MAX_DEPTH} are flattened instead of recursed into, so no input overflows the stack;
 * look-aheads for closing quotes and emphasis are bounded by {@link #LOOKAHEAD} chars.
 */
final class ReferenceLatexConverter {
  /** Nesting depth beyond which groups and arguments are read flat (braces dropped). */
  static final int MAX_DEPTH = 20;
  /** How far ahead, in chars, a closing quote or emphasis marker is looked for. */
  static final int LOOKAHEAD = 400;

  private final String s;
  private final int[] match;
  private int closeQuoteAt = -1;
  private int emphasisCloseAt = -1;
  private int emphasisWidth;

  private static final int[] NO_BRACES = new int[0];

  private ReferenceLatexConverter(String s) {
    this.s = s;
    this.match = matchBraces(s);
  }

  /** {@code latex} as Unicode text; whitespace is left for the caller to fold. */
  public static String toText(String latex) {
    ReferenceLatexConverter c = new ReferenceLatexConverter(latex);
    StringBuilder out = new StringBuilder(latex.length());
    for (ReferenceMathSpans.Span span : ReferenceMathSpans.split(latex)) {
      c.convert(span.start(), span.end(), span.math(), 0, out);
    }
    return out.toString();
  }

  /** For each '{' the index of its '}', else -1; escaped braces are not groups. */
  private static int[] matchBraces(String s) {
    int n = s.length();
    int first = s.indexOf('{');
    if (first < 0) {
      return NO_BRACES; // only read at a '{' (most abstracts and names have none: issue 7's profile)
    }
    int[] m = new int[n];
    Arrays.fill(m, -1);
    int[] open = new int[8];
    int depth = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++; // the escaped character is never a group
      } else if (c == '{') {
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = i;
      } else if (c == '}' && depth > 0) {
        m[open[--depth]] = i;
      }
    }
    return m;
  }

  private void convert(int from, int to, boolean math, int depth, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> i = command(i, to, math, depth, out);
        case '{' -> {
          int end = match[i];
          if (end > i && end < to && depth < MAX_DEPTH) {
            convert(i + 1, end, math, depth + 1, out);
            i = end + 1;
          } else {
            i++; // too deep or unmatched: read flat, braces dropped
          }
        }
        case '}' -> i++;
        case '~' -> {
          // A tie is a space, but keep the tilde of a URL path such as /~user.
          out.append(i > 0 && s.charAt(i - 1) == '/' ? '~' : ' ');
          i++;
        }
        case '^', '_' -> i = math ? script(i, to, depth, out) : append(out, c, i);
        case '\'' -> i = math ? prime(i, to, out) : apostrophe(i, to, out);
        case '`' -> i = math ? append(out, c, i) : backtick(i, to, out);
        case '-' -> i = math ? append(out, c, i) : dashes(i, to, out);
        case '*' -> i = math ? append(out, c, i) : star(i, to, out);
        default -> i = append(out, c, i);
      }
    }
  }

  private static int append(StringBuilder out, char c, int i) {
    out.append(c);
    return i + 1;
  }

  // ---- commands ------------------------------------------------------------------------------

  private int command(int i, int to, boolean math, int depth, StringBuilder out) {
    int j = i + 1;
    if (j >= to) {
      return to; // a lone trailing backslash
    }
    char n = s.charAt(j);
    if (!isAsciiLetter(n)) {
      return controlSymbol(n, j + 1, to, math, depth, out);
    }
    int k = j;
    while (k < to && isAsciiLetter(s.charAt(k))) {
      k++;
    }
    return controlWord(s.substring(j, k), k, to, math, depth, out);
  }

  private int controlSymbol(char c, int next, int to, boolean math, int depth, StringBuilder out) {
    Character accent = LatexTables.TEXT_ACCENTS.get(String.valueOf(c));
    if (accent != null) {
      return accent(String.valueOf(c), accent, false, next, to, math, depth, out);
    }
    switch (c) {
      case '\\', ' ', '\n', '\t', ',', ';', ':', '>' -> out.append(' ');
      case '!', '/', '-', '@', '(', ')', '[', ']' -> { } // spacing hints and stray delimiters
      case '|' -> out.append('‖');
      default -> out.append(c); // \% \& \$ \# \_ \{ \} and anything else: the character itself
    }
    return next;
  }

  private int controlWord(String name, int k, int to, boolean math, int depth, StringBuilder out) {
    Character textAccent = LatexTables.TEXT_ACCENTS.get(name);
    if (textAccent != null) {
      return accent(name, textAccent, false, k, to, math, depth, out);
    }
    Character mathAccent = LatexTables.MATH_ACCENTS.get(name);
    if (mathAccent != null) {
      return accent(name, mathAccent, true, k, to, math, depth, out);
    }
    String symbol = LatexTables.SYMBOLS.get(name);
    if (symbol != null) {
      out.append(symbol);
      return k;
    }
    if (LatexTables.DROPPED.contains(name)) {
      // \left. and \right. are invisible delimiters.
      return ("left".equals(name) || "right".equals(name)) && k < to && s.charAt(k) == '.' ? k + 1 : k;
    }
    if (LatexTables.SPACES.contains(name)) {
      out.append(' ');
      return k;
    }
    if (depth >= MAX_DEPTH) {
      out.append(name); // too deep to read arguments: the rest is read flat
      return k;
    }
    if (k + 1 < to && s.charAt(k) == '*' && s.charAt(k + 1) == '{') {
      k++; // starred form (\operatorname*{argmax}, \section*{...}) reads like the plain one
    }
    boolean textStyle = LatexTables.TEXT_STYLES.contains(name);
    if (textStyle || LatexTables.MATH_STYLES.contains(name)) {
      Arg a = arg(k, to);
      if (a != null) {
        convert(a.start, a.end, math && !textStyle, depth + 1, out);
        return a.next;
      }
      return k;
    }
    if (LatexTables.DROPPED_WITH_ARG.contains(name)) {
      Arg a = arg(k, to);
      return a == null ? k : a.next;
    }
    switch (name) {
      case "frac", "dfrac", "tfrac", "cfrac" -> {
        return fraction(k, to, math, depth, out);
      }
      case "sqrt" -> {
        return root(k, to, math, depth, out);
      }
      case "binom", "dbinom", "tbinom" -> {
        return binomial(k, to, math, depth, out);
      }
      case "mathbb", "mathbbm", "mathds", "bb" -> {
        Arg a = arg(k, to);
        if (a == null) {
          return k;
        }
        out.append(ReferenceScripts.blackboard(sub(a, math, depth)));
        return a.next;
      }
      case "url" -> {
        Arg a = arg(k, to);
        if (a == null) {
          return k;
        }
        out.append(s, a.start, a.end); // verbatim: a URL's ~ and _ are its own
        return a.next;
      }
      case "href" -> {
        Arg url = arg(k, to);
        Arg label = url == null ? null : arg(url.next, to);
        if (label == null) {
          return url == null ? k : url.next;
        }
        convert(label.start, label.end, false, depth + 1, out);
        return label.next;
      }
      case "not" -> {
        Arg a = arg(k, to);
        if (a == null) {
          return k;
        }
        String inner = sub(a, math, depth);
        out.append(LatexTables.NEGATED.getOrDefault(inner, inner + '\u0338'));
        return a.next;
      }
      default -> {
        // Unknown: keep it readable as its name; its arguments follow as ordinary groups.
        out.append(name);
        if (k < to && s.charAt(k) == '{') {
          out.append(' ');
        }
        return k;
      }
    }
  }

  private int accent(String name, char mark, boolean mathAccent, int k, int to, boolean math, int depth,
      StringBuilder out) {
    if (depth >= MAX_DEPTH) {
      return k;
    }
    Arg a = arg(k, to);
    String inner = a == null ? "" : sub(a, math, depth);
    if (inner.isEmpty()) {
      out.append(LatexTables.SPACING_ACCENTS.getOrDefault(name, ""));
      return a == null ? k : a.next;
    }
    int first = inner.codePointAt(0);
    int rest = Character.charCount(first);
    if (mathAccent && rest != inner.length()) {
      out.append(inner); // a wide accent over several letters has no Unicode form
      return a.next;
    }
    // Dotless i and j take the accent in place of their dot.
    first = first == 'ı' ? 'i' : first == 'ȷ' ? 'j' : first;
    out.appendCodePoint(first).append(mark).append(inner, rest, inner.length());
    return a.next;
  }

  private int fraction(int k, int to, boolean math, int depth, StringBuilder out) {
    Arg num = arg(k, to);
    Arg den = num == null ? null : arg(num.next, to);
    if (den == null) {
      return num == null ? k : num.next;
    }
    out.append(wrap(sub(num, math, depth))).append('/').append(wrap(sub(den, math, depth)));
    return den.next;
  }

  private int root(int k, int to, boolean math, int depth, StringBuilder out) {
    String index = "";
    int p = skipSpaces(k, to);
    if (p < to && s.charAt(p) == '[') {
      int close = -1;
      for (int q = p + 1; q < Math.min(to, p + 16) && close < 0; q++) {
        close = s.charAt(q) == ']' ? q : -1;
      }
      if (close > p) {
        index = s.substring(p + 1, close).strip();
        k = close + 1;
      }
    }
    Arg a = arg(k, to);
    if (a == null) {
      out.append('√');
      return k;
    }
    String sign = switch (index) {
      case "" , "2" -> "√";
      case "3" -> "∛";
      case "4" -> "∜";
      default -> ReferenceScripts.render(index, true) + "√";
    };
    out.append(sign).append(wrap(sub(a, math, depth)));
    return a.next;
  }

  private int binomial(int k, int to, boolean math, int depth, StringBuilder out) {
    Arg n = arg(k, to);
    Arg r = n == null ? null : arg(n.next, to);
    if (r == null) {
      return n == null ? k : n.next;
    }
    out.append("C(").append(sub(n, math, depth)).append(", ").append(sub(r, math, depth)).append(')');
    return r.next;
  }

  private int script(int i, int to, int depth, StringBuilder out) {
    char c = s.charAt(i);
    Arg a = depth >= MAX_DEPTH ? null : arg(i + 1, to);
    if (a == null) {
      out.append(c);
      return i + 1;
    }
    out.append(ReferenceScripts.render(sub(a, true, depth), c == '^'));
    return a.next;
  }

  private static String wrap(String x) {
    String t = x.strip();
    return ReferenceScripts.needsParens(t) ? "(" + t + ")" : t;
  }

  private String sub(Arg a, boolean math, int depth) {
    StringBuilder b = new StringBuilder(a.end - a.start);
    convert(a.start, a.end, math, depth + 1, b);
    return b.toString();
  }

  /** An argument: a brace group, a control sequence, or one character, after optional spaces. */
  private record Arg(int start, int end, int next) {}

  private Arg arg(int k, int to) {
    k = skipSpaces(k, to);
    if (k >= to) {
      return null;
    }
    char c = s.charAt(k);
    if (c == '{') {
      int end = match[k];
      return end > k && end < to ? new Arg(k + 1, end, end + 1) : null;
    }
    if (c == '}') {
      return null;
    }
    if (c == '\\' && k + 1 < to) {
      int e = k + 2;
      if (isAsciiLetter(s.charAt(k + 1))) {
        while (e < to && isAsciiLetter(s.charAt(e))) {
          e++;
        }
      }
      return new Arg(k, e, e);
    }
    int e = Math.min(to, k + Character.charCount(s.codePointAt(k)));
    return new Arg(k, e, e);
  }

  private int skipSpaces(int k, int to) {
    while (k < to && Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k;
  }

  // ---- punctuation in text mode --------------------------------------------------------------

  private int prime(int i, int to, StringBuilder out) {
    if (i + 1 < to && s.charAt(i + 1) == '\'') {
      out.append('″');
      return i + 2;
    }
    out.append('′');
    return i + 1;
  }

  private int apostrophe(int i, int to, StringBuilder out) {
    if (i == closeQuoteAt) {
      closeQuoteAt = -1;
      out.append('’');
      return i + 1;
    }
    if (i + 1 < to && s.charAt(i + 1) == '\'') {
      out.append('”');
      return i + 2;
    }
    out.append('\'');
    return i + 1;
  }

  private int backtick(int i, int to, StringBuilder out) {
    if (i + 1 < to && s.charAt(i + 1) == '`') {
      out.append('“');
      return i + 2;
    }
    // `quoted' pairs: the closing ' is the first one not followed by a letter (so "model's" inside
    // the quote is an apostrophe). An unpaired backtick stays as it is, and so does one right after
    // a letter or before a space: that is Markdown `code`, not an opening quote.
    boolean opens = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
        && i + 1 < to && !Character.isWhitespace(s.charAt(i + 1));
    int limit = opens ? Math.min(to, i + LOOKAHEAD) : i;
    for (int k = i + 1; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '`') {
        break;
      }
      if (c == '\'') {
        if (k + 1 < s.length() && s.charAt(k + 1) == '\'') {
          break;
        }
        if (k + 1 >= s.length() || !Character.isLetter(s.charAt(k + 1))) {
          closeQuoteAt = k;
          out.append('‘');
          return i + 1;
        }
      }
    }
    out.append('`');
    return i + 1;
  }

  private int dashes(int i, int to, StringBuilder out) {
    int k = i;
    while (k < to && s.charAt(k) == '-') {
      k++;
    }
    switch (k - i) {
      case 2 -> out.append('–');
      case 3 -> out.append('—');
      default -> out.append(s, i, k);
    }
    return k;
  }

  /** Markdown-style {@code *k*} and {@code **k**} emphasis, which arXiv abstracts carry: markers dropped. */
  private int star(int i, int to, StringBuilder out) {
    if (i == emphasisCloseAt) {
      emphasisCloseAt = -1;
      return i + emphasisWidth;
    }
    int width = i + 1 < to && s.charAt(i + 1) == '*' ? 2 : 1;
    int first = i + width;
    boolean opens = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
        && first < to && !Character.isWhitespace(s.charAt(first)) && s.charAt(first) != '*';
    int limit = Math.min(to, i + LOOKAHEAD);
    for (int k = first + 1; opens && k < limit; k++) {
      if (s.charAt(k) != '*') {
        continue;
      }
      boolean closes = !Character.isWhitespace(s.charAt(k - 1))
          && (width == 1 || (k + 1 < to && s.charAt(k + 1) == '*'))
          && (k + width >= s.length() || !Character.isLetterOrDigit(s.charAt(k + width)));
      if (closes) {
        emphasisCloseAt = k;
        emphasisWidth = width;
        return first;
      }
      break;
    }
    out.append(s, i, first);
    return first;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
