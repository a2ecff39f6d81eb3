package dev.digestkit.arxiv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pieces of arXiv's listing feeds that live inside free text. */
public final class ListingText {
  // "arXiv:2404.12345v1 Announce Type: new \nAbstract: ..." (the post-2024 listing description)
  private static final Pattern DESCRIPTION = Pattern.compile(
      "\\s*arXiv:(\\S+)\\s+Announce\\s+Type:\\s*([\\w-]+)\\s*(?:Abstract:)?(.*)", Pattern.DOTALL);
  // The pre-2024 title suffix "(arXiv:2404.12345v1 [cs.LG] UPDATED)"; harmless when absent.
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*\\(arXiv:\\S+ \\[[^\\]]*\\](?: [A-Z]+)?\\)\\s*$");

  private ListingText() {}

  /** What a listing description holds. */
  public record Description(Optional<String> id, Optional<String> announceType, String abstractRaw) {}

  /** Splits a listing description into id, announce type and abstract; plain text passes through. */
  public static Description description(String raw) {
    if (raw == null) {
      return new Description(Optional.empty(), Optional.empty(), "");
    }
    // API summaries (2,000 a page) never start with "arXiv:": spare them the matcher.
    int start = 0;
    while (start < raw.length() && isRegexSpace(raw.charAt(start))) {
      start++;
    }
    if (!raw.startsWith("arXiv:", start)) {
      return new Description(Optional.empty(), Optional.empty(), raw);
    }
    Matcher m = DESCRIPTION.matcher(raw);
    if (m.matches()) {
      return new Description(Optional.of(m.group(1)), Optional.of(m.group(2)), m.group(3).strip());
    }
    return new Description(Optional.empty(), Optional.empty(), raw);
  }

  // What \s matches: [ \t\n\x0B\f\r].
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The title without an old-style listing suffix. */
  public static String title(String raw) {
    if (raw == null) {
      return "";
    }
    // Only old listings carry the suffix: spare every other title the regex (issue 7's profile).
    return raw.indexOf("(arXiv:") < 0 ? raw : TITLE_SUFFIX.matcher(raw).replaceFirst("");
  }

  /** Splits {@code dc:creator} ("A. One, B. Two and C. Three") into names. */
  public static List<String> creators(String raw) {
    List<String> names = new ArrayList<>();
    if (raw == null) {
      return names;
    }
    for (String part : raw.split(",|\\s+and\\s+")) {
      String n = part.strip();
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    return names;
  }
}
