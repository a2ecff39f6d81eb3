package dev.digestkit.arxiv;

import dev.digestkit.core.FetchException;
import java.net.URI;

/**
 * arXiv's API answered with an error: an Atom entry titled {@code Error} whose summary gives the
 * reason (for example {@code incorrect id format for abc}), usually with HTTP 400.
 * {@link #arxivMessage()} is arXiv's own text, unchanged.
 */
public class ArxivApiException extends FetchException {
  private static final long serialVersionUID = 1L;

  private final String arxivMessage;

  /**
   * @param uri the request (or document) that produced the error
   * @param status the HTTP status, or a value ≤ 0 when the error was read from a document
   * @param arxivMessage arXiv's own explanation
   * @param cause the fetch failure that carried the error body, if any
   */
  public ArxivApiException(URI uri, int status, String arxivMessage, Throwable cause) {
    super(uri, status, null, "arXiv API error: " + arxivMessage, cause);
    this.arxivMessage = arxivMessage;
  }

  /** arXiv's explanation, exactly as its error entry's summary gave it (trimmed). */
  public String arxivMessage() {
    return arxivMessage;
  }
}
