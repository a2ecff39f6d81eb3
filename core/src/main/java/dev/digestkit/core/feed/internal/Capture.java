package dev.digestkit.core.feed.internal;

import java.net.URI;
import java.util.ArrayList;
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
  private final StringBuilder text = new StringBuilder();
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
      markup = new StringBuilder(text.length() + 64);
      escape(markup, text, 0, text.length(), false);
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
    if (text.length() < maxLength) {
      text.append(ch, start, Math.min(length, maxLength - text.length()));
    }
    if (markup != null && markup.length() < maxLength) {
      escape(markup, new String(ch, start, length), 0, length, false);
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
    return markup != null ? markup.toString() : text.toString();
  }

  /** Only the character content, markup ignored. */
  String plainText() {
    return text.toString();
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
