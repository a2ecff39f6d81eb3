package dev.digestkit.core.feed;

import dev.digestkit.core.internal.Checks;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a news page that has no feed: the page and jsoup CSS selectors. Selectors other
 * than {@code item} are evaluated inside each item; when the item element itself matches, it is
 * used.
 *
 * @param page the listing page
 * @param item selects one element per post, e.g. {@code article}
 * @param title selects the title inside an item, e.g. {@code h2}
 * @param link selects the element whose {@code href} is the post's URL, e.g. {@code a[href]}
 * @param date selects the date; its {@code datetime} attribute is preferred over its text
 * @param summary selects the summary text
 */
public record HtmlListing(URI page, String item, String title, String link, Optional<String> date, Optional<String> summary) {
  /** Checks the page and the item, title and link selectors are given; blank optional selectors become empty. */
  public HtmlListing {
    Objects.requireNonNull(page, "page");
    Checks.notBlank(item, "item selector");
    Checks.notBlank(title, "title selector");
    Checks.notBlank(link, "link selector");
    date = date == null ? Optional.empty() : date.filter(s -> !s.isBlank());
    summary = summary == null ? Optional.empty() : summary.filter(s -> !s.isBlank());
  }
}
