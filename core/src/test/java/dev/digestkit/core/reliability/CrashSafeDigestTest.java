package dev.digestkit.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestAssembler;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.FileSeenStore;
import dev.digestkit.core.digest.SectionSpec;
import dev.digestkit.core.digest.TimeWindow;
import dev.digestkit.core.digest.internal.Items;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.testing.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seen-store and a digest run survive being killed hard (SIGKILL, separate JVM): the store
 * file is never torn and keeps every batch the dead process finished, a batch in flight is all
 * or nothing, and a digest killed mid-run loses nothing (its items show in the next run) and
 * shows nothing twice (the run after that drops them as seen).
 */
class CrashSafeDigestTest {
  private static final int KEYS_PER_BATCH = 300;
  private static final LocalDate DATE = LocalDate.of(2026, 4, 22);
  private static final Instant NOW = Instant.parse("2026-04-22T12:00:00Z");
  private static final TimeWindow EVERYTHING = new TimeWindow(Instant.parse("2000-01-01T00:00:00Z"), NOW);

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path tmp;

  @Test
  void seenStoreWrittenByAProcessKilledHardKeepsEveryFinishedBatchAndNoHalfBatch() {
    Path file = tmp.resolve("seen.tsv");
    Set<Integer> done = new TreeSet<>();
    try (ChildJvm child = ChildJvm.start(MarkSeen.class, tmp.resolve("child.err"), file.toString())) {
      child.awaitLine(l -> l.equals("marked 25"), Duration.ofSeconds(120));
      child.killHard();
      child.lines().forEach(l -> done.add(Integer.parseInt(l.substring("marked ".length()))));
    }
    int last = done.stream().mapToInt(Integer::intValue).max().orElseThrow();

    FileSeenStore store = FileSeenStore.open(file);
    for (int batch = 0; batch <= last + 2; batch++) {
      List<String> keys = batch(batch);
      int seen = store.seen(keys).size();
      if (done.contains(batch)) {
        assertThat(seen).as("batch %d, reported done", batch).isEqualTo(KEYS_PER_BATCH);
      } else {
        assertThat(seen).as("batch %d, in flight at the kill: all or nothing", batch).isIn(0, KEYS_PER_BATCH);
      }
    }
  }

  @Test
  void digestKilledMidRunLosesNothingAndShowsNothingTwice() throws IOException {
    byte[] feed;
    try (InputStream in = getClass().getResourceAsStream("olshansk-feed_groq.xml")) {
      feed = in.readAllBytes();
    }
    wm.stubFor(get(urlEqualTo("/groq.xml")).willReturn(aResponse().withBody(feed)));
    // The second source hangs, so the child is killed after reading the first and before recording anything.
    wm.stubFor(get(urlEqualTo("/slow.xml")).willReturn(aResponse().withBody(feed).withFixedDelay(60_000)));
    Path seen = tmp.resolve("seen.tsv");
    try (ChildJvm child = ChildJvm.start(RunDigest.class, tmp.resolve("digest.err"), seen.toString(),
        wm.baseUrl() + "/groq.xml", wm.baseUrl() + "/slow.xml")) {
      awaitRequest("/slow.xml", Duration.ofSeconds(120));
      child.killHard();
    }
    assertThat(Files.exists(seen)).as("nothing was recorded before the kill").isFalse();

    wm.stubFor(get(urlEqualTo("/slow.xml")).willReturn(aResponse().withStatus(404)));
    List<String> first = shown(RunDigest.run(seen, wm.baseUrl() + "/groq.xml", wm.baseUrl() + "/slow.xml"));
    assertThat(first).as("the killed run lost nothing: its items show now").isNotEmpty().doesNotHaveDuplicates();

    FileSeenStore store = FileSeenStore.open(seen);
    assertThat(store.seen(first)).containsExactlyInAnyOrderElementsOf(first);
    List<String> second = shown(RunDigest.run(seen, wm.baseUrl() + "/groq.xml", wm.baseUrl() + "/slow.xml"));
    assertThat(second).as("nothing shown twice").doesNotContainAnyElementsOf(first);
  }

  private static void awaitRequest(String path, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (wm.findAll(getRequestedFor(urlEqualTo(path))).isEmpty()) {
      assertThat(System.nanoTime()).as("child requested %s in time", path).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private static List<String> shown(Digest d) {
    List<String> urls = new ArrayList<>();
    // The seen-store's own key for each item shown.
    d.sections().forEach(s -> s.entries().stream().map(DigestEntry::item).map(Items::key).forEach(urls::add));
    return urls;
  }

  static List<String> batch(int n) {
    return IntStream.range(0, KEYS_PER_BATCH).mapToObj(i -> "https://example.org/batch/" + n + "/item/" + i).toList();
  }

  /** The child: marks batch 0, 1, 2, ... seen in a file store until killed. Arg: the store file. */
  public static final class MarkSeen {
    private MarkSeen() {}

    public static void main(String[] args) {
      FileSeenStore store = FileSeenStore.open(Path.of(args[0]));
      for (int n = 0; ; n++) {
        store.markSeen(batch(n), NOW);
        System.out.println("marked " + n);
        System.out.flush();
      }
    }
  }

  /** The child: one digest over the given feed URLs with a file seen-store. Args: store file, feed URLs. */
  public static final class RunDigest {
    private RunDigest() {}

    public static void main(String[] args) {
      run(Path.of(args[0]), java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    static Digest run(Path seen, String... feeds) {
      try (HttpFetcher fetcher = HttpFetcher.builder().maxAttempts(1).build()) {
        SourceContext context = new SourceContext(fetcher, Clock.fixed(NOW, ZoneOffset.UTC), Map.of());
        DigestAssembler.Builder b = DigestAssembler.builder().context(context).seenStore(FileSeenStore.open(seen))
            .section(SectionSpec.labs()).section(SectionSpec.wire()).parallelism(1);
        for (String f : feeds) {
          b.sources("feed:" + f);
        }
        return b.build().assemble(DATE, EVERYTHING);
      }
    }
  }
}
