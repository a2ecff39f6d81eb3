package dev.digestkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model name taken apart so the same model joins across boards: {@code Claude Opus 4.7},
 * {@code claude-opus-4-7} and {@code anthropic/claude-opus-4.7} all have family
 * {@code claude-opus-4.7}; {@code gpt-5.2-2025-12-11-medium} is family {@code gpt-5.2}, snapshot
 * {@code 2025-12-11}, effort {@code medium}.
 *
 * <p>Rules, in order: an {@code org/} prefix is split off; parenthesised qualifiers are read as a
 * snapshot date or an effort; the rest is lower-cased with spaces and underscores turned into
 * hyphens; a date ({@code 2025-12-11}, {@code 20251101}), a {@code MM-DD} after a word
 * ({@code preview-05-06}) or a four-digit {@code MMDD}/{@code YYMM} tag is the snapshot; a trailing {@code minimal|low|medium|high|xhigh} is the effort; hyphens
 * between small numbers become dots ({@code 4-7} is version {@code 4.7}); and Anthropic's older
 * {@code claude-3.5-sonnet} order becomes {@code claude-sonnet-3.5}.
 *
 * @param name the name as given
 * @param orgPrefix the {@code org/} prefix, lower case, when the name had one
 * @param family the canonical name without snapshot and effort, e.g. {@code gpt-5.2}
 * @param snapshot the snapshot tag, e.g. {@code 2025-12-11} (dates normalised to ISO), when given
 * @param effort the reasoning effort or mode, e.g. {@code medium}, {@code xhigh}, {@code reasoning}
 */
public record ModelName(String name, Optional<String> orgPrefix, String family, Optional<String> snapshot, Optional<String> effort) {
  private static final Set<String> EFFORTS = Set.of("minimal", "low", "medium", "high", "xhigh");
  private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)|\\[([^]]*)]");
  private static final Pattern ISO_DATE = Pattern.compile("(?:^|-)(\\d{4})-(\\d{2})-(\\d{2})(?=-|$)");
  private static final Pattern COMPACT_DATE = Pattern.compile("(?:^|-)(20\\d{2})(\\d{2})(\\d{2})(?=-|$)");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<=[a-z])-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?=-|$)");
  private static final Pattern SHORT_TAG = Pattern.compile("-((?:0[1-9]|1[0-2])\\d{2}|2[3-9](?:0[1-9]|1[0-2]))(?=-|$)");
  private static final Pattern VERSION_HYPHEN = Pattern.compile("(?<=(?:^|-|[a-z])\\d{1,2})-(?=\\d{1,2}(?:-|$))");
  private static final Pattern OLD_CLAUDE = Pattern.compile("^claude-(\\d+(?:\\.\\d+)?)-(opus|sonnet|haiku)(.*)$");

  /** Requires name and family; null optionals become empty. Use {@link #parse(String)} to take a name apart. */
  public ModelName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(family, "family");
    orgPrefix = orgPrefix == null ? Optional.empty() : orgPrefix;
    snapshot = snapshot == null ? Optional.empty() : snapshot;
    effort = effort == null ? Optional.empty() : effort;
  }

  /**
   * Takes {@code name} apart.
   *
   * @throws IllegalArgumentException when the name is blank
   */
  public static ModelName parse(String name) {
    Objects.requireNonNull(name, "name");
    String s = name.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("model name must not be blank");
    }
    Optional<String> org = Optional.empty();
    int slash = s.lastIndexOf('/');
    if (slash > 0 && slash < s.length() - 1) {
      org = Optional.of(s.substring(0, slash).strip().toLowerCase(Locale.ROOT));
      s = s.substring(slash + 1);
    }
    String snapshot = null;
    String effort = null;
    List<String> qualifiers = new ArrayList<>();
    Matcher pm = PARENS.matcher(s);
    StringBuilder rest = new StringBuilder();
    while (pm.find()) {
      qualifiers.add(pm.group(1) != null ? pm.group(1) : pm.group(2));
      pm.appendReplacement(rest, " ");
    }
    pm.appendTail(rest);
    String key = slug(rest.toString());
    for (String q : qualifiers) {
      String qs = slug(q);
      String date = date(qs);
      if (date != null) {
        snapshot = date;
      } else if (!qs.isEmpty()) {
        effort = effort == null ? effortOf(qs) : effort + "-" + effortOf(qs);
      }
    }
    Matcher dm = ISO_DATE.matcher(key);
    if (dm.find()) {
      snapshot = dm.group(1) + "-" + dm.group(2) + "-" + dm.group(3);
      key = cut(key, dm.start(), dm.end());
    } else if ((dm = COMPACT_DATE.matcher(key)).find()) {
      snapshot = dm.group(1) + "-" + dm.group(2) + "-" + dm.group(3);
      key = cut(key, dm.start(), dm.end());
    } else if ((dm = MONTH_DAY.matcher(key)).find()) {
      snapshot = dm.group(1) + "-" + dm.group(2);
      key = cut(key, dm.start(), dm.end());
    } else if ((dm = SHORT_TAG.matcher(key)).find()) {
      snapshot = dm.group(1);
      key = cut(key, dm.start(), dm.end());
    }
    int lastHyphen = key.lastIndexOf('-');
    if (lastHyphen > 0 && EFFORTS.contains(key.substring(lastHyphen + 1))) {
      String e = key.substring(lastHyphen + 1);
      effort = effort == null ? e : e + "-" + effort;
      key = key.substring(0, lastHyphen);
    }
    key = VERSION_HYPHEN.matcher(key).replaceAll(".");
    Matcher cm = OLD_CLAUDE.matcher(key);
    if (cm.matches()) {
      key = "claude-" + cm.group(2) + "-" + cm.group(1) + cm.group(3);
    }
    if (key.isEmpty()) {
      key = slug(name);
    }
    return new ModelName(name, org, key, Optional.ofNullable(snapshot), Optional.ofNullable(effort));
  }

  /** The join key: the family plus the effort when there is one, e.g. {@code gpt-5.2-medium}. */
  public String key() {
    return effort.map(e -> family + "-" + e).orElse(family);
  }

  private static String effortOf(String qualifier) {
    // "Adaptive Reasoning, Max Effort" and "max-effort" both mean effort "max".
    for (String level : List.of("xhigh", "minimal", "medium", "high", "low", "max")) {
      if (qualifier.equals(level) || qualifier.startsWith(level + "-effort") || qualifier.endsWith("-" + level + "-effort")
          || qualifier.endsWith("-" + level)) {
        return level;
      }
    }
    return qualifier;
  }

  private static String date(String s) {
    Matcher m = ISO_DATE.matcher(s);
    if (m.matches()) {
      return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }
    m = COMPACT_DATE.matcher(s);
    if (m.matches()) {
      return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }
    return null;
  }

  private static String cut(String key, int start, int end) {
    String out = key.substring(0, start) + key.substring(end);
    return out.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
  }

  static String slug(String s) {
    return s.strip().toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_:,;]+", "-")
        .replaceAll("[^a-z0-9.+\\-]", "")
        .replaceAll("-{2,}", "-")
        .replaceAll("^-|-$", "");
  }
}
