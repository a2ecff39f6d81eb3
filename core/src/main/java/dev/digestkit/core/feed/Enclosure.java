package dev.digestkit.core.feed;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to a feed entry: an RSS {@code <enclosure>}, an Atom {@code rel="enclosure"}
 * link or a JSON Feed attachment.
 *
 * @param url absolute URL of the file
 * @param type its media type, when the feed says
 * @param length its size in bytes, when the feed gives a readable one
 */
public record Enclosure(URI url, Optional<String> type, Optional<Long> length) {
  /** Checks the URL is present; null optionals become empty. */
  public Enclosure {
    Objects.requireNonNull(url, "url");
    type = type == null ? Optional.empty() : type;
    length = length == null ? Optional.empty() : length;
  }

  /** True when the media type says this is an image. */
  public boolean isImage() {
    return type.map(t -> t.startsWith("image/")).orElse(false);
  }
}
