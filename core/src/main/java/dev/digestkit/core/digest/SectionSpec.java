package dev.digestkit.core.digest;

import dev.digestkit.core.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What goes into one section: its kind and heading, filters, a scorer and a limit. Immutable;
 * each {@code with}-style method returns a changed copy, so specs read as one expression:
 * {@code SectionSpec.papers().categories("cs.LG", "cs.CL").keywords("agent").limit(6)}.
 *
 * <p>Filters that are empty let everything through; a non-empty filter keeps an item when any of
 * its values matches (case-insensitively). Filters that do not apply to a kind are ignored
 * (categories only filter papers, publishers only announcements).
 *
 * @param kind what the section holds
 * @param title the heading
 * @param limit at most this many entries (for benchmarks: boards)
 * @param rows for benchmarks, the rows shown per leaderboard
 * @param columns for benchmarks, the metric columns shown (by key or label, e.g. {@code Score},
 *     {@code tok/s}), in the board's order; empty shows every column
 * @param categories arXiv category codes a paper must carry one of, e.g. {@code cs.LG}
 * @param keywords words or phrases the title or abstract/summary must contain one of; the
 *     default scorer also ranks by how often they occur
 * @param authors author names (substring match) a paper or post must have one of
 * @param publishers publisher ids or names (e.g. {@code openai}, {@code Google DeepMind}) an
 *     announcement must come from
 * @param scorer how entries are ranked; ties keep the sources' order
 */
public record SectionSpec(
    SectionKind kind,
    String title,
    int limit,
    int rows,
    List<String> columns,
    List<String> categories,
    List<String> keywords,
    List<String> authors,
    List<String> publishers,
    Scorer scorer) {

  /** Rows per leaderboard unless set: the seeds show the top five. */
  public static final int DEFAULT_ROWS = 5;

  public SectionSpec {
    Objects.requireNonNull(kind, "kind");
    Checks.notBlank(title, "title");
    Checks.argument(limit >= 0, "limit must be >= 0, was " + limit);
    Checks.argument(rows >= 1, "rows must be >= 1, was " + rows);
    columns = clean(columns);
    categories = clean(categories);
    keywords = clean(keywords);
    authors = clean(authors);
    publishers = clean(publishers);
    Objects.requireNonNull(scorer, "scorer");
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of()
        : values.stream().map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
  }

  /** A section of {@code kind} with its default heading, no filters and a default limit. */
  public static SectionSpec of(SectionKind kind) {
    int limit = switch (kind) {
      case LABS, WIRE -> 8;
      case PAPERS -> 6;
      case BENCHMARKS -> 4;
    };
    return new SectionSpec(kind, kind.defaultTitle(), limit, DEFAULT_ROWS,
        List.of(), List.of(), List.of(), List.of(), List.of(), Scorers.standard());
  }

  /** <em>AI Labs</em>: announcements of lab publishers. */
  public static SectionSpec labs() {
    return of(SectionKind.LABS);
  }

  /** <em>From the Wire</em>: announcements of news publishers. */
  public static SectionSpec wire() {
    return of(SectionKind.WIRE);
  }

  /** <em>Research Papers</em>. */
  public static SectionSpec papers() {
    return of(SectionKind.PAPERS);
  }

  /** <em>Benchmarks</em>: leaderboards. */
  public static SectionSpec benchmarks() {
    return of(SectionKind.BENCHMARKS);
  }

  /** A copy with heading {@code title}. */
  public SectionSpec title(String title) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy keeping at most {@code limit} entries. */
  public SectionSpec limit(int limit) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy showing {@code rows} rows per leaderboard. */
  public SectionSpec rows(int rows) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy showing only these leaderboard columns (metric keys or labels). */
  public SectionSpec columns(String... columns) {
    return columns(Arrays.asList(columns));
  }

  /** A copy showing only these leaderboard columns (metric keys or labels). */
  public SectionSpec columns(List<String> columns) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy keeping only papers in one of {@code categories}. */
  public SectionSpec categories(String... categories) {
    return categories(Arrays.asList(categories));
  }

  /** A copy keeping only papers in one of {@code categories}. */
  public SectionSpec categories(List<String> categories) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy keeping only items whose title or abstract mentions one of {@code keywords}. */
  public SectionSpec keywords(String... keywords) {
    return keywords(Arrays.asList(keywords));
  }

  /** A copy keeping only items whose title or abstract mentions one of {@code keywords}. */
  public SectionSpec keywords(List<String> keywords) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy keeping only items with one of {@code authors}. */
  public SectionSpec authors(String... authors) {
    return authors(Arrays.asList(authors));
  }

  /** A copy keeping only items with one of {@code authors}. */
  public SectionSpec authors(List<String> authors) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy keeping only announcements from one of {@code publishers} (ids or names). */
  public SectionSpec publishers(String... publishers) {
    return publishers(Arrays.asList(publishers));
  }

  /** A copy keeping only announcements from one of {@code publishers} (ids or names). */
  public SectionSpec publishers(List<String> publishers) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** A copy ranking with {@code scorer}. */
  public SectionSpec scorer(Scorer scorer) {
    return new SectionSpec(kind, title, limit, rows, columns, categories, keywords, authors, publishers, scorer);
  }

  /** The keywords lower-cased, for matching. */
  List<String> keywordsLower() {
    return keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }
}
