package dev.digestkit.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.Json;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.feed.AnnouncementDeduplicator;
import dev.digestkit.core.feed.FeedDates;
import dev.digestkit.core.feed.Lab;
import dev.digestkit.core.feed.LabRegistry;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.http.Recordings;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.PublisherGroup;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestkit announcements}: reads the registry's feeds and listings live (or from
 * {@code --replay} recordings), removes duplicates across them, and prints one JSON object per
 * announcement (JSON Lines), newest first. A source that fails is reported on stderr and the
 * others still count; the exit code is 3 only when every source failed.
 */
@Command(name = "announcements", mixinStandardHelpOptions = true, description = "Read announcements from the lab registry.")
final class AnnouncementsCommand implements Callable<Integer> {
  @Option(names = "--group", paramLabel = "labs|wire", description = "Which registry group (default: both).")
  String group;

  @Option(names = "--lab", paramLabel = "ID", split = ",", description = "Only these registry ids.")
  List<String> labIds;

  @Option(names = "--since", paramLabel = "DATE", description = "Only announcements published at or after DATE (e.g. 2026-05-21; UTC).")
  String since;

  @Option(names = "--labs-file", paramLabel = "FILE", description = "Your registry file: extends the bundled one, same id replaces.")
  Path labsFile;

  @Option(names = "--replay", paramLabel = "DIR", description = "Serve every fetch from recorded cassettes in DIR; no network.")
  Path replay;

  @Option(names = "--cache", paramLabel = "DIR", description = "HTTP cache directory, so repeated runs send conditional GETs.")
  Path cache;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Instant from = since == null ? null : FeedDates.parse(since).orElseThrow(() ->
        new CommandLine.ParameterException(spec.commandLine(), "--since: not a date: '" + since + "'"));
    LabRegistry registry = labsFile == null ? LabRegistry.bundled() : LabRegistry.withOverrides(labsFile);
    List<Lab> labs = new ArrayList<>(group == null ? registry.all() : registry.group(group(spec, group)));
    if (labIds != null) {
      for (String id : labIds) {
        if (registry.find(id).isEmpty()) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--lab: unknown id '" + id + "'; see digestkit labs");
        }
      }
      labs.removeIf(l -> labIds.stream().noneMatch(id -> id.equalsIgnoreCase(l.id())));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HttpFetcher.Builder fb = HttpFetcher.builder();
    if (replay != null) {
      fb.replay(Recordings.fromDirectory(replay));
    }
    if (cache != null) {
      fb.cacheDirectory(cache);
    }
    Map<String, String> settings = new HashMap<>();
    if (labsFile != null) {
      settings.put(LabRegistry.FILE_SETTING, labsFile.toString());
    }
    List<Announcement> all = new ArrayList<>();
    int failures = 0;
    try (HttpFetcher fetcher = fb.build()) {
      SourceContext ctx = new SourceContext(fetcher, Clock.systemUTC(), settings);
      SourceRegistry sources = SourceRegistry.load();
      for (Lab lab : labs) {
        try {
          SourceResult r = sources.create("lab:" + lab.id(), ctx).fetch();
          r.warnings().forEach(w -> err.println("digestkit: warning: " + lab.id() + ": " + w));
          for (Item i : r.items()) {
            all.add((Announcement) i);
          }
        } catch (DigestException e) {
          failures++;
          err.println("digestkit: " + lab.id() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
      }
    }
    AnnouncementDeduplicator.Builder dedupe = AnnouncementDeduplicator.builder();
    if (from != null) {
      dedupe.since(from);
    }
    List<Announcement> kept = new ArrayList<>(dedupe.build().apply(all));
    kept.sort(Comparator.comparing((Announcement a) -> a.time().orElse(Instant.MIN)).reversed());
    ObjectMapper mapper = Json.newMapper();
    for (Announcement a : kept) {
      out.println(mapper.writeValueAsString(toJson(mapper, a)));
    }
    out.flush();
    err.flush();
    return !labs.isEmpty() && failures == labs.size() ? Main.EXIT_INPUT : 0;
  }

  private static ObjectNode toJson(ObjectMapper mapper, Announcement a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("source", a.publisher().id());
    o.put("publisher", a.publisher().name());
    o.put("group", a.publisher().group().wireName());
    o.put("title", a.title().text());
    o.put("url", a.url().toString());
    o.put("published", a.published().map(Instant::toString).orElse(null));
    o.put("updated", a.updated().map(Instant::toString).orElse(null));
    o.put("summary", a.summary().isEmpty() ? null : a.summary().text());
    ArrayNode au = o.putArray("authors");
    a.authors().forEach(au::add);
    ArrayNode c = o.putArray("categories");
    a.categories().forEach(c::add);
    o.put("image", a.image().map(URI::toString).orElse(null));
    return o;
  }

  static PublisherGroup group(CommandLine.Model.CommandSpec spec, String name) {
    try {
      return PublisherGroup.fromName(name);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--group must be labs or wire, not '" + name + "'");
    }
  }
}
