package dev.digestkit.core.feed.internal;

import dev.digestkit.core.feed.Enclosure;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects one entry's fields while it is read; the first value seen for a field wins. */
final class EntryBuilder {
  String id;
  String about;
  Text title;
  URI link;
  URI guidLink;
  final List<URI> links = new ArrayList<>(2);
  Instant published;
  Instant updated;
  Text summary;
  Text content;
  final List<String> authors = new ArrayList<>(2);
  final List<String> categories = new ArrayList<>(4);
  final List<Enclosure> enclosures = new ArrayList<>(1);
  URI image;
  Map<String, List<String>> extensions;

  /** A value of extension element {@code key}, written {@code {ns}local}. */
  void extension(String key, String value) {
    if (extensions == null) {
      extensions = new LinkedHashMap<>();
    }
    extensions.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
  }

  void addLink(URI u) {
    if (!links.contains(u)) {
      links.add(u);
    }
  }

  FeedEntry build() {
    // like feedparser: only an alternate link (or a permalink guid) is the entry's link, never rel="self" or "related"
    URI main = link != null ? link : guidLink;
    if (main != null) {
      addLink(main);
    }
    if (image == null) {
      for (Enclosure e : enclosures) {
        if (e.isImage()) {
          image = e.url();
          break;
        }
      }
    }
    String theId = id != null && !id.isBlank() ? id.trim()
        : about != null && !about.isBlank() ? about.trim()
        : main != null ? main.toString()
        : title != null ? title.raw().trim() : "";
    return new FeedEntry(theId, title, Optional.ofNullable(main), links, Optional.ofNullable(published),
        Optional.ofNullable(updated), summary, content, authors, categories, enclosures, Optional.ofNullable(image),
        extensions == null ? Map.of() : extensions);
  }
}
