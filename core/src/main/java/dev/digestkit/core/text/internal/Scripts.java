package dev.digestkit.core.text.internal;

/**
 * Unicode superscripts and subscripts, and the math letter styles that have Unicode forms. Not
 * part of the public API.
 */
public final class Scripts {
  private Scripts() {}

  private static final String SUP_FROM = "0123456789+-−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδεθιφχ′″*";
  private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᵋᶿᶥᶲᵡ′″*";
  private static final String SUB_FROM = "0123456789+-−=()aehijklmnoprstuvxβγρφχ";
  private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";

  static {
    if (SUP_FROM.length() != SUP_TO.length() || SUB_FROM.length() != SUB_TO.length()) {
      throw new AssertionError("script tables out of step");
    }
  }

  /**
   * {@code content} as a superscript ({@code sup}) or subscript: in Unicode script characters when
   * every character has one, else readable ASCII: {@code ^q}, {@code ^(iπ)}, {@code _(NN)}.
   */
  public static String render(String content, boolean sup) {
    String c = withoutSpaces(content);
    if (c.isEmpty()) {
      return "";
    }
    String from = sup ? SUP_FROM : SUB_FROM;
    String to = sup ? SUP_TO : SUB_TO;
    StringBuilder out = new StringBuilder(c.length());
    for (int i = 0; i < c.length(); i++) {
      int k = from.indexOf(c.charAt(i));
      if (k < 0) {
        return (sup ? "^" : "_") + (c.codePointCount(0, c.length()) == 1 ? c : "(" + c + ")");
      }
      out.append(to.charAt(k));
    }
    return out.toString();
  }

  // content.replaceAll("\\s+", "") without compiling a pattern per call: \s is [ \t\n\x0B\f\r].
  private static String withoutSpaces(String content) {
    int n = content.length();
    StringBuilder b = null;
    for (int i = 0; i < n; i++) {
      char ch = content.charAt(i);
      boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r';
      if (space && b == null) {
        b = new StringBuilder(n).append(content, 0, i);
      } else if (!space && b != null) {
        b.append(ch);
      }
    }
    return b == null ? content : b.toString();
  }

  /** True when {@code s} is more than one simple token, so it needs parentheses after ^, _, / or √. */
  public static boolean needsParens(String s) {
    if (s.codePointCount(0, s.length()) <= 1) {
      return false;
    }
    return s.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || "+-−±∓*/·×=<>≤≥,;:|".indexOf(cp) >= 0);
  }

  /** {@code \mathbb} letters: ℝ ℕ ℤ ℚ ℂ ℙ ℍ and the other double-struck letters and digits. */
  public static String blackboard(String s) {
    StringBuilder out = new StringBuilder(s.length() * 2);
    s.codePoints().forEach(cp -> out.appendCodePoint(blackboard(cp)));
    return out.toString();
  }

  private static int blackboard(int cp) {
    switch (cp) {
      case 'C': return 'ℂ';
      case 'H': return 'ℍ';
      case 'N': return 'ℕ';
      case 'P': return 'ℙ';
      case 'Q': return 'ℚ';
      case 'R': return 'ℝ';
      case 'Z': return 'ℤ';
      default:
        if (cp >= 'A' && cp <= 'Z') {
          return 0x1D538 + (cp - 'A');
        }
        if (cp >= 'a' && cp <= 'z') {
          return 0x1D552 + (cp - 'a');
        }
        if (cp >= '0' && cp <= '9') {
          return 0x1D7D8 + (cp - '0');
        }
        return cp;
    }
  }
}
