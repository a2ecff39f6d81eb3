package dev.digestkit.examples.cli;

import dev.digestkit.benchmarks.LeaderboardDiff;
import dev.digestkit.benchmarks.Leaderboards;
import dev.digestkit.benchmarks.Snapshots;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Leaderboard;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code digestkit leaderboard}: read a leaderboard (a file or a URL, fetched through the
 * {@code leaderboard:} source) and print it as JSON or an aligned table; {@code leaderboard diff}
 * compares two saved boards.
 */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
    description = "Read a leaderboard and print it as JSON or a table.",
    subcommands = LeaderboardCommand.Diff.class)
final class LeaderboardCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { json, table }

  @Option(names = "--source", paramLabel = "SOURCE",
      description = "artificial-analysis, swe-rebench, lmarena, html, csv, json or yaml.")
  String source;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH_OR_URL",
      description = "A file or http(s) URL; default: the source's official location (html/csv/json: the config's url).")
  String location;

  @Option(names = "--top", paramLabel = "N", description = "Print only the first N entries.")
  Integer top;

  @Option(names = "--config", paramLabel = "FILE", description = "Table config (JSON) for html, csv, json and yaml sources.")
  Path config;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or table.")
  Format format;

  @Option(names = "--metrics", split = ",", paramLabel = "KEY",
      description = "Metric keys to show in the table, in order (default: the board's first three, as a digest shows them).")
  List<String> metrics = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (source == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "missing --source (artificial-analysis, swe-rebench, lmarena, html, csv or json), or use 'leaderboard diff OLD NEW'");
    }
    if (top != null && top < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1");
    }
    List<String> params = new ArrayList<>();
    if (location != null) {
      params.add("url=" + encode(location));
    }
    if (config != null) {
      params.add("config=" + encode(config.toString()));
    }
    if (top != null) {
      params.add("top=" + top);
    }
    String target = source + (params.isEmpty() ? "" : "?" + String.join("&", params));
    Leaderboard board;
    try (HttpFetcher fetcher = HttpFetcher.builder().build()) {
      SourceResult result = SourceRegistry.load().create("leaderboard:" + target, SourceContext.of(fetcher)).fetch();
      board = (Leaderboard) result.items().get(0);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.table) {
      List<String> keys = metrics.isEmpty()
          ? board.metrics().stream().limit(3).map(m -> m.key()).toList()
          : metrics;
      out.print(Leaderboards.toText(board, keys));
    } else {
      out.println(Snapshots.toCompactJson(board));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String w : board.warnings()) {
      err.println("digestkit: warning: " + w);
    }
    out.flush();
    err.flush();
    return 0;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** {@code digestkit leaderboard diff OLD.json NEW.json}. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Print what changed between two saved boards (snapshots or this command's JSON output).")
  static final class Diff implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier board.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later board.")
    Path newer;

    @Option(names = "--top", paramLabel = "N", description = "Compare only the first N entries of each.")
    Integer top;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Leaderboard a = Snapshots.load(older);
      Leaderboard b = Snapshots.load(newer);
      if (top != null) {
        a = a.top(top);
        b = b.top(top);
      }
      LeaderboardDiff d = Leaderboards.diff(a, b);
      PrintWriter out = spec.commandLine().getOut();
      out.print(d.render());
      out.flush();
      return 0;
    }
  }
}
