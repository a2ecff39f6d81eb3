package dev.digestkit.examples;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.Json;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.digest.FileSeenStore;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Metric;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Example: watches leaderboards and prints what changed since its last run: models that
 * entered or left the top, rank moves and headline score changes. State is the last boards as
 * JSON ({@code ~/.digestkit/leaderboards.json} unless {@code --state FILE}).
 *
 * <pre>{@code java -cp examples/target/digestkit.jar dev.digestkit.examples.LeaderboardWatcher [--live] [--state FILE]}</pre>
 */
public final class LeaderboardWatcher {
  private static final List<String> BOARDS = List.of("leaderboard:artificial-analysis", "leaderboard:swe-rebench");
  private static final int TOP = 10;

  private LeaderboardWatcher() {}

  public static void main(String[] args) throws IOException {
    boolean live = List.of(args).contains("--live");
    int i = List.of(args).indexOf("--state");
    Path state = i >= 0 && i + 1 < args.length ? Path.of(args[i + 1])
        : FileSeenStore.defaultDirectory().resolve(live ? "leaderboards.json" : "leaderboards-snapshot.json");
    try (HttpFetcher fetcher = Snapshot.fetcher(live)) {
      SourceContext context = Snapshot.context(fetcher, live, Map.of());
      SourceRegistry registry = SourceRegistry.load();
      Map<String, Leaderboard> now = new LinkedHashMap<>();
      for (String spec : BOARDS) {
        try {
          for (Item item : registry.create(spec, context).fetch().items()) {
            if (item instanceof Leaderboard b) {
              now.put(b.id(), b.top(TOP));
            }
          }
        } catch (DigestException e) {
          System.err.println(spec + " failed: " + e.getMessage());
        }
      }
      ObjectMapper json = Json.newMapper();
      // The type reference keeps the records' "type" property on write, which reading needs.
      TypeReference<Map<String, Leaderboard>> type = new TypeReference<>() {};
      Map<String, Leaderboard> before = Files.exists(state) ? json.readValue(state.toFile(), type) : Map.of();
      now.values().forEach(b -> printChanges(System.out, before.get(b.id()), b));
      Files.createDirectories(state.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(state.toAbsolutePath().getParent(), "leaderboards", ".tmp");
      json.writerFor(type).writeValue(tmp.toFile(), now);
      Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Prints how {@code now} differs from {@code before} (null: first look). */
  static void printChanges(PrintStream out, Leaderboard before, Leaderboard now) {
    out.println("== " + now.name());
    if (before == null) {
      out.println("first look: " + now.entries().size() + " models recorded; leader "
          + (now.entries().isEmpty() ? "none" : now.entries().get(0).model().displayName()));
      return;
    }
    Metric headline = now.metrics().isEmpty() ? null : now.metrics().get(0);
    Map<String, LeaderboardEntry> old = new LinkedHashMap<>();
    before.entries().forEach(e -> old.put(e.model().key(), e));
    List<String> changes = new ArrayList<>();
    for (LeaderboardEntry e : now.entries()) {
      LeaderboardEntry o = old.remove(e.model().key());
      String name = e.model().displayName();
      if (o == null) {
        changes.add("new: " + name + " at #" + e.rank());
        continue;
      }
      if (o.rank() != e.rank()) {
        changes.add(String.format(Locale.ROOT, "%s: #%d -> #%d", name, o.rank(), e.rank()));
      }
      if (headline != null && e.value(headline.key()).isPresent() && o.value(headline.key()).isPresent()) {
        double d = e.value(headline.key()).get().value() - o.value(headline.key()).get().value();
        if (Math.abs(d) >= 0.05) {
          changes.add(String.format(Locale.ROOT, "%s: %s %+.1f", name, headline.label(), d));
        }
      }
    }
    old.values().forEach(o -> changes.add("left the top " + TOP + ": " + o.model().displayName()));
    if (changes.isEmpty()) {
      out.println("no changes");
    }
    changes.forEach(c -> out.println("  " + c));
  }
}
