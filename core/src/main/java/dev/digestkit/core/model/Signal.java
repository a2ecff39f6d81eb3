package dev.digestkit.core.model;

import dev.digestkit.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A named measurement of how much attention an item gets, with where and when it was read: the
 * upvotes a paper has on Hugging Face Daily Papers, its citation count on Semantic Scholar, the
 * downloads of a model repository. Rankers read them; renderers show the well-known ones.
 *
 * <p>Names are free-form so that adapters can add their own, but the well-known ones below are
 * what the built-in rankers and renderers understand.
 *
 * @param name what is counted, e.g. {@link #UPVOTES}
 * @param value the count (finite; counts are whole numbers, scores need not be)
 * @param source who reported it, e.g. {@code huggingface}, {@code semantic-scholar}
 * @param observedAt when the source reported it, when known
 */
public record Signal(String name, double value, String source, Optional<Instant> observedAt) {
  /** Community upvotes (Hugging Face Daily Papers). */
  public static final String UPVOTES = "upvotes";
  /** Comments on the item's discussion page. */
  public static final String COMMENTS = "comments";
  /** Citation count (Semantic Scholar). */
  public static final String CITATIONS = "citations";
  /** Influential citation count (Semantic Scholar). */
  public static final String INFLUENTIAL_CITATIONS = "influentialCitations";
  /** Works citing this one (OpenAlex {@code cited_by_count}). */
  public static final String CITED_BY = "citedBy";
  /** Stars of the code repository. */
  public static final String GITHUB_STARS = "githubStars";
  /** Downloads (Hugging Face Hub models). */
  public static final String DOWNLOADS = "downloads";
  /** Likes (Hugging Face Hub models). */
  public static final String LIKES = "likes";

  public Signal {
    Checks.notBlank(name, "name");
    Checks.notBlank(source, "source");
    Checks.argument(Double.isFinite(value), "signal " + name + " must be finite, was " + value);
    observedAt = observedAt == null ? Optional.empty() : observedAt;
  }

  /** A signal with no observation time. */
  public static Signal of(String name, double value, String source) {
    return new Signal(name, value, source, Optional.empty());
  }

  /** A signal observed at {@code at}. */
  public static Signal of(String name, double value, String source, Instant at) {
    return new Signal(name, value, source, Optional.of(Objects.requireNonNull(at, "at")));
  }
}
