package dev.digestkit.core.render;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.digest.Digest;
import java.util.Locale;

/**
 * Turns a {@link Digest} into a document. Renderers are immutable and thread-safe; they never
 * fetch anything, and show the sources that failed in a footer.
 */
public interface Renderer {
  /** The whole document. */
  String render(Digest digest);

  /** The document's media type, e.g. {@code text/html; charset=utf-8}. */
  String mediaType();

  /** The usual file extension without a dot, e.g. {@code md}. */
  String fileExtension();

  /** Markdown in the seeds' shape: headlines, papers with category and abstract, tables. */
  static Renderer markdown() {
    return new MarkdownRenderer();
  }

  /** A standalone HTML page with inline SVG charts and no script, with the default templates. */
  static Renderer html() {
    return HtmlRenderer.builder().build();
  }

  /** Plain text for a terminal or an e-mail. */
  static Renderer text() {
    return new TextRenderer();
  }

  /** The digest as JSON ({@link dev.digestkit.core.Json#newMapper()}), readable back into a {@link Digest}. */
  static Renderer json() {
    return new JsonRenderer();
  }

  /**
   * The renderer for a format name: {@code markdown} (or {@code md}), {@code html},
   * {@code text} (or {@code txt}), {@code json}.
   *
   * @throws ConfigurationException for any other name
   */
  static Renderer forFormat(String format) {
    switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "markdown":
      case "md":
        return markdown();
      case "html":
        return html();
      case "text":
      case "txt":
        return text();
      case "json":
        return json();
      default:
        throw new ConfigurationException("unknown format '" + format + "'; expected markdown, html, text or json");
    }
  }
}
