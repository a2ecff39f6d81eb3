package dev.digestkit.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.digestkit.core.text.TextNormalizer;
import java.util.Objects;

/**
 * A piece of source text in two forms: {@code text}, normalised to readable plain Unicode, and
 * {@code raw}, exactly what the source said (HTML, LaTeX, entities and all), so nothing is lost.
 *
 * <p>Both are empty strings, never null, when the source gave nothing; see {@link #EMPTY}.
 *
 * @param text normalised plain text: no markup, whitespace folded, NFC
 * @param raw the source's own form
 */
public record Text(String text, String raw) {
  /** No text at all. */
  public static final Text EMPTY = new Text("", "");

  public Text {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(raw, "raw");
  }

  /** Plain source text: whitespace folded and NFC applied, no markup interpreted. */
  public static Text plain(String raw) {
    return raw == null ? EMPTY : new Text(TextNormalizer.plain(raw), raw);
  }

  /** Source text that is HTML (a feed title or summary): tags stripped, entities decoded. */
  public static Text html(String raw) {
    return raw == null ? EMPTY : new Text(TextNormalizer.htmlToText(raw), raw);
  }

  /** Source text that carries LaTeX (an arXiv title or abstract): made readable Unicode. */
  public static Text latex(String raw) {
    return raw == null ? EMPTY : new Text(TextNormalizer.latexToText(raw), raw);
  }

  /** True when the normalised text is empty. Not a JSON property: it follows from {@code text}. */
  @JsonIgnore
  public boolean isEmpty() {
    return text.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }
}
