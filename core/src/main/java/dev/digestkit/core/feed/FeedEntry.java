package dev.digestkit.core.feed;

import dev.digestkit.core.model.Text;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a feed, format-independent.
 *
 * @param id the entry's own id (Atom id, RSS guid, JSON Feed id), else its link, else its raw
 *     title; empty string only when the entry has none of them
 * @param title plain text and the feed's raw form (HTML kept)
 * @param link the entry's main (alternate) link, absolute: {@code xml:base} and relative links
 *     are resolved against the document URL
 * @param links every link of the entry, absolute, in document order
 * @param published first publication time, when the feed gives a readable one
 * @param updated last update time, when the feed gives a readable one
 * @param summary the summary or description; {@link Text#EMPTY} when none
 * @param content the full content ({@code content:encoded}, {@code atom:content}, JSON Feed
 *     content); {@link Text#EMPTY} when none
 * @param authors author names
 * @param categories categories, tags, subjects
 * @param enclosures attached files
 * @param image a thumbnail or lead image ({@code media:thumbnail}, {@code media:content}, an
 *     image enclosure, JSON Feed {@code image})
 * @param extensions the text of every namespaced child element outside the format's own
 *     namespace (Dublin Core, {@code content:}, {@code media:}, {@code arxiv:}, Atom elements in
 *     RSS ...), keyed {@code "{namespaceURI}localName"}, values in document order. Elements with
 *     child elements give their inner markup. Unmodifiable.
 */
public record FeedEntry(
    String id,
    Text title,
    Optional<URI> link,
    List<URI> links,
    Optional<Instant> published,
    Optional<Instant> updated,
    Text summary,
    Text content,
    List<String> authors,
    List<String> categories,
    List<Enclosure> enclosures,
    Optional<URI> image,
    Map<String, List<String>> extensions) {

  /** Checks the id is present; nulls become empty values and every collection is copied unmodifiable. */
  public FeedEntry {
    Objects.requireNonNull(id, "id");
    title = title == null ? Text.EMPTY : title;
    link = link == null ? Optional.empty() : link;
    links = List.copyOf(links == null ? List.of() : links);
    published = published == null ? Optional.empty() : published;
    updated = updated == null ? Optional.empty() : updated;
    summary = summary == null ? Text.EMPTY : summary;
    content = content == null ? Text.EMPTY : content;
    authors = List.copyOf(authors == null ? List.of() : authors);
    categories = List.copyOf(categories == null ? List.of() : categories);
    enclosures = List.copyOf(enclosures == null ? List.of() : enclosures);
    image = image == null ? Optional.empty() : image;
    if (extensions == null || extensions.isEmpty()) {
      extensions = java.util.Collections.emptyMap(); // shared, and like the copy it answers null keys
    } else {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      extensions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      extensions = java.util.Collections.unmodifiableMap(copy);
    }
  }

  /**
   * The values of extension element {@code localName} in namespace {@code namespaceUri}, e.g.
   * {@code extension("http://purl.org/dc/elements/1.1/", "creator")}; empty when absent.
   */
  public List<String> extension(String namespaceUri, String localName) {
    return extensions.getOrDefault("{" + namespaceUri + "}" + localName, List.of());
  }

  /** The first value of extension element {@code localName} in {@code namespaceUri}, if any. */
  public Optional<String> firstExtension(String namespaceUri, String localName) {
    List<String> v = extension(namespaceUri, localName);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The publication time, else the update time, else empty. */
  public Optional<Instant> time() {
    return published.or(() -> updated);
  }
}
