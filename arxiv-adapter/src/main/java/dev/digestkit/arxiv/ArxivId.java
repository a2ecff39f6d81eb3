package dev.digestkit.arxiv;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier, with or without a version: new-style {@code 2404.12345v3} (four-digit
 * sequence numbers for {@code 0704}–{@code 1412}, five digits from {@code 1501}) or old-style
 * {@code hep-th/9901001v2}, {@code math.GT/0309136}.
 *
 * <p>{@link #equals} respects the version ({@code 2404.12345} ≠ {@code 2404.12345v1}); use
 * {@link #sameWork(ArxivId)} or {@link #withoutVersion()} to compare works regardless of version.
 * Immutable and thread-safe.
 *
 * @param id the identifier without version, e.g. {@code 2404.12345} or {@code hep-th/9901001}
 * @param version the version number when one was given ({@code 3} for {@code v3})
 */
public record ArxivId(String id, Optional<Integer> version) {
  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})");
  private static final Pattern OLD_STYLE =
      Pattern.compile("([a-z]+(?:-[a-z]+)*)(\\.[A-Z]{2})?/(\\d{2})(\\d{2})(\\d{3})");
  private static final Pattern VERSIONED = Pattern.compile("(.+?)v(\\d+)");
  private static final Pattern URL = Pattern.compile(
      "(?i)(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html|format|ps)/(.+?)(?:\\.pdf)?/?");

  /** Validates the id and version; throws {@link InvalidArxivIdException} when they are not valid. */
  public ArxivId {
    Objects.requireNonNull(id, "id");
    version = version == null ? Optional.empty() : version;
    String problem = problem(id);
    if (problem != null) {
      throw new InvalidArxivIdException(id, problem);
    }
    if (version.isPresent() && version.get() < 1) {
      throw new InvalidArxivIdException(id + "v" + version.get(), "versions start at 1");
    }
  }

  /**
   * Parses an id in any common written form: bare ({@code 2404.12345}, {@code 2404.12345v3},
   * {@code hep-th/9901001v2}), prefixed ({@code arXiv:2404.12345}, {@code oai:arXiv.org:2404.12345}),
   * or an abs/pdf/html URL on {@code arxiv.org} or {@code export.arxiv.org}, http or https, with
   * or without a {@code .pdf} suffix. Surrounding whitespace is ignored.
   *
   * @throws InvalidArxivIdException naming the input when it is none of these
   */
  public static ArxivId parse(String input) {
    Objects.requireNonNull(input, "input");
    String s = input.strip();
    int cut = indexOfAny(s, '?', '#');
    Matcher url = URL.matcher(cut >= 0 && s.toLowerCase(Locale.ROOT).contains("arxiv.org/") ? s.substring(0, cut) : s);
    if (url.matches()) {
      s = url.group(1);
    } else if (s.regionMatches(true, 0, "oai:arxiv.org:", 0, 14)) {
      s = s.substring(14);
    } else if (s.regionMatches(true, 0, "arxiv:", 0, 6)) {
      s = s.substring(6).strip();
    }
    if (s.isEmpty()) {
      throw new InvalidArxivIdException(input, "empty");
    }
    Matcher v = VERSIONED.matcher(s);
    try {
      if (v.matches() && problem(v.group(1)) == null) {
        return new ArxivId(v.group(1), Optional.of(Integer.parseInt(v.group(2))));
      }
      String problem = problem(s);
      if (problem != null) {
        throw new InvalidArxivIdException(input, problem);
      }
      return new ArxivId(s, Optional.empty());
    } catch (NumberFormatException e) {
      throw new InvalidArxivIdException(input, "version number too large");
    } catch (InvalidArxivIdException e) {
      throw e.input().equals(input) ? e : new InvalidArxivIdException(input, e.reason());
    }
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  public static Optional<ArxivId> tryParse(String input) {
    try {
      return input == null ? Optional.empty() : Optional.of(parse(input));
    } catch (InvalidArxivIdException e) {
      return Optional.empty();
    }
  }

  /** An unversioned id; {@code id} is validated like {@link #parse(String)} validates bare ids. */
  public static ArxivId of(String id) {
    return new ArxivId(id, Optional.empty());
  }

  /** True for pre-2007 ids such as {@code hep-th/9901001}. */
  public boolean isOldStyle() {
    return id.indexOf('/') >= 0;
  }

  /** The same id without its version. */
  public ArxivId withoutVersion() {
    return version.isEmpty() ? this : new ArxivId(id, Optional.empty());
  }

  /** The same id at version {@code v} (≥ 1). */
  public ArxivId withVersion(int v) {
    return new ArxivId(id, Optional.of(v));
  }

  /**
   * True when both ids name the same paper, whatever their versions. Old-style ids compare
   * without the subject class, since arXiv writes {@code math.GT/0309136} and {@code math/0309136}
   * for the same paper.
   */
  public boolean sameWork(ArxivId other) {
    return other != null && canonical(id).equals(canonical(other.id));
  }

  /** The id with its version when it has one, e.g. {@code 2404.12345v3}. */
  @Override
  public String toString() {
    return version.map(n -> id + "v" + n).orElse(id);
  }

  /** The abstract page, {@code https://arxiv.org/abs/<id>[vN]}. */
  public URI absUrl() {
    return URI.create("https://arxiv.org/abs/" + this);
  }

  /** The PDF, {@code https://arxiv.org/pdf/<id>[vN]}. */
  public URI pdfUrl() {
    return URI.create("https://arxiv.org/pdf/" + this);
  }

  /** The HTML rendering, {@code https://arxiv.org/html/<id>[vN]} (exists only for some papers). */
  public URI htmlUrl() {
    return URI.create("https://arxiv.org/html/" + this);
  }

  private static String canonical(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) {
      return id;
    }
    int dot = id.indexOf('.');
    return dot >= 0 && dot < slash ? id.substring(0, dot) + id.substring(slash) : id;
  }

  /** Null when {@code s} is a valid unversioned id, else why it is not. */
  private static String problem(String s) {
    Matcher m = NEW_STYLE.matcher(s);
    if (m.matches()) {
      int yy = Integer.parseInt(m.group(1));
      int mm = Integer.parseInt(m.group(2));
      if (mm < 1 || mm > 12) {
        return "month " + m.group(2) + " out of range";
      }
      int yymm = yy * 100 + mm;
      if (yymm < 704) {
        return "new-style ids start in April 2007 (0704)";
      }
      int digits = m.group(3).length();
      if (yymm >= 1501 && digits != 5) {
        return "ids from 1501 on have a five-digit number";
      }
      if (yymm < 1501 && digits != 4) {
        return "ids before 1501 have a four-digit number";
      }
      return null;
    }
    m = OLD_STYLE.matcher(s);
    if (m.matches()) {
      int mm = Integer.parseInt(m.group(4));
      return mm < 1 || mm > 12 ? "month " + m.group(4) + " out of range" : null;
    }
    return "expected YYMM.NNNNN, archive/YYMMNNN, an arXiv: prefix or an arxiv.org URL";
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
