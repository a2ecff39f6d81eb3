package dev.digestkit.core.text.internal;

/**
 * A frozen copy of {@code Scripts} as it was before its fast paths (issue 7): the reference
 * the tests compare the production classes with. Do not optimise it.
 *
 * <p>Original documentation:
 *
 * Unicode superscripts and subscripts, and the math letter styles that have Unicode forms. Not
 * part of the public API.
 */
final class ReferenceScripts {
  private ReferenceScripts() {}

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
    String c = content.replaceAll("\\s+", "");
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
