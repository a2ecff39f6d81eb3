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
    ArxivId common = parseCommonForm(input);
    if (common != null) {
      return common;
    }
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

  // The forms every feed and API page carries (a bare or versioned new-style id, behind an abs URL
  // or an arXiv: prefix), read without regular expressions: the readers parse one id per entry and
  // the URL pattern was a measurable share of their time (issue 7). Null sends anything else, and
  // every invalid id, to the general path, which words the errors.
  private static ArxivId parseCommonForm(String input) {
    int start = input.startsWith("https://arxiv.org/abs/") ? 22
        : input.startsWith("http://arxiv.org/abs/") ? 21
        : input.startsWith("arXiv:") ? 6 : 0;
    int n = input.length();
    int end = start + 9;
    if (end < n && isDigit(input, end)) {
      end++;
    }
    if (end > n || !newStyleShape(input, start, end)) {
      return null;
    }
    Optional<Integer> version = Optional.empty();
    if (end < n) {
      int digits = n - end - 1;
      if (input.charAt(end) != 'v' || digits < 1 || digits > 6 || input.charAt(end + 1) == '0') {
        return null;
      }
      for (int i = end + 1; i < n; i++) {
        if (!isDigit(input, i)) {
          return null;
        }
      }
      version = Optional.of(Integer.parseInt(input, end + 1, n, 10));
    }
    String id = input.substring(start, end);
    return newStyleProblem(id) == null ? new ArxivId(id, version) : null;
  }

  private static boolean isDigit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }

  // YYMM.NNNN or YYMM.NNNNN in ASCII digits.
  private static boolean newStyleShape(String s, int from, int to) {
    int len = to - from;
    if ((len != 9 && len != 10) || s.charAt(from + 4) != '.') {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (i != from + 4 && !isDigit(s, i)) {
        return false;
      }
    }
    return true;
  }

  /** Null when {@code s} is a valid unversioned id, else why it is not. */
  private static String problem(String s) {
    if (newStyleShape(s, 0, s.length())) {
      return newStyleProblem(s);
    }
    Matcher m = OLD_STYLE.matcher(s);
    if (m.matches()) {
      int mm = Integer.parseInt(m.group(4));
      return mm < 1 || mm > 12 ? "month " + m.group(4) + " out of range" : null;
    }
    return "expected YYMM.NNNNN, archive/YYMMNNN, an arXiv: prefix or an arxiv.org URL";
  }

  // s has the new-style shape; checks month, start date and sequence-number length.
  private static String newStyleProblem(String s) {
    int yy = (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    int mm = (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
    if (mm < 1 || mm > 12) {
      return "month " + s.substring(2, 4) + " out of range";
    }
    int yymm = yy * 100 + mm;
    if (yymm < 704) {
      return "new-style ids start in April 2007 (0704)";
    }
    int digits = s.length() - 5;
    if (yymm >= 1501 && digits != 5) {
      return "ids from 1501 on have a five-digit number";
    }
    if (yymm < 1501 && digits != 4) {
      return "ids before 1501 have a four-digit number";
    }
    return null;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
