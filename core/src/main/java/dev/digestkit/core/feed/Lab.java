package dev.digestkit.core.feed;

import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@link LabRegistry}: an AI lab or a news site and where its posts are read.
 * It has a feed, an HTML listing, or both (the feed is then preferred).
 *
 * @param id short stable key, lower case, e.g. {@code openai}
 * @param name display name
 * @param group the digest section
 * @param homepage the publisher's news page
 * @param feed its RSS, Atom or JSON feed
 * @param listing how to read its news page when it has no feed
 * @param verified true when the feed URL was confirmed from a recorded document (its own
 *     {@code atom:link rel="self"} or channel link); false when it is the best known URL but
 *     unconfirmed
 * @param note provenance or caveats, e.g. "community-generated feed of the news page"
 */
public record Lab(String id, String name, PublisherGroup group, Optional<URI> homepage, Optional<URI> feed,
    Optional<HtmlListing> listing, boolean verified, Optional<String> note) {

  /** Checks id, name and group, and that there is a feed or a listing; nulls become empty. */
  public Lab {
    Checks.notBlank(id, "id");
    Checks.notBlank(name, "name");
    Objects.requireNonNull(group, "group");
    homepage = homepage == null ? Optional.empty() : homepage;
    feed = feed == null ? Optional.empty() : feed;
    listing = listing == null ? Optional.empty() : listing;
    note = note == null ? Optional.empty() : note;
    Checks.argument(feed.isPresent() || listing.isPresent(), "lab '" + id + "' needs a feed or a listing");
  }

  /** The publisher its announcements carry. */
  public Publisher publisher() {
    return new Publisher(id, name, homepage.or(() -> listing.map(HtmlListing::page)), feed.or(() -> listing.map(HtmlListing::page)), group);
  }
}
