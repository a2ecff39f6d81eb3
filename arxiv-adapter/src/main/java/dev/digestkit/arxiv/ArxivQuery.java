package dev.digestkit.arxiv;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A search query in arXiv's API syntax, built from typed parts:
 *
 * <pre>{@code
 * ArxivQuery q = ArxivQuery.cat("cs.LG").and(ArxivQuery.ti("transformer"))
 *     .andNot(ArxivQuery.ti("survey").or(ArxivQuery.ti("review")));
 * q.toString();  // cat:cs.LG AND ti:transformer ANDNOT (ti:survey OR ti:review)
 * }</pre>
 *
 * <p>Terms containing whitespace are sent as phrases ({@code ti:"quantum criticality"}); an
 * operand that is itself a combination is put in parentheses. Immutable and thread-safe.
 */
public final class ArxivQuery {
  private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

  /** The fields arXiv's search understands. */
  public enum Field {
    /** Every field. */
    ALL("all"),
    /** Title. */
    TITLE("ti"),
    /** Author. */
    AUTHOR("au"),
    /** Abstract. */
    ABSTRACT("abs"),
    /** Comment. */
    COMMENT("co"),
    /** Journal reference. */
    JOURNAL_REF("jr"),
    /** Subject category, e.g. {@code cs.LG}. */
    CATEGORY("cat"),
    /** Report number. */
    REPORT_NUMBER("rn"),
    /** Identifier (prefer {@link ArxivSearch.Builder#ids} for look-ups). */
    ID("id");

    private final String prefix;

    Field(String prefix) {
      this.prefix = prefix;
    }

    /** The prefix arXiv uses, e.g. {@code ti}. */
    public String prefix() {
      return prefix;
    }
  }

  private final String expression;
  private final boolean compound;

  private ArxivQuery(String expression, boolean compound) {
    this.expression = expression;
    this.compound = compound;
  }

  /**
   * {@code field:value}; a value with whitespace becomes a quoted phrase.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static ArxivQuery field(Field field, String value) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    String v = value.strip().replace("\"", "");
    if (v.isEmpty()) {
      throw new IllegalArgumentException("empty search term for field " + field.prefix());
    }
    return new ArxivQuery(field.prefix() + ":" + (v.matches(".*\\s.*") ? "\"" + v.replaceAll("\\s+", " ") + "\"" : v), false);
  }

  /** {@code all:value}. */
  public static ArxivQuery all(String value) {
    return field(Field.ALL, value);
  }

  /** {@code ti:value}. */
  public static ArxivQuery ti(String value) {
    return field(Field.TITLE, value);
  }

  /** {@code au:value}. */
  public static ArxivQuery au(String value) {
    return field(Field.AUTHOR, value);
  }

  /** {@code abs:value}. */
  public static ArxivQuery abs(String value) {
    return field(Field.ABSTRACT, value);
  }

  /** {@code co:value}. */
  public static ArxivQuery co(String value) {
    return field(Field.COMMENT, value);
  }

  /** {@code jr:value}. */
  public static ArxivQuery jr(String value) {
    return field(Field.JOURNAL_REF, value);
  }

  /** {@code cat:value}, e.g. {@code cat("cs.LG")}. */
  public static ArxivQuery cat(String value) {
    return field(Field.CATEGORY, value);
  }

  /** {@code rn:value}. */
  public static ArxivQuery rn(String value) {
    return field(Field.REPORT_NUMBER, value);
  }

  /** {@code id:value}. */
  public static ArxivQuery id(String value) {
    return field(Field.ID, value);
  }

  /** Papers first submitted between the two instants (inclusive, minute precision, UTC). */
  public static ArxivQuery submittedDate(Instant from, Instant to) {
    return range("submittedDate", from, to);
  }

  /** Papers first submitted on the days {@code from} to {@code to} inclusive (UTC). */
  public static ArxivQuery submittedDate(LocalDate from, LocalDate to) {
    return range("submittedDate", startOf(from), endOf(to));
  }

  /** Papers last updated between the two instants (inclusive, minute precision, UTC). */
  public static ArxivQuery lastUpdatedDate(Instant from, Instant to) {
    return range("lastUpdatedDate", from, to);
  }

  /** Papers last updated on the days {@code from} to {@code to} inclusive (UTC). */
  public static ArxivQuery lastUpdatedDate(LocalDate from, LocalDate to) {
    return range("lastUpdatedDate", startOf(from), endOf(to));
  }

  /**
   * A query written in arXiv's syntax, sent as is, e.g. {@code cat:cs.LG AND ti:transformer}.
   * Combined with others it is parenthesised.
   */
  public static ArxivQuery raw(String query) {
    Objects.requireNonNull(query, "query");
    String q = query.strip();
    if (q.isEmpty()) {
      throw new IllegalArgumentException("empty search query");
    }
    return new ArxivQuery(q, q.matches(".*\\s.*"));
  }

  /** Both this and {@code other}. */
  public ArxivQuery and(ArxivQuery other) {
    return combine("AND", other);
  }

  /** This or {@code other}. */
  public ArxivQuery or(ArxivQuery other) {
    return combine("OR", other);
  }

  /** This but not {@code other}. */
  public ArxivQuery andNot(ArxivQuery other) {
    return combine("ANDNOT", other);
  }

  /** The query in arXiv's syntax (before URL encoding). */
  @Override
  public String toString() {
    return expression;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArxivQuery q && q.expression.equals(expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  private ArxivQuery combine(String op, ArxivQuery other) {
    Objects.requireNonNull(other, "other");
    return new ArxivQuery(operand() + " " + op + " " + other.operand(), true);
  }

  private String operand() {
    return compound ? "(" + expression + ")" : expression;
  }

  private static ArxivQuery range(String field, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(field + " range starts after it ends: " + from + " > " + to);
    }
    return new ArxivQuery(field + ":[" + RANGE.format(from) + " TO " + RANGE.format(to) + "]", false);
  }

  private static Instant startOf(LocalDate d) {
    return Objects.requireNonNull(d, "from").atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Instant endOf(LocalDate d) {
    return Objects.requireNonNull(d, "to").atTime(23, 59).toInstant(ZoneOffset.UTC);
  }
}
