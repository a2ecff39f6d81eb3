package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.ArxivFormats;
import dev.digestkit.core.model.Paper;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Any arXiv document read whole, its format detected from the document itself: an API response
 * (Atom with {@code opensearch:totalResults}), a daily listing (RSS or Atom) or an OAI-PMH
 * response ({@code arXiv}, {@code arXivRaw} or {@code oai_dc} records). For inspecting single
 * documents; use {@link ArxivClient} and {@link ArxivHarvester} to stream large results.
 *
 * @param kind which of the three formats it was
 * @param totalResults the API's {@code opensearch:totalResults}, when the document states it
 * @param papers the papers, in document order (deleted OAI records are left out)
 */
public record ArxivDocument(Kind kind, OptionalLong totalResults, List<Paper> papers) {
  /** The document families arXiv serves. */
  public enum Kind {
    /** An {@code export.arxiv.org/api/query} Atom response. */
    API,
    /** An {@code rss.arxiv.org} daily listing, RSS or Atom. */
    LISTING,
    /** An OAI-PMH {@code ListRecords} or {@code GetRecord} response. */
    OAI
  }

  /** Copies {@code papers}. */
  public ArxivDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(totalResults, "totalResults");
    papers = List.copyOf(papers);
  }

  /**
   * Reads a document, detecting its format.
   *
   * @param in the document; the caller closes it
   * @param location where it came from, for error messages
   * @throws ArxivApiException when the document is arXiv's error response
   * @throws OaiPmhException when it is an OAI-PMH error other than {@code noRecordsMatch}
   * @throws dev.digestkit.core.ParseException when it is none of the formats or malformed
   */
  public static ArxivDocument parse(InputStream in, URI location) {
    return ArxivFormats.readDocument(in, location, 0);
  }

  /**
   * Like {@link #parse(InputStream, URI)} for a body that came with an HTTP status, so that an
   * error entry carries it.
   */
  public static ArxivDocument parse(InputStream in, URI location, int httpStatus) {
    return ArxivFormats.readDocument(in, location, httpStatus);
  }
}
