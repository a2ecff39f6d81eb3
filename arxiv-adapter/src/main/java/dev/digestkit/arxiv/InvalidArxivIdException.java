package dev.digestkit.arxiv;

import dev.digestkit.core.ConfigurationException;

/**
 * A string is not an arXiv identifier in any form {@link ArxivId#parse(String)} accepts.
 *
 * <p>A {@link ConfigurationException} because ids reach {@code parse} from callers (command
 * lines, source specs, look-up lists): the caller asked for something that cannot work. When an
 * id inside a fetched document is unreadable, the parsers report a
 * {@link dev.digestkit.core.ParseException} naming the document instead, with this as its cause.
 */
public class InvalidArxivIdException extends ConfigurationException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  /**
   * @param input the rejected text, as given
   * @param reason why it was rejected
   */
  public InvalidArxivIdException(String input, String reason) {
    super("not an arXiv id: '" + input + "' (" + reason + ")");
    this.input = input;
    this.reason = reason;
  }

  /** Why the input was rejected, e.g. {@code month 13 out of range}. */
  public String reason() {
    return reason;
  }

  /** The rejected text, exactly as given. */
  public String input() {
    return input;
  }
}
