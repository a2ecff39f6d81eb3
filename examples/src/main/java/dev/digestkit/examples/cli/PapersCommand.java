package dev.digestkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.arxiv.ArxivClient;
import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.arxiv.ArxivQuery;
import dev.digestkit.arxiv.ArxivSearch;
import dev.digestkit.arxiv.SearchResults;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.Json;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digestkit papers}: reads arXiv API responses, daily listings (RSS or Atom) or OAI-PMH
 * responses, from files, URLs or recorded cassettes, or runs a live search, and prints the
 * papers as JSON. One input prints one JSON object; several print one object per line (JSON
 * Lines) with a {@code source} field.
 */
@Command(name = "papers", mixinStandardHelpOptions = true,
    description = {"Read arXiv API, listing or OAI-PMH documents (or search live) and print papers as JSON.",
        "Inputs are files, http(s) URLs, or recorded cassettes {\"url\",\"status_code\",\"body\"}; the format is detected."})
final class PapersCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = Json.newMapper();

  @Parameters(paramLabel = "PATH_OR_URL", arity = "0..*", description = "Documents to read.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--query", paramLabel = "QUERY", description = "Search arXiv live, e.g. 'cat:cs.LG AND ti:transformer'.")
  String query;

  @Option(names = "--max", paramLabel = "N", defaultValue = "10", description = "Most papers a --query returns (default: ${DEFAULT-VALUE}).")
  int max;

  @Option(names = "--sort", paramLabel = "KEY", defaultValue = "relevance",
      description = "Sort for --query: relevance, lastUpdatedDate or submittedDate (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--api-url", paramLabel = "URL", hidden = true, description = "Another API endpoint (a mirror or a test server).")
  URI apiUrl;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (query == null && inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give PATH_OR_URL arguments or --query");
    }
    if (query != null && !inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either PATH_OR_URL arguments or --query, not both");
    }
    try (HttpFetcher fetcher = HttpFetcher.builder().build()) {
      if (query != null) {
        out.println(pretty(search(fetcher)));
        return 0;
      }
      if (inputs.size() == 1) {
        out.println(pretty(document(read(inputs.get(0), fetcher), null)));
        return 0;
      }
      return jsonLines(fetcher, out);
    }
  }

  private int jsonLines(HttpFetcher fetcher, PrintWriter out) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int exit = 0;
    for (String input : inputs) {
      try {
        out.println(JSON.writeValueAsString(document(read(input, fetcher), input)));
      } catch (DigestException e) {
        err.println("digestkit: " + input + ": " + e.getMessage().replace('\n', ' '));
        exit = Main.EXIT_INPUT;
      }
      out.flush();
    }
    return exit;
  }

  private ObjectNode search(HttpFetcher fetcher) {
    ArxivSearch.SortBy by = switch (sort) {
      case "relevance" -> ArxivSearch.SortBy.RELEVANCE;
      case "lastUpdatedDate" -> ArxivSearch.SortBy.LAST_UPDATED_DATE;
      case "submittedDate" -> ArxivSearch.SortBy.SUBMITTED_DATE;
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown --sort '" + sort + "'");
    };
    ArxivSearch search = ArxivSearch.builder().query(ArxivQuery.raw(query)).maxResults(max)
        .sort(by, ArxivSearch.SortOrder.DESCENDING).build();
    ArxivClient.Builder b = ArxivClient.builder().fetcher(fetcher).pageSize(Math.max(1, Math.min(max, ArxivClient.MAX_PAGE_SIZE)));
    if (apiUrl != null) {
      b.apiUrl(apiUrl);
    }
    SearchResults results = b.build().search(search);
    List<Paper> papers = results.stream().toList();
    return json(null, results.totalResults(), papers);
  }

  /** A read document: its bytes, where they came from, and the HTTP status they came with. */
  private record Input(byte[] body, URI location, int status) {}

  private Input read(String input, HttpFetcher fetcher) {
    if (input.startsWith("http://") || input.startsWith("https://")) {
      URI uri = URI.create(input);
      try {
        FetchResponse r = fetcher.fetch(uri);
        return new Input(r.body(), r.uri(), r.status());
      } catch (FetchException e) {
        // arXiv explains API errors in the body of a 400; let the parser turn that into its message.
        if (e.body().isPresent() && e.status().isPresent()) {
          return new Input(e.body().get(), uri, e.status().get());
        }
        throw e;
      }
    }
    Path path = Path.of(input);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ParseException(input, "no such file");
    } catch (IOException e) {
      throw new ParseException(input, "cannot read: " + e.getMessage(), e);
    }
    return isCassette(bytes) ? cassette(bytes, input) : new Input(bytes, path.toUri(), 0);
  }

  private ObjectNode document(Input in, String source) {
    ArxivDocument doc;
    try {
      doc = ArxivDocument.parse(new ByteArrayInputStream(in.body()), in.location(), in.status());
    } catch (ParseException e) {
      if (in.status() >= 400) {
        throw new FetchException(in.location(), in.status(), null, "HTTP error " + in.status(), e);
      }
      throw e;
    }
    return json(source, doc.totalResults(), doc.papers());
  }

  private static ObjectNode json(String source, OptionalLong total, List<Paper> papers) {
    ObjectNode o = JSON.createObjectNode();
    if (source != null) {
      o.put("source", source);
    }
    if (total.isPresent()) {
      o.put("totalResults", total.getAsLong());
    } else {
      o.putNull("totalResults");
    }
    ArrayNode list = o.putArray("papers");
    for (Paper p : papers) {
      ObjectNode j = list.addObject();
      j.put("id", p.id());
      j.put("version", p.version().orElse(null));
      j.put("title", p.title().text());
      ArrayNode authors = j.putArray("authors");
      p.authors().stream().map(Author::name).forEach(authors::add);
      j.put("abstract", p.abstractText().text());
      j.put("primaryCategory", p.primaryCategory().orElse(null));
      ArrayNode cats = j.putArray("categories");
      p.categories().forEach(cats::add);
      j.put("published", p.published().map(Object::toString).orElse(null));
      j.put("updated", p.updated().map(Object::toString).orElse(null));
      j.put("comment", p.comment().orElse(null));
      j.put("journalRef", p.journalRef().orElse(null));
      j.put("doi", p.doi().orElse(null));
      j.put("announceType", p.announceType().map(t -> t.wireName()).orElse(null));
    }
    return o;
  }

  private static String pretty(JsonNode node) throws IOException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  private static boolean isCassette(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{') {
        return true;
      }
      if (!Character.isWhitespace(b) && (b & 0xff) != 0xef && (b & 0xff) != 0xbb && (b & 0xff) != 0xbf) {
        return false;
      }
    }
    return false;
  }

  private static Input cassette(byte[] bytes, String input) {
    JsonNode n;
    try {
      n = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new ParseException(input, "not a cassette (JSON with url, status_code, body): " + e.getMessage(), e);
    }
    if (n == null || !n.path("body").isTextual()) {
      throw new ParseException(input, "not a cassette: expected {\"url\", \"status_code\", \"body\"}");
    }
    URI url = Optional.ofNullable(n.path("url").textValue()).map(URI::create).orElse(Path.of(input).toUri());
    return new Input(repairLatin1(n.path("body").textValue()), url, n.path("status_code").asInt(200));
  }

  // Some recorders stored UTF-8 bodies decoded as Latin-1 ("RamÃ­rez"); undo that when the
  // Latin-1 bytes are valid UTF-8, which text that really was Latin-1 almost never is.
  static byte[] repairLatin1(String body) {
    boolean latin1Only = body.chars().allMatch(c -> c < 0x100);
    byte[] latin1 = body.getBytes(StandardCharsets.ISO_8859_1);
    if (latin1Only && body.chars().anyMatch(c -> c >= 0x80)) {
      try {
        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(latin1));
        return latin1;
      } catch (CharacterCodingException e) {
        // genuinely Latin-1 text: keep it as written
      }
    }
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
