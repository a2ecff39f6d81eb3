package dev.digestkit.examples.cli;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Json;
import dev.digestkit.core.digest.DigestAssembler;
import dev.digestkit.core.digest.SectionKind;
import dev.digestkit.core.digest.SectionSpec;
import dev.digestkit.core.digest.Scorers;
import dev.digestkit.core.model.PublisherGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --config} file of {@code digestkit digest}: JSON naming the sources, sections,
 * filters and limits. Every field is optional; {@code digest-default.json} beside this class is
 * the default. Example:
 *
 * <pre>{@code
 * {"title": "My digest", "windowDays": 1,
 *  "sources": ["arxiv:cs.LG", {"spec": "feed:https://example.org/rss", "group": "wire"}],
 *  "sections": [{"kind": "papers", "limit": 10, "keywords": ["agent"], "ranking": "relevance"}],
 *  "settings": {"artificial-analysis.api-key": "..."}}
 * }</pre>
 */
public record DigestConfig(
    Optional<String> title,
    Optional<Integer> windowDays,
    List<SourceEntry> sources,
    List<SectionEntry> sections,
    Map<String, String> settings,
    Optional<String> editorial) {

  /** The default configuration's class path resource. */
  public static final String DEFAULT_RESOURCE = "/dev/digestkit/examples/digest-default.json";

  public DigestConfig {
    title = title == null ? Optional.empty() : title;
    windowDays = windowDays == null ? Optional.empty() : windowDays;
    sources = sources == null ? List.of() : List.copyOf(sources);
    sections = sections == null ? List.of() : List.copyOf(sections);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    editorial = editorial == null ? Optional.empty() : editorial;
  }

  /** A source spec, optionally filing its posts under {@code labs} or {@code wire}. */
  public record SourceEntry(String spec, Optional<PublisherGroup> group) {
    public SourceEntry {
      if (spec == null || spec.isBlank()) {
        throw new IllegalArgumentException("a source needs a spec");
      }
      group = group == null ? Optional.empty() : group;
    }

    /** A bare spec string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceEntry of(String spec) {
      return new SourceEntry(spec, Optional.empty());
    }
  }

  /** One section: kind, optional heading, limit, rows and columns (benchmarks), filters and ranking. */
  public record SectionEntry(
      SectionKind kind,
      Optional<String> title,
      Optional<Integer> limit,
      Optional<Integer> rows,
      List<String> columns,
      List<String> categories,
      List<String> keywords,
      List<String> authors,
      List<String> publishers,
      Optional<String> ranking) {
    public SectionEntry {
      if (kind == null) {
        throw new IllegalArgumentException("a section needs a kind: labs, wire, papers or benchmarks");
      }
      title = title == null ? Optional.empty() : title;
      limit = limit == null ? Optional.empty() : limit;
      rows = rows == null ? Optional.empty() : rows;
      columns = columns == null ? List.of() : columns;
      categories = categories == null ? List.of() : categories;
      keywords = keywords == null ? List.of() : keywords;
      authors = authors == null ? List.of() : authors;
      publishers = publishers == null ? List.of() : publishers;
      ranking = ranking == null ? Optional.empty() : ranking;
    }

    SectionSpec toSpec() {
      SectionSpec s = SectionSpec.of(kind).columns(columns).categories(categories).keywords(keywords).authors(authors).publishers(publishers);
      s = title.map(s::title).orElse(s);
      s = limit.map(s::limit).orElse(s);
      s = rows.map(s::rows).orElse(s);
      if (ranking.isPresent()) {
        switch (ranking.get().toLowerCase(Locale.ROOT)) {
          case "standard": s = s.scorer(Scorers.standard()); break;
          case "recency": s = s.scorer(Scorers.recency()); break;
          case "relevance": s = s.scorer(Scorers.keywordRelevance()); break;
          case "source": s = s.scorer(Scorers.sourceOrder()); break;
          default: throw new IllegalArgumentException("unknown ranking '" + ranking.get() + "'; expected standard, recency, relevance or source");
        }
      }
      return s;
    }
  }

  /** Applies sources, sections, window, title and editorial to {@code b}. */
  public DigestAssembler.Builder applyTo(DigestAssembler.Builder b) {
    title.ifPresent(b::title);
    windowDays.ifPresent(b::windowDays);
    for (SourceEntry s : sources) {
      if (s.group().isPresent()) {
        b.source(s.spec(), s.group().get());
      } else {
        b.sources(s.spec());
      }
    }
    sections.forEach(s -> b.section(s.toSpec()));
    editorial.ifPresent(b::editorial);
    return b;
  }

  /** Reads a configuration file; unknown fields are errors, so typos do not go unnoticed. */
  public static DigestConfig load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new ConfigurationException("cannot read config " + file + ": " + e.getMessage(), e);
    }
  }

  /** The bundled default configuration (the snapshot's sources). */
  public static DigestConfig loadDefault() {
    try (InputStream in = DigestConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new ConfigurationException("missing " + DEFAULT_RESOURCE);
      }
      return read(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static DigestConfig read(InputStream in, String where) throws IOException {
    ObjectMapper m = Json.newMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return m.readValue(in, DigestConfig.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ConfigurationException("invalid config " + where + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("invalid config " + where + ": " + e.getMessage(), e);
    }
  }
}
