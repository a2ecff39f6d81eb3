package dev.digestkit.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assembled digest: what {@link DigestAssembler#assemble(LocalDate)} returns and every
 * {@link dev.digestkit.core.render.Renderer} renders. Immutable; round-trips through
 * {@link dev.digestkit.core.Json#newMapper()}.
 *
 * @param title the digest's name, e.g. {@code The Inference Report}
 * @param date the issue date
 * @param window the time span the items were taken from
 * @param editorial an opening text, when the application or an {@link Editor} wrote one
 * @param sections the sections in display order (empty ones included, so renderers can say so)
 * @param sources the outcome of every source read, in the order they were configured
 */
public record Digest(
    String title,
    LocalDate date,
    TimeWindow window,
    Optional<String> editorial,
    List<Section> sections,
    List<SourceOutcome> sources) {

  public Digest {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(window, "window");
    editorial = editorial == null ? Optional.empty() : editorial.filter(e -> !e.isBlank());
    sections = List.copyOf(sections == null ? List.of() : sections);
    sources = List.copyOf(sources == null ? List.of() : sources);
  }

  /** The first section of {@code kind}, if the digest has one. */
  public Optional<Section> section(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** The sources that could not be read. */
  public List<SourceOutcome> failures() {
    return sources.stream().filter(SourceOutcome::failed).toList();
  }

  /** A copy with {@code editorial} as its opening text (empty or blank removes it). */
  public Digest withEditorial(Optional<String> editorial) {
    return new Digest(title, date, window, editorial, sections, sources);
  }
}
