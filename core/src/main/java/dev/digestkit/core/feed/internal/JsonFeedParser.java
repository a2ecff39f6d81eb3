package dev.digestkit.core.feed.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.feed.Enclosure;
import dev.digestkit.core.feed.FeedDates;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.feed.FeedFormat;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeedParser {
  private JsonFeedParser() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ParsedFeed parse(String json, URI documentUrl, Limits limits, Problems problems) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      problems.add("line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": not valid JSON: "
          + e.getOriginalMessage());
      return new ParsedFeed(FeedFormat.UNKNOWN, Text.EMPTY, Optional.empty(), Text.EMPTY, List.of(), true, problems.reasons());
    }
    String version = root.path("version").asText("");
    FeedFormat format = version.endsWith("/1.1") ? FeedFormat.JSON_FEED_1_1
        : version.contains("jsonfeed.org/version/1") ? FeedFormat.JSON_FEED_1_0 : FeedFormat.UNKNOWN;
    if (format == FeedFormat.UNKNOWN) {
      problems.add("JSON without a JSON Feed version: '" + version + "'");
    }
    List<String> feedAuthors = authors(root);
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (entries.size() >= limits.maxEntries()) {
        problems.add("more than " + limits.maxEntries() + " entries; the rest are ignored");
        break;
      }
      entries.add(entry(item, documentUrl, feedAuthors));
    }
    return new ParsedFeed(format, Text.plain(str(root, "title")), Urls.resolve(documentUrl, str(root, "home_page_url")).filter(u -> !str(root, "home_page_url").isEmpty()),
        Text.plain(str(root, "description")), entries, problems.any(), problems.reasons());
  }

  private static FeedEntry entry(JsonNode item, URI base, List<String> feedAuthors) {
    String url = str(item, "url");
    String external = str(item, "external_url");
    Optional<URI> link = url.isEmpty() ? Optional.empty() : Urls.resolve(base, url);
    List<URI> links = new ArrayList<>(2);
    link.ifPresent(links::add);
    if (!external.isEmpty()) {
      Urls.resolve(base, external).ifPresent(links::add);
    }
    if (link.isEmpty() && !links.isEmpty()) {
      link = Optional.of(links.get(0));
    }
    String html = str(item, "content_html");
    Text content = !html.isEmpty() ? Text.html(html) : Text.plain(str(item, "content_text"));
    String summary = str(item, "summary");
    List<String> categories = new ArrayList<>();
    for (JsonNode t : item.path("tags")) {
      if (t.isTextual() && !t.asText().isBlank()) {
        categories.add(t.asText().trim());
      }
    }
    List<Enclosure> enclosures = new ArrayList<>();
    for (JsonNode a : item.path("attachments")) {
      String au = str(a, "url");
      if (!au.isEmpty()) {
        Urls.resolve(base, au).ifPresent(u -> enclosures.add(new Enclosure(u,
            Optional.of(str(a, "mime_type")).filter(s -> !s.isEmpty()),
            a.path("size_in_bytes").canConvertToLong() ? Optional.of(a.path("size_in_bytes").asLong()) : Optional.empty())));
      }
    }
    List<String> authors = authors(item);
    String image = str(item, "image");
    if (image.isEmpty()) {
      image = str(item, "banner_image");
    }
    String id = item.path("id").isValueNode() ? item.path("id").asText("") : "";
    String title = str(item, "title");
    return new FeedEntry(
        !id.isBlank() ? id : link.map(URI::toString).orElse(title),
        Text.plain(title),
        link,
        links,
        FeedDates.parse(str(item, "date_published")),
        FeedDates.parse(str(item, "date_modified")),
        summary.isEmpty() ? Text.EMPTY : FeedHandler.text(summary, null),
        content,
        authors.isEmpty() ? feedAuthors : authors,
        categories,
        enclosures,
        image.isEmpty() ? Optional.empty() : Urls.resolve(base, image),
        java.util.Map.of());
  }

  /** 1.1's {@code authors} array, else 1.0's single {@code author}. */
  private static List<String> authors(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : n.path("authors")) {
      String name = str(a, "name");
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    if (out.isEmpty()) {
      String name = str(n.path("author"), "name");
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText().trim() : "";
  }
}
