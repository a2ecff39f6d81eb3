package dev.digestkit.core.text.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * A single-pass HTML-to-text scanner for the HTML that feeds actually carry, giving exactly the text
 * jsoup's {@code parseBodyFragment(html).body().text()} gives, without building a DOM: parsing whole
 * articles with jsoup was half of the feed reader's CPU time (issue 7).
 *
 * <p>It only handles input whose element tree is the one its tags spell out, so that jsoup's text
 * separators (a space around block elements, {@code <br>} and {@code <img>}) can be decided from the
 * tokens alone. {@link #toText} returns null — the caller then uses jsoup — as soon as the input
 * needs anything of the HTML tree builder's repair machinery or of the tokeniser's rarer states:
 * a tag outside a fixed list of common ones (tables, forms, SVG, {@code <html>} …); an end
 * tag that does not close the innermost open element; a block opened inside an open {@code <p>},
 * an {@code <li>} inside an open {@code <li>}, nested headings or links; a self-closing non-void
 * tag; {@code <!DOCTYPE>}, CDATA, {@code <?…>}, odd comments ({@code <!-->}, {@code --!>}); a
 * {@code <!--} inside a script; an {@code <iframe>} that is not empty; a tag name with characters
 * other than ASCII letters and digits, or quotes or {@code <} in attribute names or unquoted values; an unterminated tag or
 * comment; NUL or an unpaired surrogate. Character references are decoded by jsoup's own decoder,
 * text run by text run, so they follow its rules exactly. {@code HtmlScannerTest} compares both
 * paths on every real feed fixture and on random HTML.
 */
public final class HtmlScanner {
  private static final int BLOCK = 1;
  private static final int INLINE = 2;
  private static final int BOUNDARY = 4; // jsoup's Tag.TextBoundary: a trailing separator
  private static final int VOID = 8;
  private static final int DATA = 16; // script, style: content is not text
  private static final int PRE = 32;
  private static final int HEADING = 64;
  private static final int FOREIGN = 128; // an SVG element: only inside <svg>, and <svg> holds only these
  private static final int TABLE_CONTEXT = 256; // table, thead, tbody, tfoot, tr: no text, fixed children

  private static final String[] NAMES = ("p div span a b i u s em strong small sub sup code pre blockquote"
      + " ul ol li dl dt dd h1 h2 h3 h4 h5 h6 br hr img figure figcaption section article header footer"
      + " aside nav main mark abbr cite q del ins kbd samp var time source wbr script style tt big strike"
      + " font center address meta link audio video picture track iframe"
      + " table thead tbody tfoot tr td th svg"
      // SVG content elements that hold no HTML: foreignObject, title and desc would (HTML integration points)
      + " g path rect circle ellipse line polyline polygon defs use symbol lineargradient radialgradient stop"
      + " clippath mask pattern filter marker text tspan").split(" ");
  private static final Map<String, Integer> IDS = new HashMap<>();
  private static final int[] FLAGS = new int[NAMES.length];
  private static final int P;
  private static final int A;
  private static final int LI;
  private static final int DD;
  private static final int DT;
  private static final int DIV;
  private static final int ADDRESS;
  private static final int UL;
  private static final int OL;
  private static final int DL;
  private static final int BR;
  private static final int IFRAME;
  private static final int SVG;
  private static final int TABLE;
  private static final int TR;

  static {
    int svgFrom = Arrays.asList(NAMES).indexOf("svg");
    for (int i = 0; i < NAMES.length; i++) {
      // jsoup's own classification, so that both paths agree on which tags separate text; <svg>
      // and what it holds are in the SVG namespace, where jsoup's tree builder puts them
      Tag t = i >= svgFrom ? Tag.valueOf(NAMES[i], Parser.NamespaceSvg, ParseSettings.htmlDefault) : Tag.valueOf(NAMES[i]);
      int f = (i > svgFrom ? FOREIGN : 0) | (t.isBlock() ? BLOCK : 0) | (t.isInline() ? INLINE : 0) | (t.is(Tag.TextBoundary) ? BOUNDARY : 0)
          | (t.isEmpty() ? VOID : 0) | (t.is(Tag.Data) ? DATA : 0) | (t.preserveWhitespace() ? PRE : 0)
          | (NAMES[i].length() == 2 && NAMES[i].charAt(0) == 'h' && Character.isDigit(NAMES[i].charAt(1)) ? HEADING : 0);
      FLAGS[i] = f;
      IDS.put(NAMES[i], i);
    }
    P = IDS.get("p");
    A = IDS.get("a");
    LI = IDS.get("li");
    DD = IDS.get("dd");
    DT = IDS.get("dt");
    DIV = IDS.get("div");
    ADDRESS = IDS.get("address");
    UL = IDS.get("ul");
    OL = IDS.get("ol");
    DL = IDS.get("dl");
    BR = IDS.get("br");
    IFRAME = IDS.get("iframe");
    SVG = IDS.get("svg");
    TABLE = IDS.get("table");
    TR = IDS.get("tr");
    for (String name : new String[] {"table", "thead", "tbody", "tfoot", "tr"}) {
      FLAGS[IDS.get(name)] |= TABLE_CONTEXT;
    }
  }

  /**
   * The element a table part must sit in, or -1 for any other element. jsoup's tree builder
   * inserts a missing {@code tbody} and closes cells and rows a new one implies; only the tidy
   * form, with every part where its tags put it, is taken.
   */
  private static int requiredParent(int id) {
    String name = NAMES[id];
    switch (name) {
      case "thead": case "tbody": case "tfoot": return TABLE;
      case "tr": return -2; // thead, tbody or tfoot: see inTablePlace
      case "td": case "th": return TR;
      default: return -1;
    }
  }

  private final String s;
  private final int n;
  private final boolean fold; // emit TextNormalizer.plain's folding as we go (see toPlainText)
  private char[] out;
  private int len;
  private boolean pendingSpace; // fold mode: a space to write before the next character
  private boolean mayNeedNfc; // a character outside nfcInert() was written
  private int firstOdd; // where the first such character was written (later inserts only move it right)
  private boolean invisible; // fold mode: a character plain() would drop; the caller starts over
  private int[] stack = new int[16];
  private boolean[] blockChild = new boolean[16];
  private boolean[] hasText = new boolean[16];
  private int[] headAt = new int[16]; // where a text boundary's leading separator goes, once known
  private int depth;
  private int svgDepth = -1; // where the open <svg> sits on the stack, or -1
  private int[] preAt = new int[4]; // stack indexes of the open whitespace-preserving elements
  private int preCount;
  private boolean pendingTail; // a closed element wants a space if text or an inline element follows
  private int pos;

  private HtmlScanner(String s, boolean fold) {
    this.s = s;
    this.n = s.length();
    this.fold = fold;
    char[] reused = SCRATCH.get();
    // The text written is never much longer than the HTML it comes from: sized to the input, a
    // long article does not grow (allocate and copy) its buffer run by run; the growth copies
    // were 3% of the lab-feed benchmark, on its two articles above 64 K chars.
    this.out = reused.length >= n + 16 ? reused : new char[n + 16];
  }

  // The output buffer of the last scan on this thread, reused: a fresh one per article was a
  // large zeroed allocation each time. Only buffers up to 64 K chars (128 KB) are kept.
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1 << 12]);
  private static final int KEEP = 1 << 16;

  private void release() {
    if (out.length <= KEEP && out.length > SCRATCH.get().length) {
      SCRATCH.set(out);
    }
  }

  /**
   * The text jsoup's {@code body().text()} gives for this HTML fragment (before any further
   * normalisation), or null when the input is outside what this scanner handles with confidence.
   */
  public static String toText(String html) {
    HtmlScanner scanner = new HtmlScanner(html, false);
    String t = scanner.run() ? new String(scanner.out, 0, scanner.len) : null;
    scanner.release();
    return t;
  }

  /**
   * {@code TextNormalizer.plain(toText(html))}, computed in the same pass: whitespace is folded
   * and trimmed while the text is written, and NFC is applied only when the text is not ASCII.
   * Null when {@link #toText} declines, and also when the text holds a character {@code plain}
   * would drop (a control, BOM, word joiner …): {@code plain} applies NFC before it drops them,
   * which can compose differently, so the caller then runs the two steps itself. Without dropped
   * characters folding and NFC commute (every whitespace character is an NFC starter that stays
   * a whitespace character), so the result is the same string. Scanning, then copying, then
   * {@code plain}'s three passes over whole articles were a third of the feed reader's time.
   */
  public static String toPlainText(String html) {
    HtmlScanner scanner = new HtmlScanner(html, true);
    boolean ok = scanner.run() && !scanner.invisible;
    String t = ok ? new String(scanner.out, 0, scanner.len) : null;
    boolean nfc = !ok || !scanner.mayNeedNfc || isNfc(scanner.out, scanner.firstOdd, scanner.len);
    scanner.release();
    if (!ok) {
      return null;
    }
    return nfc ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  /**
   * {@code Normalizer.isNormalized(t, NFC)}, asked only of the stretches around characters that
   * are not {@link #nfcInert}. Each inert character is a starter that nothing before it composes
   * with (combining class 0, NFC quick check Yes): normalisation never acts across the point
   * before it, so the text is NFC exactly when every stretch from the inert character before a
   * run of other characters to the end of that run is. An article with one arrow or emoji is
   * then checked over a few characters rather than from end to end (that whole-text check was 6%
   * of the lab-feed benchmark). Linear: each character is read once, and once more in its stretch.
   */
  static boolean isNfc(String t) {
    return isNfc(t.toCharArray(), 0, t.length());
  }

  /**
   * {@link #isNfc(String)} of {@code a[0, n)}, whose characters before {@code from} are all
   * inert (the scanner knows where it wrote the first one that is not: the check starts there).
   */
  private static boolean isNfc(char[] a, int from, int n) {
    int i = from;
    while (i < n) {
      if (nfcInert(a[i])) {
        i++;
        continue;
      }
      int start = i > 0 ? i - 1 : 0;
      int end = i + 1;
      while (end < n && !nfcInert(a[end])) {
        end++;
      }
      if (!Normalizer.isNormalized(new String(a, start, end - start), Normalizer.Form.NFC)) {
        return false;
      }
      i = end;
    }
    return true;
  }

  /**
   * Characters that NFC leaves alone whatever surrounds them, as long as everything else in the
   * text is one of them too: no canonical decomposition, combining class 0, never the second
   * character of a composition. Latin-1 and the Latin extensions below U+0300, and the general
   * punctuation feeds are full of (quotes, dashes, ellipsis, bullets). Text made only of these
   * needs no normalisation pass ({@code HtmlScannerTest} checks every pair).
   */
  static boolean nfcInert(char c) {
    return c < 0x300 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
  }

  // ---- output -------------------------------------------------------------------------------

  private void ensure(int more) {
    if (len + more + 1 > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, len + more + 16));
    }
  }

  /** A separator: in fold mode only remembered, and written when a character follows. */
  private void space() {
    if (!fold) {
      ensure(1);
      out[len++] = ' ';
    } else if (len > 0) {
      pendingSpace = true;
    }
  }

  /** One character of text; capacity for it and a pending space must be ensured. */
  private void put(char c) {
    if (!fold) {
      out[len++] = c;
    } else if (c > ' ' && c < 0x7F) {
      if (pendingSpace) {
        out[len++] = ' ';
        pendingSpace = false;
      }
      out[len++] = c;
    } else if (isPlainSpace(c)) {
      if (len > 0) {
        pendingSpace = true;
      }
    } else if (isPlainInvisible(c)) {
      invisible = true;
    } else {
      if (pendingSpace) {
        out[len++] = ' ';
        pendingSpace = false;
      }
      if (!mayNeedNfc && !nfcInert(c)) {
        mayNeedNfc = true;
        firstOdd = len;
      }
      out[len++] = c;
    }
  }

  /** A separator inserted where a text boundary element began, once it turned out to hold text. */
  private void insertSpace(int at) {
    if (!fold) {
      ensure(1);
      System.arraycopy(out, at, out, at + 1, len - at);
      out[at] = ' ';
      len++;
    } else if (at == len) {
      pendingSpace = true;
    } else if (out[at] != ' ') {
      // folded text never ends in a space, so out[at - 1] is not one either
      ensure(1);
      System.arraycopy(out, at, out, at + 1, len - at);
      out[at] = ' ';
      len++;
    }
  }

  // Exactly TextNormalizer's whitespace (folded to one space) and invisible characters (dropped).
  private static boolean isPlainSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
    return c == 0x85 || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isPlainInvisible(char c) {
    return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || (c >= 0x7F && c <= 0x9F && c != 0x85)
        || c == 0x00AD || c == 0x200B || c == 0x2060 || c == 0xFEFF;
  }

  private boolean run() {
    int textStart = 0;
    while (pos < n) {
      // text() checks every character outside tags (NUL, lone surrogates): here only '<' matters
      int lt = s.indexOf('<', pos);
      if (lt < 0 || lt + 1 >= n) {
        break;
      }
      pos = lt;
      char d = s.charAt(pos + 1);
      boolean startTag = isAsciiLetter(d);
      boolean endTag = d == '/' && pos + 2 < n && isAsciiLetter(s.charAt(pos + 2));
      boolean comment = d == '!';
      if (startTag || endTag || comment || d == '/' || d == '?') {
        if (!text(textStart, pos)) {
          return false;
        }
        boolean ok = startTag ? startTag() : endTag ? endTag() : comment && comment();
        if (!ok) {
          return false;
        }
        textStart = pos;
        continue;
      }
      pos++;
    }
    pos = n;
    if (!text(textStart, n)) {
      return false;
    }
    while (depth > 0) {
      pop(); // elements still open at the end close there
    }
    return true;
  }

  private boolean pairedSurrogate(int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private boolean text(int from, int to) {
    if (from >= to) {
      return true;
    }
    if (pendingTail) {
      space();
      pendingTail = false;
    }
    boolean preserve = inPre();
    boolean nonBlank = false;
    boolean amp = false;
    int runLength = to - from;
    // Copy the run in bulk one slot to the right, then filter it in place: the write index never
    // passes the read index (only a pending space, at most one per space read, is added, and a
    // character reference is longer than its character).
    ensure(runLength + 1);
    int mark = len;
    boolean markSpace = pendingSpace;
    int src = len + 1;
    s.getChars(from, to, out, src);
    int w = len;
    boolean pend = pendingSpace;
    for (int r = src, end = src + runLength; r < end; r++) {
      char c = out[r];
      if (c > ' ' && c < 0x7F && c != '&') {
        nonBlank = true;
        if (pend) {
          out[w++] = ' ';
          pend = false;
        }
        // The rest of the stretch that comes out verbatim, words and the single spaces between
        // them (both modes write such a space as it is), found by reading only and then moved
        // down in one copy: writing it char by char was the scanner's hottest loop.
        int e = r + 1;
        while (e < end) {
          char d = out[e];
          if (d > ' ' && d < 0x7F && d != '&') {
            e++;
          } else if (d == ' ' && e + 1 < end && (d = out[e + 1]) > ' ' && d < 0x7F && d != '&') {
            e += 2;
          } else {
            break;
          }
        }
        System.arraycopy(out, r, out, w, e - r);
        w += e - r;
        r = e - 1;
        continue;
      }
      if (c == ' ' && fold) {
        pend = w > 0; // exactly what the general path below does for a space
        continue;
      }
      if (c == '&') {
        amp = true;
        int ref = reference(out, r, end);
        if (ref < 0) {
          // a rarer reference: jsoup's decoder for the whole run
          return entityRun(from, to, preserve, mark, markSpace);
        }
        r += refLength - 1;
        c = (char) ref;
      } else if (c == 0 || (Character.isSurrogate(c) && !pairedSurrogate(from + (r - src)))) {
        return false;
      }
      nonBlank |= !isSpace(c);
      if (!preserve && (c == 0x00AD || c == 0x200B)) {
        continue; // what jsoup drops from text outside pre
      }
      if (!fold) {
        out[w++] = c;
      } else if (c > ' ' && c < 0x7F) { // a decoded reference such as &amp;
        if (pend) {
          out[w++] = ' ';
          pend = false;
        }
        out[w++] = c;
      } else if (isPlainSpace(c)) {
        pend = w > 0;
      } else if (isPlainInvisible(c)) {
        invisible = true;
      } else {
        if (pend) {
          out[w++] = ' ';
          pend = false;
        }
        if (!mayNeedNfc && !nfcInert(c)) {
          mayNeedNfc = true;
          firstOdd = w;
        }
        out[w++] = c;
      }
    }
    len = w;
    pendingSpace = pend;
    return endText(nonBlank, amp);
  }

  private boolean endText(boolean nonBlank, boolean amp) {
    if (depth > 0 && (FLAGS[stack[depth - 1]] & TABLE_CONTEXT) != 0 && (nonBlank || amp)) {
      return false; // text directly in a table is moved before it (foster parenting)
    }
    if (depth > 0 && nonBlank) {
      hasText[depth - 1] = true;
    }
    return true;
  }

  /** The run written again from jsoup's own decoding of its references. */
  private boolean entityRun(int from, int to, boolean preserve, int mark, boolean markSpace) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == 0 || (Character.isSurrogate(c) && !pairedSurrogate(i))) {
        return false;
      }
    }
    len = mark;
    pendingSpace = markSpace;
    if (mayNeedNfc && firstOdd >= mark) {
      mayNeedNfc = false; // found in the part of the run now written again: put() finds it again
    }
    String t = Parser.unescapeEntities(s.substring(from, to), false);
    ensure(t.length());
    for (int i = 0, m = t.length(); i < m; i++) {
      char c = t.charAt(i);
      if (preserve || (c != 0x00AD && c != 0x200B)) {
        put(c);
      }
    }
    return endText(!blank(t), true);
  }

  private int refLength; // the length of the reference reference() last read

  /**
   * The character of the reference at {@code a[i]} ('&amp;'), for the forms whose meaning is
   * simple: {@code &#N;} and {@code &#xH;} giving a BMP character that is neither a control, a C1
   * code (jsoup maps those to Windows-1252) nor a surrogate, and {@code &amp; &lt; &gt; &quot;
   * &apos; &nbsp;}. -1 for anything else (no semicolon, other names, other code points): jsoup's
   * decoder then reads the run, so both agree ({@code HtmlScannerTest}).
   */
  private int reference(char[] a, int i, int end) {
    int j = i + 1;
    if (j >= end) {
      return -1;
    }
    if (a[j] == '#') {
      j++;
      boolean hex = j < end && (a[j] == 'x' || a[j] == 'X');
      if (hex) {
        j++;
      }
      int start = j;
      int v = 0;
      while (j < end && j - start < 6) {
        int d = hex ? Character.digit(a[j], 16) : a[j] >= '0' && a[j] <= '9' ? a[j] - '0' : -1;
        if (d < 0 || a[j] > 'f') {
          break;
        }
        v = v * (hex ? 16 : 10) + d;
        j++;
      }
      if (j == start || j >= end || a[j] != ';' || v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0xD800 && v < 0xE000) || v > 0xFFFD) {
        return -1;
      }
      refLength = j + 1 - i;
      return v;
    }
    int k = j;
    while (k < end && k - j < 5 && a[k] >= 'a' && a[k] <= 'z') {
      k++;
    }
    if (k >= end || a[k] != ';') {
      return -1;
    }
    int v;
    switch (new String(a, j, k - j)) {
      case "amp": v = '&'; break;
      case "lt": v = '<'; break;
      case "gt": v = '>'; break;
      case "quot": v = '"'; break;
      case "apos": v = '\''; break;
      case "nbsp": v = 0xA0; break;
      default: return -1;
    }
    refLength = k + 1 - i;
    return v;
  }

  // jsoup looks for a whitespace-preserving element among the text's parent and its five ancestors.
  private boolean inPre() {
    // the innermost one is the nearest: if it is more than five levels up, so are the others
    return preCount > 0 && preAt[preCount - 1] >= depth - 6;
  }


  private boolean startTag() {
    int nameStart = pos + 1;
    int id = tagId(nameStart);
    if (id < 0) {
      return false;
    }
    boolean selfClosing = attributes();
    if (pos < 0) {
      return false;
    }
    int f = FLAGS[id];
    boolean foreign = (f & FOREIGN) != 0 || id == SVG;
    // in SVG (foreign content) a self-closing tag closes the element; in HTML only a void one is simple
    if (selfClosing && (f & VOID) == 0 && !foreign) {
      return false;
    }
    if (((f & FOREIGN) != 0) != (svgDepth >= 0)) {
      return false; // an SVG element outside <svg>, or an HTML one (or <svg>) breaking out of it
    }
    if (!treeMatchesTags(id, f) || !inTablePlace(id, f)) {
      return false;
    }
    if (pendingTail) {
      if ((f & INLINE) != 0) {
        space();
      }
      pendingTail = false;
    }
    if (((f & BLOCK) != 0 || id == BR) && len > 0) {
      space();
    }
    if (depth > 0 && (f & BLOCK) != 0) {
      blockChild[depth - 1] = true;
    }
    if ((f & VOID) != 0 || selfClosing) {
      close(id, false);
      return true;
    }
    if (depth == stack.length) {
      stack = Arrays.copyOf(stack, depth * 2);
      blockChild = Arrays.copyOf(blockChild, depth * 2);
      hasText = Arrays.copyOf(hasText, depth * 2);
      headAt = Arrays.copyOf(headAt, depth * 2);
    }
    if (id == SVG) {
      svgDepth = depth;
    }
    if ((f & PRE) != 0) {
      if (preCount == preAt.length) {
        preAt = Arrays.copyOf(preAt, preCount * 2);
      }
      preAt[preCount++] = depth;
    }
    stack[depth] = id;
    blockChild[depth] = false;
    hasText[depth] = false;
    headAt[depth] = (f & BOUNDARY) != 0 && len > 0 ? len : -1;
    depth++;
    if ((f & DATA) != 0) {
      return skipData(NAMES[id]);
    }
    // iframe content is raw text that jsoup leaves out of text(); only an empty one is simple
    return id != IFRAME || s.regionMatches(true, pos, "</iframe>", 0, 9);
  }

  // False where the tree builder would close or reorder elements the tags leave open.
  private boolean treeMatchesTags(int id, int f) {
    for (int i = depth - 1; i >= 0; i--) {
      int open = stack[i];
      if (open == P && (f & BLOCK) != 0 && (f & DATA) == 0 && id != SVG) {
        return false; // a block start tag closes an open <p>
      }
      if (open == A && id == A) {
        return false;
      }
      if ((FLAGS[open] & HEADING) != 0 && (f & HEADING) != 0) {
        return false;
      }
    }
    if (id == LI || id == DD || id == DT) {
      for (int i = depth - 1; i >= 0; i--) {
        int open = stack[i];
        if (open == LI || open == DD || open == DT) {
          return false;
        }
        if (open == UL || open == OL || open == DL || ((FLAGS[open] & BLOCK) != 0 && open != DIV && open != ADDRESS && open != P)) {
          break;
        }
      }
    }
    return true;
  }

  // True when a table part sits in its own parent and a table context holds nothing else.
  private boolean inTablePlace(int id, int f) {
    int parent = depth > 0 ? stack[depth - 1] : -1;
    int required = requiredParent(id);
    if (required == -2) {
      return parent >= 0 && (FLAGS[parent] & TABLE_CONTEXT) != 0 && parent != TABLE && parent != TR;
    }
    if (required >= 0) {
      return parent == required;
    }
    return parent < 0 || (FLAGS[parent] & TABLE_CONTEXT) == 0;
  }

  private void close(int id, boolean hasBlockChild) {
    int f = FLAGS[id];
    // jsoup's trailing separator: text boundaries, blocks, and inline elements holding a block.
    if ((f & BOUNDARY) != 0 || (f & INLINE) == 0 || hasBlockChild) {
      pendingTail = true;
    }
  }

  private boolean endTag() {
    int id = tagId(pos + 2);
    if (id < 0) {
      return false;
    }
    attributes();
    if (pos < 0 || depth == 0 || stack[depth - 1] != id) {
      return false;
    }
    pop();
    pendingTail = false; // an element's last child has no next sibling
    close(id, blockChild[depth]);
    return true;
  }

  private void pop() {
    depth--;
    if (depth == svgDepth) {
      svgDepth = -1;
    }
    if ((FLAGS[stack[depth]] & PRE) != 0) {
      preCount--;
    }
    if (hasText[depth]) {
      if (depth > 0) {
        hasText[depth - 1] = true;
      }
      // jsoup separates a text boundary (audio, video …) from what precedes it only when it holds text
      if (headAt[depth] > 0) {
        insertSpace(headAt[depth]);
      }
    }
  }

  // Reads an ASCII tag name at i, leaving pos after it; -1 when unknown or odd.
  private int tagId(int i) {
    int start = i;
    int hash = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
        hash = 31 * hash + (c <= 'Z' && c >= 'A' ? c + 32 : c);
        i++;
      } else if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        break;
      } else {
        return -1;
      }
    }
    if (i >= n) {
      return -1;
    }
    pos = i;
    return lookup(start, i, hash);
  }

  // Tag names by the hash of their lower-case form (String.hashCode), open addressing: a tag is
  // found without a substring or a boxed map lookup, which cost as much as the rest of a tag.
  private static final int[] TABLE_IDS = new int[256];

  static {
    Arrays.fill(TABLE_IDS, -1);
    for (int id = 0; id < NAMES.length; id++) {
      int slot = spread(NAMES[id].hashCode());
      while (TABLE_IDS[slot] >= 0) {
        slot = (slot + 1) & 255;
      }
      TABLE_IDS[slot] = id;
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 8) ^ (h >>> 16)) & 255;
  }

  // s holds only ASCII letters and digits here (tagId checked), name is lower case
  private boolean sameLowerCase(int from, String name) {
    for (int k = 0, m = name.length(); k < m; k++) {
      char c = s.charAt(from + k);
      if ((c <= 'Z' && c >= 'A' ? c + 32 : c) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int lookup(int from, int to, int hash) {
    for (int slot = spread(hash); TABLE_IDS[slot] >= 0; slot = (slot + 1) & 255) {
      String name = NAMES[TABLE_IDS[slot]];
      if (name.length() == to - from && sameLowerCase(from, name)) {
        return TABLE_IDS[slot];
      }
    }
    return -1;
  }

  // Skips attributes up to and past the closing '>'; returns whether the tag ended with "/>".
  // Sets pos to -1 when the tag is unterminated or has something odd in it.
  private boolean attributes() {
    int i = pos;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '>') {
        pos = i + 1;
        return s.charAt(i - 1) == '/';
      }
      if (isSpace(c) || c == '/') {
        i++;
        continue;
      }
      // attribute name
      while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>' && s.charAt(i) != '=') {
        char a = s.charAt(i);
        if (a == '"' || a == '\'' || a == '<') {
          pos = -1;
          return false;
        }
        i++;
      }
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i < n && s.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        char q = s.charAt(i);
        if (q == '"' || q == '\'') {
          int end = s.indexOf(q, i + 1);
          if (end < 0 || end + 1 >= n) {
            break;
          }
          char after = s.charAt(end + 1);
          if (!isSpace(after) && after != '/' && after != '>') {
            break;
          }
          i = end + 1;
        } else {
          while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>') {
            char v = s.charAt(i);
            if (v == '"' || v == '\'' || v == '<' || v == '=' || v == '`') {
              pos = -1;
              return false;
            }
            i++;
          }
          // jsoup reads "/" before ">" in an unquoted value as part of the value, not a self-close
          if (i < n && s.charAt(i) == '>' && s.charAt(i - 1) == '/') {
            break;
          }
        }
      }
    }
    pos = -1;
    return false;
  }

  // Only the plain "<!-- ... -->" form; everything else the tokeniser treats specially.
  private boolean comment() {
    if (!s.startsWith("<!--", pos)) {
      return false;
    }
    int body = pos + 4;
    if (s.startsWith(">", body) || s.startsWith("->", body)) {
      return false;
    }
    int end = s.indexOf("-->", body);
    if (end < 0) {
      return false;
    }
    int bang = s.indexOf("--!", body);
    if (bang >= 0 && bang < end) {
      return false;
    }
    pendingTail = false; // a comment is the next sibling: no separator
    pos = end + 3;
    return true;
  }

  // Script and style content runs to "</name" followed by a space, '/' or '>'; it is not text.
  private boolean skipData(String name) {
    int i = pos;
    while (true) {
      int lt = s.indexOf("</", i);
      if (lt < 0) {
        return false;
      }
      int e = lt + 2 + name.length();
      if (e < n && s.regionMatches(true, lt + 2, name, 0, name.length())) {
        char c = s.charAt(e);
        if (isSpace(c) || c == '/' || c == '>') {
          if (name.equals("script") && s.substring(pos, lt).contains("<!--")) {
            return false; // the tokeniser's script-escaped states; style (raw text) has none
          }
          pos = lt;
          return true;
        }
      }
      i = lt + 2;
    }
  }

  private static boolean blank(String t) {
    for (int i = 0, m = t.length(); i < m; i++) {
      if (!isSpace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
