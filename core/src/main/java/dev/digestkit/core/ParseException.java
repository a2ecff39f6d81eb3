package dev.digestkit.core;

import java.util.Optional;

/**
 * A document could not be read as the format it claims to be. Carries the document's location
 * (URL or path) and, when known, the line and column where reading stopped.
 */
public class ParseException extends DigestException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final int line;
  private final int column;

  public ParseException(String location, String message) {
    this(location, -1, -1, message, null);
  }

  public ParseException(String location, String message, Throwable cause) {
    this(location, -1, -1, message, cause);
  }

  public ParseException(String location, int line, int column, String message, Throwable cause) {
    super(format(location, line, column, message), cause);
    this.location = location == null ? "<unknown>" : location;
    this.line = line;
    this.column = column;
  }

  private static String format(String location, int line, int column, String message) {
    StringBuilder sb = new StringBuilder(message).append(" [").append(location == null ? "<unknown>" : location);
    if (line > 0) {
      sb.append(", line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    return sb.append(']').toString();
  }

  /** The URL or path of the document. */
  public String location() {
    return location;
  }

  /** 1-based line where reading stopped, when known. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** 1-based column where reading stopped, when known. */
  public Optional<Integer> column() {
    return column > 0 ? Optional.of(column) : Optional.empty();
  }
}
