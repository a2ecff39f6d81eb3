package dev.digestkit.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.Json;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.feed.FeedReader;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digestkit feed}: parses RSS, Atom or JSON Feed documents and prints them as JSON. One
 * document gives one object; several give JSON Lines, each object with a {@code "source"} field.
 * A document that cannot be read gives an object with an {@code "error"} field, the run goes on,
 * and the exit code is 3 at the end.
 */
@Command(name = "feed", mixinStandardHelpOptions = true,
    description = "Parse RSS, Atom or JSON Feed documents (files or URLs) and print them as JSON.")
final class FeedCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "Feed files or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--base", paramLabel = "URL", description = "Resolve relative links against URL instead of the document's location.")
  URI base;

  @Option(names = "--warnings", description = "Also print recovery (bozo) reasons to stderr.")
  boolean warnings;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final ObjectMapper mapper = Json.newMapper();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean many = inputs.size() > 1;
    boolean failed = false;
    HttpFetcher fetcher = null;
    try {
      for (String input : inputs) {
        ObjectNode node;
        try {
          ParsedFeed feed;
          if (input.startsWith("http://") || input.startsWith("https://")) {
            if (fetcher == null) {
              fetcher = HttpFetcher.builder().build();
            }
            FetchResponse r = fetcher.fetch(URI.create(input));
            try (InputStream in = r.openStream()) {
              feed = Feeds.defaultReader().read(in, base != null ? base : r.uri(), r.charset());
            }
          } else {
            Path p = Path.of(input);
            try (InputStream in = Files.newInputStream(p)) {
              feed = Feeds.defaultReader().read(in, base != null ? base : p.toAbsolutePath().toUri(), Optional.empty());
            }
          }
          node = toJson(feed);
          if (warnings) {
            feed.bozoReasons().forEach(r -> err.println(input + ": " + r));
          }
        } catch (IOException | DigestException | IllegalArgumentException e) {
          failed = true;
          node = mapper.createObjectNode();
          node.put("error", e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' '));
          if (!many) {
            err.println("digestkit: " + input + ": " + node.get("error").asText());
          }
        }
        if (many) {
          ObjectNode withSource = mapper.createObjectNode();
          withSource.put("source", input);
          withSource.setAll(node);
          node = withSource;
        }
        out.println(mapper.writeValueAsString(node));
      }
    } finally {
      if (fetcher != null) {
        fetcher.close();
      }
    }
    out.flush();
    return failed ? Main.EXIT_INPUT : 0;
  }

  private ObjectNode toJson(ParsedFeed feed) {
    ObjectNode o = mapper.createObjectNode();
    o.put("format", feed.format().name());
    o.put("title", feed.title().text());
    o.put("link", feed.link().map(URI::toString).orElse(null));
    o.put("bozo", feed.bozo());
    ArrayNode entries = o.putArray("entries");
    for (FeedEntry e : feed.entries()) {
      ObjectNode j = entries.addObject();
      j.put("id", e.id().isEmpty() ? null : e.id());
      j.put("title", e.title().isEmpty() ? null : e.title().text());
      j.put("link", e.link().map(URI::toString).orElse(null));
      j.put("published", e.published().map(Instant::toString).orElse(null));
      j.put("updated", e.updated().map(Instant::toString).orElse(null));
      j.put("summary", e.summary().isEmpty() ? null : e.summary().text());
      ArrayNode a = j.putArray("authors");
      e.authors().forEach(a::add);
      ArrayNode c = j.putArray("categories");
      e.categories().forEach(c::add);
    }
    return o;
  }

  /** Limits used by the CLI are the library defaults; kept visible for documentation. */
  static FeedReader reader() {
    return Feeds.defaultReader();
  }
}
