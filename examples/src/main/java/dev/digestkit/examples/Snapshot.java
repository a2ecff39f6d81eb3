package dev.digestkit.examples;

import dev.digestkit.core.SourceContext;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.http.Recordings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled offline snapshot: recorded real responses (see {@code snapshot/SOURCES.md}) that
 * the fetcher replays, so the examples run on a machine with no network. {@link #DATE} is the
 * day they were captured; offline runs default to it.
 */
public final class Snapshot {
  /** The day the snapshot's arXiv listings and lab feeds were captured. */
  public static final LocalDate DATE = LocalDate.of(2026, 4, 27);
  /** Where the cassettes live on the class path. */
  public static final String RESOURCE_ROOT = "snapshot";
  /** The contact sent in the User-Agent of live runs, as arXiv asks of clients. */
  public static final String CONTACT = "https://github.com/digestkit/digestkit";

  private Snapshot() {}

  /** A fetcher that replays the snapshot, or fetches for real when {@code live}. */
  public static HttpFetcher fetcher(boolean live) {
    HttpFetcher.Builder b = HttpFetcher.builder().contact(CONTACT);
    if (!live) {
      b.replay(Recordings.fromClasspath(RESOURCE_ROOT, Snapshot.class.getClassLoader()));
    }
    return b.build();
  }

  /** A fetcher that replays the cassettes in {@code dir} (as the fetcher's recording mode writes them). */
  public static HttpFetcher replaying(java.nio.file.Path dir) {
    return HttpFetcher.builder().contact(CONTACT).replay(Recordings.fromDirectory(dir)).build();
  }

  /**
   * A source context for {@code fetcher}. Offline, the clock stands at the snapshot date's noon
   * (UTC) and the Artificial Analysis key is a placeholder, since replay sends nothing anywhere.
   */
  public static SourceContext context(HttpFetcher fetcher, boolean live, Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(settings);
    Clock clock = Clock.systemUTC();
    if (!live) {
      all.putIfAbsent("artificial-analysis.api-key", "offline-snapshot");
      clock = Clock.fixed(DATE.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
    return new SourceContext(fetcher, clock, all);
  }
}
