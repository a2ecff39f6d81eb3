package dev.digestkit.core.digest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The four kinds of digest section, in the order a digest shows them. */
public enum SectionKind {
  /** Announcements of {@link dev.digestkit.core.model.PublisherGroup#LABS} publishers. */
  LABS("AI Labs"),
  /** Announcements of {@link dev.digestkit.core.model.PublisherGroup#WIRE} publishers. */
  WIRE("From the Wire"),
  /** Papers. */
  PAPERS("Research Papers"),
  /** Leaderboards. */
  BENCHMARKS("Benchmarks");

  private final String defaultTitle;

  SectionKind(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }

  /** The heading the seeds use, e.g. {@code From the Wire}. */
  public String defaultTitle() {
    return defaultTitle;
  }

  /** The JSON and configuration name: {@code labs}, {@code wire}, {@code papers}, {@code benchmarks}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #wireName()}, case-insensitively. */
  @JsonCreator
  public static SectionKind fromName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
