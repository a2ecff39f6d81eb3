package dev.digestkit.core.feed.internal;

import org.jsoup.nodes.Entities;

/**
 * One linear pass over the decoded document that makes the common real-world faults parseable
 * before any XML parser sees it, and removes what must never be processed:
 *
 * <ul>
 *   <li>the DOCTYPE is dropped, so no DTD, external entity or entity expansion ever happens
 *       (billion laughs and XXE have nothing to work with);
 *   <li>HTML named entities undeclared in XML ({@code &nbsp;}, {@code &eacute;}) become numeric
 *       references; unknown entities and bare {@code &} are escaped and reported;
 *   <li>characters XML forbids (control characters) become spaces, references to them U+FFFD;
 *   <li>an unterminated CDATA section is opened up (its markup then reads as markup);
 *   <li>text before the root element and the XML declaration are dropped (the text is already
 *       decoded, so the declaration has nothing left to say).
 * </ul>
 *
 * Returns the input itself when nothing needed changing.
 */
public final class XmlRepair {
  private XmlRepair() {}

  /** Repairs {@code s}, reporting each repair that changes meaning to {@code problems}. */
  public static String repair(String s, Problems problems) {
    int n = s.length();
    StringBuilder out = null;
    int copied = 0;
    int i = s.indexOf('<');
    if (i < 0) {
      return s;
    }
    if (i > 0) {
      if (!s.substring(0, i).isBlank()) {
        problems.add("line 1: text before the root element ignored");
      }
      out = new StringBuilder(n + 64);
      copied = i;
    }
    int[] cps = new int[2];
    // one array scan: String.charAt on a non-Latin-1 string costs a bounds check per char
    char[] a = s.toCharArray();
    while (i < n) {
      char c = a[i];
      if (c > '&' && c != '<' && c < 0xFFFE) {
        i++;
        continue;
      }
      if (c == '<') {
        if (s.startsWith("<![CDATA[", i)) {
          int end = s.indexOf("]]>", i + 9);
          int next = end < 0 ? -1 : s.lastIndexOf("<![CDATA[", end);
          if (end < 0 || next > i) {
            problems.addAt(s, i, "unterminated CDATA section");
            out = flush(out, s, copied, i);
            copied = i + 9;
            i += 9;
            continue;
          }
          i = end + 3;
          continue;
        }
        if (s.startsWith("<!--", i)) {
          int end = s.indexOf("-->", i + 4);
          if (end < 0) {
            problems.addAt(s, i, "unterminated comment; the rest of the document is ignored");
            out = flush(out, s, copied, i);
            copied = n;
            break;
          }
          i = end + 3;
          continue;
        }
        if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
          int end = doctypeEnd(s, i);
          out = flush(out, s, copied, i);
          copied = end;
          i = end;
          continue;
        }
        if (s.startsWith("<?", i)) {
          int end = s.indexOf("?>", i + 2);
          if (end < 0) {
            i += 2;
            continue;
          }
          if (s.startsWith("<?xml", i) && i + 5 < n && (s.charAt(i + 5) <= ' ')) {
            out = flush(out, s, copied, i);
            copied = end + 2;
          }
          i = end + 2;
          continue;
        }
        i++;
        continue;
      }
      if (c == '&') {
        int semi = referenceEnd(s, i);
        if (semi > 0 && s.charAt(i + 1) == '#') {
          if (!validCharRef(s, i + 2, semi)) {
            problems.addAt(s, i, "reference to a character XML forbids: " + s.substring(i, semi + 1));
            out = flush(out, s, copied, i).append("&#xFFFD;");
            copied = semi + 1;
          }
          i = semi + 1;
          continue;
        }
        if (semi > 0) {
          String name = s.substring(i + 1, semi);
          if (isXmlEntity(name)) {
            i = semi + 1;
            continue;
          }
          int count = Entities.codepointsForName(name, cps);
          out = flush(out, s, copied, i);
          if (count > 0) {
            for (int k = 0; k < count; k++) {
              out.append("&#").append(cps[k]).append(';');
            }
            copied = semi + 1;
            i = semi + 1;
            continue;
          }
          problems.addAt(s, i, "undefined entity &" + name + "; kept as text");
          out.append("&amp;");
          copied = i + 1;
          i++;
          continue;
        }
        problems.addAt(s, i, "unescaped &");
        out = flush(out, s, copied, i).append("&amp;");
        copied = i + 1;
        i++;
        continue;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
        problems.addAt(s, i, String.format("invalid character U+%04X replaced by a space", (int) c));
        out = flush(out, s, copied, i).append(' ');
        copied = i + 1;
      }
      i++;
    }
    if (out == null) {
      return s;
    }
    out.append(s, Math.min(copied, n), n);
    return out.toString();
  }

  private static StringBuilder flush(StringBuilder out, String s, int from, int to) {
    StringBuilder b = out == null ? new StringBuilder(s.length() + 64) : out;
    if (to > from) {
      b.append(s, from, to);
    }
    return b;
  }

  /** Index of the {@code ;} ending a well-formed reference starting at {@code amp}, else -1. */
  private static int referenceEnd(String s, int amp) {
    int n = s.length();
    int j = amp + 1;
    if (j < n && s.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int start = j;
      while (j < n && j - start < 8 && (Character.isDigit(s.charAt(j)) || hex && isHex(s.charAt(j)))) {
        j++;
      }
      return j > start && j < n && s.charAt(j) == ';' ? j : -1;
    }
    int start = j;
    while (j < n && j - start < 40 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
        || s.charAt(j) == '-' || s.charAt(j) == '.')) {
      j++;
    }
    return j > start && j < n && s.charAt(j) == ';' && Character.isLetter(s.charAt(start)) ? j : -1;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean validCharRef(String s, int from, int semi) {
    boolean hex = s.charAt(from) == 'x' || s.charAt(from) == 'X';
    int cp;
    try {
      cp = Integer.parseInt(s, hex ? from + 1 : from, semi, hex ? 16 : 10);
    } catch (NumberFormatException e) {
      return false;
    }
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private static boolean isXmlEntity(String name) {
    return name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot") || name.equals("apos");
  }

  /** End (exclusive) of a DOCTYPE declaration, skipping its internal subset and quoted strings. */
  private static int doctypeEnd(String s, int start) {
    int n = s.length();
    int depth = 0;
    char quote = 0;
    for (int i = start + 9; i < n; i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return n;
  }
}
