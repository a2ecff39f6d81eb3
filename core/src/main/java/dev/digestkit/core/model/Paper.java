package dev.digestkit.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A research paper, as arXiv (or a similar service) describes it.
 *
 * @param id the identifier without version, e.g. {@code 2404.12345} or {@code hep-th/9901001}
 * @param version the version number when known ({@code 3} for {@code v3})
 * @param title title, normalised and raw
 * @param authors authors in the source's order
 * @param abstractText the abstract, normalised and raw (JSON name {@code abstract})
 * @param primaryCategory the primary category code, e.g. {@code cs.LG}
 * @param categories every category code, primary first when known
 * @param published first version's time (UTC)
 * @param updated this version's time (UTC)
 * @param comment the authors' comment (pages, figures, venue)
 * @param journalRef journal reference
 * @param doi DOI
 * @param links abstract, PDF and HTML links
 * @param announceType how a daily listing announced it; empty outside listings
 * @param signals attention measurements (upvotes, citations, …) added by sources and enrichers,
 *     in the order they were added; empty when none is known
 */
public record Paper(
    String id,
    Optional<Integer> version,
    Text title,
    List<Author> authors,
    @JsonProperty("abstract") Text abstractText,
    Optional<String> primaryCategory,
    List<String> categories,
    Optional<Instant> published,
    Optional<Instant> updated,
    Optional<String> comment,
    Optional<String> journalRef,
    Optional<String> doi,
    PaperLinks links,
    Optional<AnnounceType> announceType,
    List<Signal> signals)
    implements Item {

  /** A paper with no signals: the shape every reader of a single source produces. */
  public Paper(String id, Optional<Integer> version, Text title, List<Author> authors, Text abstractText,
      Optional<String> primaryCategory, List<String> categories, Optional<Instant> published,
      Optional<Instant> updated, Optional<String> comment, Optional<String> journalRef, Optional<String> doi,
      PaperLinks links, Optional<AnnounceType> announceType) {
    this(id, version, title, authors, abstractText, primaryCategory, categories, published, updated, comment,
        journalRef, doi, links, announceType, List.of());
  }

  public Paper {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("paper id must not be blank");
    }
    version = opt(version);
    if (version.isPresent() && version.get() < 1) {
      throw new IllegalArgumentException("paper version must be >= 1, was " + version.get());
    }
    title = title == null ? Text.EMPTY : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
    abstractText = abstractText == null ? Text.EMPTY : abstractText;
    primaryCategory = opt(primaryCategory);
    categories = List.copyOf(categories == null ? List.of() : categories);
    published = opt(published);
    updated = opt(updated);
    comment = opt(comment);
    journalRef = opt(journalRef);
    doi = opt(doi);
    links = links == null ? PaperLinks.NONE : links;
    announceType = opt(announceType);
    signals = List.copyOf(signals == null ? List.of() : signals);
  }

  /** The first signal called {@code name} (see {@link Signal}'s constants), if any. */
  public Optional<Signal> signal(String name) {
    return signals.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  // Jackson may hand null for a missing Optional property; treat it as absent.
  private static <T> Optional<T> opt(Optional<T> o) {
    return o == null ? Optional.empty() : o;
  }

  /** The id with its version, e.g. {@code 2404.12345v3}, or the bare id when unversioned. */
  public String versionedId() {
    return version.map(v -> id + "v" + v).orElse(id);
  }

  /** A builder, for adapters that fill a paper field by field. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder seeded with this paper's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.version = version.orElse(null);
    b.title = title;
    b.authors.addAll(authors);
    b.abstractText = abstractText;
    b.primaryCategory = primaryCategory.orElse(null);
    b.categories.addAll(categories);
    b.published = published.orElse(null);
    b.updated = updated.orElse(null);
    b.comment = comment.orElse(null);
    b.journalRef = journalRef.orElse(null);
    b.doi = doi.orElse(null);
    b.links = links;
    b.announceType = announceType.orElse(null);
    b.signals.addAll(signals);
    return b;
  }

  /** Mutable, single-threaded builder for {@link Paper}; null setters mean "absent". */
  public static final class Builder {
    private String id;
    private Integer version;
    private Text title = Text.EMPTY;
    private final List<Author> authors = new ArrayList<>();
    private Text abstractText = Text.EMPTY;
    private String primaryCategory;
    private final List<String> categories = new ArrayList<>();
    private Instant published;
    private Instant updated;
    private String comment;
    private String journalRef;
    private String doi;
    private PaperLinks links = PaperLinks.NONE;
    private AnnounceType announceType;
    private final List<Signal> signals = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder id(String id) { this.id = id; return this; }
    public Builder version(Integer version) { this.version = version; return this; }
    public Builder title(Text title) { this.title = title; return this; }
    public Builder addAuthor(Author author) { this.authors.add(Objects.requireNonNull(author)); return this; }
    public Builder authors(List<Author> authors) { this.authors.clear(); this.authors.addAll(authors); return this; }
    public Builder abstractText(Text abstractText) { this.abstractText = abstractText; return this; }
    public Builder primaryCategory(String primaryCategory) { this.primaryCategory = primaryCategory; return this; }
    public Builder addCategory(String category) {
      if (!categories.contains(category)) {
        categories.add(category);
      }
      return this;
    }
    public Builder categories(List<String> categories) { this.categories.clear(); categories.forEach(this::addCategory); return this; }
    public Builder published(Instant published) { this.published = published; return this; }
    public Builder updated(Instant updated) { this.updated = updated; return this; }
    public Builder comment(String comment) { this.comment = comment; return this; }
    public Builder journalRef(String journalRef) { this.journalRef = journalRef; return this; }
    public Builder doi(String doi) { this.doi = doi; return this; }
    public Builder links(PaperLinks links) { this.links = links; return this; }
    public Builder announceType(AnnounceType announceType) { this.announceType = announceType; return this; }
    public Builder addSignal(Signal signal) { this.signals.add(Objects.requireNonNull(signal)); return this; }
    public Builder signals(List<Signal> signals) { this.signals.clear(); this.signals.addAll(signals); return this; }

    public Paper build() {
      return new Paper(id, Optional.ofNullable(version), title, authors, abstractText,
          Optional.ofNullable(primaryCategory), categories, Optional.ofNullable(published),
          Optional.ofNullable(updated), Optional.ofNullable(comment), Optional.ofNullable(journalRef),
          Optional.ofNullable(doi), links, Optional.ofNullable(announceType), signals);
    }
  }
}
