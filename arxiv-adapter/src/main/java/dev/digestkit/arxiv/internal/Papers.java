package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivId;
import dev.digestkit.core.model.PaperLinks;
import java.net.URI;
import java.util.Optional;

/** Small helpers for filling {@link dev.digestkit.core.model.Paper}s. */
public final class Papers {
  private Papers() {}

  /** Links as given, with abs and PDF derived from the id when the document gives none. */
  public static PaperLinks links(ArxivId id, URI abs, URI pdf, URI html) {
    return new PaperLinks(
        Optional.of(abs != null ? abs : id.absUrl()),
        Optional.of(pdf != null ? pdf : id.pdfUrl()),
        Optional.ofNullable(html));
  }
}
