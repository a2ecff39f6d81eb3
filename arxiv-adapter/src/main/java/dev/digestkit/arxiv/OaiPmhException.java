package dev.digestkit.arxiv;

import dev.digestkit.core.FetchException;
import java.net.URI;

/**
 * An OAI-PMH repository answered with an {@code <error code="...">}, for example
 * {@code badResumptionToken}, {@code badArgument} or {@code cannotDisseminateFormat}.
 * ({@code noRecordsMatch} is not an error: the harvest is simply empty.)
 */
public class OaiPmhException extends FetchException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String oaiMessage;

  /**
   * @param uri the request that failed
   * @param code the OAI-PMH error code
   * @param oaiMessage the repository's explanation (may be empty)
   */
  public OaiPmhException(URI uri, String code, String oaiMessage) {
    super(uri, "OAI-PMH error " + code + (oaiMessage.isEmpty() ? "" : ": " + oaiMessage));
    this.code = code;
    this.oaiMessage = oaiMessage;
  }

  /** The OAI-PMH error code, e.g. {@code badResumptionToken}. */
  public String code() {
    return code;
  }

  /** The repository's explanation, possibly empty. */
  public String oaiMessage() {
    return oaiMessage;
  }
}
