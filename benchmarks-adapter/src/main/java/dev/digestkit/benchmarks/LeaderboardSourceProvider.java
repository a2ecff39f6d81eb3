package dev.digestkit.benchmarks;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import dev.digestkit.core.http.FetchRequest;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.model.Leaderboard;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code leaderboard:} source scheme. Targets are {@code NAME[?key=value&...]} (values
 * URL-encoded):
 * <ul>
 *   <li>{@code leaderboard:artificial-analysis} — the Artificial Analysis API
 *       ({@value #AA_URL}); the key is setting {@value #AA_KEY_SETTING} or the environment
 *       variable {@value #AA_KEY_ENV}, sent as {@code x-api-key} (not needed when the fetcher
 *       replays recordings);
 *   <li>{@code leaderboard:swe-rebench} — the SWE-rebench page ({@value #SWE_REBENCH_URL});
 *   <li>{@code leaderboard:lmarena} — an LMArena leaderboard CSV (default {@value #LMARENA_URL});
 *   <li>{@code leaderboard:html?config=PATH}, {@code leaderboard:csv?config=PATH},
 *       {@code leaderboard:json?config=PATH}, {@code leaderboard:yaml?config=PATH} — any table
 *       described by a {@link TableConfig} file (YAML is read like JSON, with JSON Pointers).
 * </ul>
 * Parameters: {@code url} (an http(s) URL or a local file path, overriding the default or the
 * config's {@code url}), {@code config} (the table config file), {@code top} (keep the first N
 * entries). Settings {@code artificial-analysis.url}, {@code swe-rebench.url} and
 * {@code lmarena.url} override the defaults. URLs are fetched through the context's fetcher; a
 * source yields one {@link Leaderboard} whose cell warnings are the result's warnings.
 */
public final class LeaderboardSourceProvider implements SourceProvider {
  /** The Artificial Analysis models endpoint. */
  public static final String AA_URL = "https://artificialanalysis.ai/api/v2/data/llms/models";
  /** The SWE-rebench leaderboard page. */
  public static final String SWE_REBENCH_URL = "https://swe-rebench.com/";
  /** LMArena's last published leaderboard table on Hugging Face. */
  public static final String LMARENA_URL =
      "https://huggingface.co/spaces/lmarena-ai/chatbot-arena-leaderboard/resolve/main/leaderboard_table_20250511.csv";
  /** Setting holding the Artificial Analysis API key. */
  public static final String AA_KEY_SETTING = "artificial-analysis.api-key";
  /** Environment variable holding the Artificial Analysis API key when the setting is absent. */
  public static final String AA_KEY_ENV = "ARTIFICIAL_ANALYSIS_API_KEY";

  private static final Logger LOG = LoggerFactory.getLogger(LeaderboardSourceProvider.class);
  private static final Set<String> PARAMS = Set.of("url", "config", "top");

  private final Function<String, String> env;

  /** The provider ServiceLoader creates; reads the API key from the process environment. */
  public LeaderboardSourceProvider() {
    this(System::getenv);
  }

  LeaderboardSourceProvider(Function<String, String> env) {
    this.env = env;
  }

  @Override
  public String scheme() {
    return "leaderboard";
  }

  @Override
  public String description() {
    return "leaderboard:artificial-analysis|swe-rebench|lmarena|html?config=F|csv?config=F|json?config=F|yaml?config=F [&url=U&top=N]";
  }

  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    String target = spec.target();
    int q = target.indexOf('?');
    String name = (q < 0 ? target : target.substring(0, q)).strip();
    Map<String, String> params = params(spec, q < 0 ? "" : target.substring(q + 1));
    Optional<Integer> top = Optional.ofNullable(params.get("top")).map(t -> {
      try {
        int n = Integer.parseInt(t);
        if (n < 1) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new ConfigurationException("source " + spec + ": top must be a positive integer, was '" + t + "'");
      }
    });
    Optional<String> url = Optional.ofNullable(params.get("url"));
    LeaderboardReader reader;
    String location;
    Map<String, String> headers = Map.of();
    switch (name) {
      case "artificial-analysis" -> {
        reader = Leaderboards.artificialAnalysis();
        location = url.or(() -> context.setting("artificial-analysis.url")).orElse(AA_URL);
        if (isHttp(location)) {
          // Replay serves recordings and never sends the request, so it needs no key.
          Optional<String> key = apiKey(context);
          if (key.isEmpty() && !context.fetcher().isReplay()) {
            throw new ConfigurationException("source " + spec + " needs an Artificial Analysis API key: set "
                + AA_KEY_SETTING + " in the settings or the environment variable " + AA_KEY_ENV);
          }
          headers = key.map(k -> Map.of("x-api-key", k)).orElse(Map.of());
        }
      }
      case "swe-rebench" -> {
        reader = Leaderboards.sweRebench();
        location = url.or(() -> context.setting("swe-rebench.url")).orElse(SWE_REBENCH_URL);
      }
      case "lmarena" -> {
        reader = Leaderboards.lmarena();
        location = url.or(() -> context.setting("lmarena.url")).orElse(LMARENA_URL);
      }
      case "html", "csv", "json", "yaml" -> {
        String configPath = Optional.ofNullable(params.get("config")).orElseThrow(() -> new ConfigurationException(
            "source " + spec + ": generic tables need config=PATH to a table config file"));
        TableConfig config = TableConfig.load(path(spec, configPath));
        reader = switch (name) {
          case "html" -> Leaderboards.html(config);
          case "csv" -> Leaderboards.csv(config);
          case "yaml" -> Leaderboards.yaml(config);
          default -> Leaderboards.json(config);
        };
        location = url.or(() -> config.url().map(URI::toString)).orElseThrow(() -> new ConfigurationException(
            "source " + spec + ": no url parameter and no url in " + configPath));
      }
      default -> throw new ConfigurationException("unknown leaderboard '" + name + "' in " + spec
          + "; known: artificial-analysis, swe-rebench, lmarena, html, csv, json, yaml");
    }
    return new LeaderboardSource(spec, context, reader, location, headers, top);
  }

  private Optional<String> apiKey(SourceContext context) {
    return context.setting(AA_KEY_SETTING).filter(k -> !k.isBlank())
        .or(() -> Optional.ofNullable(env.apply(AA_KEY_ENV)).filter(k -> !k.isBlank()));
  }

  private static Map<String, String> params(SourceSpec spec, String query) {
    Map<String, String> out = new LinkedHashMap<>();
    if (query.isBlank()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!PARAMS.contains(k)) {
        throw new ConfigurationException("source " + spec + ": unknown parameter '" + k + "'; known: url, config, top");
      }
      out.put(k, v);
    }
    return out;
  }

  static boolean isHttp(String location) {
    return location.startsWith("http://") || location.startsWith("https://");
  }

  private static Path path(SourceSpec spec, String location) {
    try {
      return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("source " + spec + ": bad path '" + location + "'", e);
    }
  }

  /** One configured board: fetch (HTTP or file), then read. */
  private record LeaderboardSource(SourceSpec spec, SourceContext context, LeaderboardReader reader, String location,
      Map<String, String> headers, Optional<Integer> top) implements Source {

    @Override
    public SourceResult fetch() {
      Leaderboard board;
      if (isHttp(location)) {
        FetchRequest request = new FetchRequest(URI.create(location), headers);
        FetchResponse response = context.fetcher().fetch(request);
        LOG.debug("read {} ({} bytes) for {}", response.uri(), response.length(), spec);
        try (InputStream in = response.openStream()) {
          board = read(in, response.uri());
        } catch (IOException e) {
          throw new FetchException(response.uri(), "cannot read response", e);
        }
      } else {
        Path file = path(spec, location);
        try (InputStream in = Files.newInputStream(file)) {
          board = read(in, file.toUri());
        } catch (IOException e) {
          throw new FetchException(file.toUri(), "cannot read file: " + e.getMessage(), e);
        }
      }
      Leaderboard shown = top.map(board::top).orElse(board);
      return new SourceResult(List.of(shown), shown.warnings());
    }

    private Leaderboard read(InputStream in, URI uri) {
      try {
        return reader.read(in, uri, context.clock().instant());
      } catch (DigestException e) {
        throw e;
      } catch (RuntimeException e) {
        // A reader bug must still surface as a DigestException with the document named.
        throw new ParseException(uri.toString(), "cannot read leaderboard: " + e, e);
      }
    }
  }
}
