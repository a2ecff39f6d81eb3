package dev.digestkit.core.render.internal;

import dev.digestkit.core.digest.internal.Items;
import java.net.URI;
import java.util.Map;

/** HTML escaping, safe links and a tiny placeholder template engine. Not public API. */
public final class Html {
  private Html() {}

  /** {@code text} escaped for element content and double- or single-quoted attributes. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters have no business in a page and some confuse parsers.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * An anchor to {@code url} showing {@code text}, or the escaped text alone when the link is
   * not an absolute http(s) URL: {@code javascript:}, {@code data:} and the like never survive.
   */
  public static String link(URI url, String text) {
    if (url == null || !Items.isWebLink(url)) {
      return escape(text);
    }
    return "<a href=\"" + escape(url.toASCIIString()) + "\" rel=\"noopener noreferrer\">" + escape(text) + "</a>";
  }

  /**
   * Fills {@code template}: {@code {{name}}} takes {@code text.get(name)} escaped, and
   * {@code {{{name}}}} takes {@code html.get(name)} as is (only fragments this package built).
   * Unknown names become empty.
   */
  public static String fill(String template, Map<String, String> text, Map<String, String> html) {
    StringBuilder out = new StringBuilder(template.length() * 2);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      boolean raw = template.startsWith("{{{", open);
      String close = raw ? "}}}" : "}}";
      int end = template.indexOf(close, open + close.length());
      if (end < 0) {
        out.append(template, open, template.length());
        break;
      }
      String name = template.substring(open + close.length(), end).trim();
      if (raw) {
        out.append(html.getOrDefault(name, ""));
      } else {
        out.append(escape(text.getOrDefault(name, "")));
      }
      i = end + close.length();
    }
    return out.toString();
  }
}
