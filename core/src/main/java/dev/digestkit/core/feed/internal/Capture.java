package dev.digestkit.core.feed.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The text (and, for elements with children, the inner markup) of one element being read, with
 * its direct children's names, attributes and text, which is all the feed mapping needs.
 */
final class Capture {
  /** A direct child of the captured element. */
  record Child(String ns, String local, Map<String, String> attrs, String text) {}

  final String ns;
  final String local;
  final Map<String, String> attrs;
  final URI base;
  private final int maxLength;
  // Most captured fields arrive as one text event (a title, a date, a whole CDATA article): that
  // one is kept as a String made straight from the parser's buffer, and a builder is only
  // started when a second event comes. Growing a builder from 16 chars and copying it out again
  // was most of the cost of keeping an article's text.
  private String single;
  private char[] text; // after a second event: a plain array, since appending a char[] to a
  private int textLength; // Latin-1 StringBuilder checks and narrows every character
  private String plain; // plainText(), once asked for
  private StringBuilder markup;
  private int nested;
  private List<Child> children;
  private String childNs;
  private String childLocal;
  private Map<String, String> childAttrs;
  private StringBuilder childText;

  Capture(String ns, String local, Map<String, String> attrs, URI base, int maxLength) {
    this.ns = ns;
    this.local = local;
    this.attrs = attrs;
    this.base = base;
    this.maxLength = maxLength;
  }

  void startChild(String cns, String clocal, String qname, Map<String, String> cattrs) {
    if (markup == null) {
      CharSequence t = plainText();
      markup = new StringBuilder(t.length() + 64);
      escape(markup, t, 0, t.length(), false);
    }
    if (markup.length() < maxLength) {
      markup.append('<').append(qname);
      for (Map.Entry<String, String> a : cattrs.entrySet()) {
        if (a.getKey().startsWith("xmlns")) {
          continue;
        }
        markup.append(' ').append(a.getKey()).append("=\"");
        escape(markup, a.getValue(), 0, a.getValue().length(), true);
        markup.append('"');
      }
      markup.append('>');
    }
    nested++;
    if (nested == 1) {
      childNs = cns;
      childLocal = clocal;
      childAttrs = cattrs;
      childText = new StringBuilder();
    }
  }

  void endChild(String qname) {
    if (markup.length() < maxLength) {
      markup.append("</").append(qname).append('>');
    }
    if (nested == 1) {
      if (children == null) {
        children = new ArrayList<>(4);
      }
      children.add(new Child(childNs, childLocal, childAttrs, childText.toString().trim()));
      childText = null;
    }
    nested--;
  }

  void text(char[] ch, int start, int length) {
    plain = null;
    if (text == null && single == null) {
      single = new String(ch, start, Math.min(length, maxLength));
    } else {
      if (text == null) {
        text = new char[Math.max(2 * (single.length() + length), 64)];
        single.getChars(0, single.length(), text, 0);
        textLength = single.length();
        single = null;
      }
      if (textLength < maxLength) {
        int take = Math.min(length, maxLength - textLength);
        if (textLength + take > text.length) {
          text = Arrays.copyOf(text, Math.max(2 * text.length, textLength + take));
        }
        System.arraycopy(ch, start, text, textLength, take);
        textLength += take;
      }
    }
    if (markup != null && markup.length() < maxLength) {
      escape(markup, ch, start, start + length);
    }
    if (childText != null && childText.length() < maxLength) {
      childText.append(ch, start, length);
    }
  }

  void text(String s) {
    text(s.toCharArray(), 0, s.length());
  }

  /** The element's text, or its inner markup when it has child elements. */
  String raw() {
    return markup != null ? markup.toString() : plainText();
  }

  /** Only the character content, markup ignored. */
  String plainText() {
    if (plain == null) {
      plain = text != null ? new String(text, 0, textLength) : single != null ? single : "";
    }
    return plain;
  }

  boolean hasChildren() {
    return markup != null;
  }

  List<Child> children() {
    return children == null ? List.of() : children;
  }

  String attr(String name) {
    return attrs.get(name);
  }

  /** Text content into markup: the characters XML needs escaped, the rest copied run by run. */
  private static void escape(StringBuilder b, char[] ch, int from, int to) {
    int run = from;
    for (int i = from; i < to; i++) {
      char c = ch[i];
      if (c == '&' || c == '<' || c == '>') {
        b.append(ch, run, i - run).append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : "&gt;");
        run = i + 1;
      }
    }
    b.append(ch, run, to - run);
  }

  private static void escape(StringBuilder b, CharSequence s, int from, int to, boolean attr) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"':
          if (attr) {
            b.append("&quot;");
          } else {
            b.append(c);
          }
          break;
        default: b.append(c);
      }
    }
  }
}
