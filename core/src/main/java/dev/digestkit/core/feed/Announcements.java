package dev.digestkit.core.feed;

import dev.digestkit.core.feed.internal.Urls;
import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns parsed feed entries into {@link Announcement}s and canonicalises their URLs. */
public final class Announcements {
  private Announcements() {}

  /** Query parameters that only track the reader; exact names (compared case-insensitively). */
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid",
      "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "_hsenc", "_hsmi", "mkt_tok", "ncid", "sr_share",
      "cmpid", "oly_enc_id", "oly_anon_id", "vero_id", "wickedid", "__s", "guccounter");

  /**
   * One announcement per entry that has a link, in feed order. The URL is canonical (see
   * {@link #canonicalUrl(URI)}); the summary is the entry's summary, else its content; the
   * image is the entry's thumbnail or image enclosure. Entries without any link are skipped.
   */
  public static List<Announcement> from(ParsedFeed feed, Publisher publisher) {
    Checks.notNull(feed, "feed");
    Checks.notNull(publisher, "publisher");
    List<Announcement> out = new ArrayList<>(feed.entries().size());
    for (FeedEntry e : feed.entries()) {
      if (e.link().isEmpty()) {
        continue;
      }
      URI url = canonicalUrl(e.link().get());
      out.add(new Announcement(e.id().isEmpty() ? url.toString() : e.id(), publisher, e.title(), url, e.published(),
          e.updated(), e.summary().isEmpty() ? e.content() : e.summary(), e.authors(), e.categories(), e.image()));
    }
    return out;
  }

  /**
   * The canonical form of a link: scheme and host lower-cased, default port and fragment
   * dropped, tracking parameters removed ({@code utm_*}, {@code fbclid}, {@code gclid},
   * {@code mc_cid}, {@code mc_eid}, {@code ref} and similar), every other parameter kept in its
   * order and encoding. Non-http(s) or opaque URIs are returned unchanged.
   */
  public static URI canonicalUrl(URI url) {
    Checks.notNull(url, "url");
    String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.isOpaque() || !("http".equals(scheme) || "https".equals(scheme)) || url.getRawAuthority() == null) {
      return url;
    }
    String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
      port = -1;
    }
    StringBuilder b = new StringBuilder(url.toString().length());
    b.append(scheme).append("://");
    if (url.getRawUserInfo() != null) {
      b.append(url.getRawUserInfo()).append('@');
    }
    b.append(host == null ? url.getRawAuthority() : host);
    if (port >= 0) {
      b.append(':').append(port);
    }
    String path = url.getRawPath();
    b.append(path == null || path.isEmpty() ? "/" : path);
    String query = cleanQuery(url.getRawQuery());
    if (!query.isEmpty()) {
      b.append('?').append(query);
    }
    try {
      return new URI(b.toString());
    } catch (URISyntaxException e) {
      return url;
    }
  }

  /** {@link #canonicalUrl(URI)} for a string; empty when it is no readable URL. */
  public static Optional<URI> canonicalUrl(String url) {
    return Optional.ofNullable(url == null ? null : Urls.parse(url.trim())).map(Announcements::canonicalUrl);
  }

  private static String cleanQuery(String q) {
    if (q == null || q.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(q.length());
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) {
        continue;
      }
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(pair);
    }
    return b.toString();
  }
}
