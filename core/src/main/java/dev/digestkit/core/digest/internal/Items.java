package dev.digestkit.core.digest.internal;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.Paper;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keys and links derived from items, shared by assembly and rendering. Not public API. */
public final class Items {
  private static final Pattern ARXIV_LINK = Pattern.compile(
      "arxiv\\.org/(?:abs|pdf|html)/((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?",
      Pattern.CASE_INSENSITIVE);

  private Items() {}

  /** The item's own link: a paper's abstract page, a post's URL, a board's source. */
  public static Optional<URI> link(Item item) {
    if (item instanceof Paper p) {
      return p.links().abs().or(() -> Optional.of(URI.create("https://arxiv.org/abs/" + p.id())));
    }
    if (item instanceof Announcement a) {
      return Optional.of(a.url());
    }
    return ((Leaderboard) item).sourceUrl();
  }

  /** A stable identity for de-duplication and the seen-store. */
  public static String key(Item item) {
    if (item instanceof Paper p) {
      return "paper:" + p.id();
    }
    if (item instanceof Announcement a) {
      return "post:" + normalise(a.url());
    }
    return "board:" + ((Leaderboard) item).id();
  }

  /** The seen-store key of one leaderboard row. */
  public static String rowKey(Leaderboard board, String modelKey) {
    return "board:" + board.id() + ":" + modelKey;
  }

  /** The arXiv ids (unversioned) a post links to in its URL, title or summary. */
  public static Set<String> arxivIds(Announcement a) {
    Set<String> ids = new LinkedHashSet<>();
    for (String s : new String[] {a.url().toString(), a.title().raw(), a.summary().raw()}) {
      Matcher m = ARXIV_LINK.matcher(s);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  // http and https, a trailing slash, case of the host and a fragment do not make another post.
  static String normalise(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    return host.isEmpty() ? url.toString() : host + path + query;
  }

  /** True when {@code uri} is an absolute http or https link, the only kinds renderers emit. */
  public static boolean isWebLink(URI uri) {
    String s = uri.getScheme();
    return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https")) && uri.getHost() != null;
  }
}
