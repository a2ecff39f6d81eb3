package dev.digestkit.core;

/**
 * One place digestkit reads records from: an arXiv listing, a lab's feed, a leaderboard.
 * Created by a {@link SourceProvider} from a {@link SourceSpec}.
 *
 * <p>Implementations are immutable and thread-safe; {@link #fetch()} may be called repeatedly
 * (each call fetches anew, subject to the fetcher's cache).
 */
public interface Source {
  /** The spec this source was created from. */
  SourceSpec spec();

  /**
   * Fetches and parses the source.
   *
   * @return the records read, never null
   * @throws DigestException when nothing could be read; recovered problems are reported in
   *     {@link SourceResult#warnings()} instead
   */
  SourceResult fetch();

  /**
   * A source for {@code spec} whose {@link #fetch()} calls {@code fetch}: what most providers
   * need, without an anonymous class each.
   *
   * @param spec the spec the source answers to
   * @param fetch fetches and parses; same contract as {@link #fetch()}
   */
  static Source of(SourceSpec spec, java.util.function.Supplier<SourceResult> fetch) {
    java.util.Objects.requireNonNull(spec, "spec");
    java.util.Objects.requireNonNull(fetch, "fetch");
    return new Source() {
      @Override
      public SourceSpec spec() {
        return spec;
      }

      @Override
      public SourceResult fetch() {
        return java.util.Objects.requireNonNull(fetch.get(), () -> "source " + spec + " returned no result");
      }

      @Override
      public String toString() {
        return "Source[" + spec + "]";
      }
    };
  }
}
