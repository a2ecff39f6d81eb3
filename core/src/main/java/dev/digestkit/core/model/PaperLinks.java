package dev.digestkit.core.model;

import java.net.URI;
import java.util.Optional;

/**
 * Where a paper can be read.
 *
 * @param abs the abstract page
 * @param pdf the PDF
 * @param html the HTML rendering, when the source offers one
 */
public record PaperLinks(Optional<URI> abs, Optional<URI> pdf, Optional<URI> html) {
  /** No links known. */
  public static final PaperLinks NONE = new PaperLinks(Optional.empty(), Optional.empty(), Optional.empty());

  public PaperLinks {
    abs = Optional.ofNullable(abs).flatMap(o -> o);
    pdf = Optional.ofNullable(pdf).flatMap(o -> o);
    html = Optional.ofNullable(html).flatMap(o -> o);
  }
}
