package dev.digestkit.core.digest;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import dev.digestkit.core.digest.internal.Dedupe;
import dev.digestkit.core.digest.internal.Dedupe.Candidate;
import dev.digestkit.core.digest.internal.Items;
import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles digests: reads every source concurrently, merges duplicates, drops what the
 * seen-store already showed, filters and ranks each section, and asks the editor for an opening.
 *
 * <pre>{@code
 * Digest digest = DigestAssembler.builder()
 *     .context(SourceContext.of(fetcher))
 *     .sources("arxiv:cs.LG", "lab:openai", "leaderboard:artificial-analysis")
 *     .section(SectionSpec.papers().keywords("agent").limit(6))
 *     .build()
 *     .assemble(LocalDate.now(ZoneOffset.UTC));
 * }</pre>
 *
 * <p>One failing source never fails the digest: it is recorded in {@link Digest#sources()}.
 * Sources run in parallel; politeness towards each host is the shared fetcher's job. Immutable
 * and thread-safe after {@link Builder#build()}.
 */
public final class DigestAssembler {
  private static final Logger log = LoggerFactory.getLogger(DigestAssembler.class);

  private final SourceRegistry registry;
  private final SourceContext context;
  private final String title;
  private final List<SourceSpec> sources;
  private final Map<SourceSpec, PublisherGroup> groups;
  private final List<SectionSpec> sections;
  private final int windowDays;
  private final Optional<String> editorial;
  private final Optional<Editor> editor;
  private final Optional<SeenStore> seenStore;
  private final Optional<ExecutorService> executor;
  private final int parallelism;
  private final Duration sourceTimeout;
  private final AssemblyListener listener;

  private DigestAssembler(Builder b) {
    this.registry = b.registry != null ? b.registry : SourceRegistry.load();
    this.context = b.context;
    this.title = b.title;
    this.sources = List.copyOf(b.sources);
    this.groups = Map.copyOf(b.groups);
    this.sections = b.sections.isEmpty()
        ? List.of(SectionSpec.labs(), SectionSpec.wire(), SectionSpec.papers(), SectionSpec.benchmarks())
        : List.copyOf(b.sections);
    this.windowDays = b.windowDays;
    this.editorial = Optional.ofNullable(b.editorial);
    this.editor = Optional.ofNullable(b.editor);
    this.seenStore = Optional.ofNullable(b.seenStore);
    this.executor = Optional.ofNullable(b.executor);
    this.parallelism = b.parallelism;
    this.sourceTimeout = b.sourceTimeout;
    this.listener = b.listener;
  }

  /** A builder; only {@link Builder#context(SourceContext)} and one source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The sources this assembler reads, in order. */
  public List<SourceSpec> sources() {
    return sources;
  }

  /** The sections, in display order. */
  public List<SectionSpec> sections() {
    return sections;
  }

  /** Assembles the digest for {@code date}, covering the configured number of days up to it. */
  public Digest assemble(LocalDate date) {
    return assemble(date, TimeWindow.days(date, windowDays));
  }

  /**
   * Assembles the digest for {@code date} from items in {@code window}. Announcements outside
   * the window are dropped; so are papers, except those from a daily listing (their times are
   * submission times, older than the listing that announces them). Undated items are kept.
   * With a seen-store, items an earlier digest showed are dropped and those shown now recorded.
   */
  public Digest assemble(LocalDate date, TimeWindow window) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(window, "window");
    List<Fetched> fetched = fetchAll();
    List<Candidate> candidates = new ArrayList<>();
    for (Fetched f : fetched) {
      f.items.forEach(i -> candidates.add(new Candidate(i, f.outcome.spec())));
    }
    List<Candidate> merged = Dedupe.merge(candidates);
    Set<String> seenBefore = seenStore.map(s -> s.seen(seenKeys(merged))).orElse(Set.of());
    List<Section> built = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    Set<Candidate> used = new HashSet<>();
    for (SectionSpec spec : sections) {
      List<Candidate> eligible = new ArrayList<>();
      for (Candidate c : merged) {
        if (!used.contains(c) && Filters.accepts(spec, c.item, window)
            && (c.item instanceof Leaderboard || !seenBefore.contains(Items.key(c.item)))) {
          eligible.add(c);
        }
      }
      List<DigestEntry> entries = new ArrayList<>();
      for (Ranking.Scored s : Ranking.rank(spec, eligible, window)) {
        if (entries.size() >= spec.limit()) {
          break;
        }
        used.add(s.candidate());
        entries.add(entry(spec, s, seenBefore, shown));
      }
      built.add(new Section(spec.kind(), spec.title(), entries));
    }
    List<SourceOutcome> outcomes = fetched.stream().map(f -> f.outcome).toList();
    Digest draft = new Digest(title, date, window, Optional.empty(), built, outcomes);
    Digest digest = draft.withEditorial(editorial.or(() -> editor.flatMap(e -> write(e, draft))));
    seenStore.ifPresent(s -> s.markSeen(shown, context.clock().instant()));
    return digest;
  }

  private static DigestEntry entry(SectionSpec spec, Ranking.Scored s, Set<String> seenBefore, Set<String> shown) {
    Candidate c = s.candidate();
    Item item = c.item;
    List<String> notes = new ArrayList<>();
    shown.add(Items.key(item));
    shown.addAll(c.mergedKeys);
    if (item instanceof Leaderboard board) {
      Leaderboard top = columns(board.top(spec.rows()), spec.columns());
      boolean boardSeen = seenBefore.contains(Items.key(board));
      for (var row : top.entries()) {
        String rowKey = Items.rowKey(board, row.model().key());
        shown.add(rowKey);
        // On a board's first digest every row would be "new"; say nothing until there is a baseline.
        if (boardSeen && !seenBefore.contains(rowKey)) {
          notes.add("new in the top " + spec.rows() + ": " + row.model().displayName() + " at #" + row.rank());
        }
      }
      item = top;
    }
    return new DigestEntry(item, s.score(), c.related, notes, c.source);
  }

  private static Leaderboard columns(Leaderboard b, List<String> wanted) {
    if (wanted.isEmpty()) {
      return b;
    }
    List<Metric> metrics = b.metrics().stream()
        .filter(m -> wanted.stream().anyMatch(w -> w.equalsIgnoreCase(m.key()) || w.equalsIgnoreCase(m.label())))
        .toList();
    Set<String> keys = metrics.stream().map(Metric::key).collect(java.util.stream.Collectors.toSet());
    List<LeaderboardEntry> rows = b.entries().stream().map(e -> {
      Map<String, Measurement> values = new LinkedHashMap<>(e.values());
      values.keySet().retainAll(keys);
      return new LeaderboardEntry(e.rank(), e.model(), values);
    }).toList();
    return new Leaderboard(b.id(), b.name(), b.description(), b.sourceUrl(), b.retrievedAt(), b.asOf(), metrics, rows, b.warnings());
  }

  private static Optional<String> write(Editor editor, Digest draft) {
    try {
      return editor.write(draft);
    } catch (RuntimeException e) {
      log.warn("editor {} failed; the digest goes out without an editorial", editor.getClass().getName(), e);
      return Optional.empty();
    }
  }

  private static Collection<String> seenKeys(List<Candidate> merged) {
    List<String> keys = new ArrayList<>();
    for (Candidate c : merged) {
      keys.add(Items.key(c.item));
      if (c.item instanceof Leaderboard l) {
        l.entries().forEach(e -> keys.add(Items.rowKey(l, e.model().key())));
      }
    }
    return keys;
  }

  private record Fetched(SourceOutcome outcome, List<Item> items) {}

  private List<Fetched> fetchAll() {
    ExecutorService pool = executor.orElseGet(() -> Executors.newFixedThreadPool(
        Math.max(1, Math.min(parallelism, sources.size())), daemonThreads()));
    try {
      List<Future<Fetched>> futures = new ArrayList<>();
      for (SourceSpec spec : sources) {
        futures.add(pool.submit(() -> fetch(spec)));
      }
      long deadline = System.nanoTime() + sourceTimeout.toNanos();
      List<Fetched> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        out.add(await(sources.get(i), futures.get(i), deadline));
      }
      return out;
    } finally {
      if (executor.isEmpty()) {
        pool.shutdownNow();
      }
    }
  }

  private Fetched await(SourceSpec spec, Future<Fetched> future, long deadline) {
    try {
      return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return failed(spec, sourceTimeout, "timed out after " + sourceTimeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DigestException("interrupted while assembling the digest", e);
    } catch (java.util.concurrent.ExecutionException e) {
      // fetch() catches every RuntimeException; only an Error can get here.
      throw new DigestException("source " + spec + " failed: " + e.getCause(), e.getCause());
    }
  }

  private Fetched fetch(SourceSpec spec) {
    listener.started(spec.toString(), sources.size());
    long start = System.nanoTime();
    Fetched result;
    try {
      SourceResult r = regroup(spec, registry.create(spec, context).fetch());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      SourceOutcome.Status status = r.warnings().isEmpty() ? SourceOutcome.Status.OK : SourceOutcome.Status.PARTIAL;
      result = new Fetched(new SourceOutcome(spec.toString(), status, r.items().size(), took, Optional.empty(), r.warnings()), r.items());
      log.debug("{}: {} items in {} ms", spec, r.items().size(), took.toMillis());
    } catch (DigestException e) {
      log.warn("source {} failed: {}", spec, e.getMessage());
      result = failed(spec, Duration.ofNanos(System.nanoTime() - start), oneLine(e));
    } catch (RuntimeException e) {
      // A non-DigestException from a source is a bug in it, but still must not sink the digest.
      log.error("source {} failed with an unexpected exception", spec, e);
      result = failed(spec, Duration.ofNanos(System.nanoTime() - start), "internal error: " + oneLine(e));
    }
    listener.finished(result.outcome, sources.size());
    return result;
  }

  // The application may file a source's posts under another section than its provider chose.
  private SourceResult regroup(SourceSpec spec, SourceResult r) {
    PublisherGroup group = groups.get(spec);
    if (group == null) {
      return r;
    }
    List<Item> items = new ArrayList<>();
    for (Item i : r.items()) {
      if (i instanceof Announcement a && a.publisher().group() != group) {
        Publisher p = a.publisher();
        i = new Announcement(a.id(), new Publisher(p.id(), p.name(), p.homepage(), p.feed(), group), a.title(), a.url(),
            a.published(), a.updated(), a.summary(), a.authors(), a.categories(), a.image());
      }
      items.add(i);
    }
    return new SourceResult(items, r.warnings());
  }

  private static Fetched failed(SourceSpec spec, Duration took, String error) {
    return new Fetched(new SourceOutcome(spec.toString(), SourceOutcome.Status.FAILED, 0, took, Optional.of(error), List.of()), List.of());
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).replace('\n', ' ').replace('\r', ' ');
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "digestkit-source-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Collects an assembler's settings; single-threaded. */
  public static final class Builder {
    private SourceRegistry registry;
    private SourceContext context;
    private String title = "Digest";
    private final Set<SourceSpec> sources = new LinkedHashSet<>();
    private final Map<SourceSpec, PublisherGroup> groups = new HashMap<>();
    private final List<SectionSpec> sections = new ArrayList<>();
    private int windowDays = 1;
    private String editorial;
    private Editor editor;
    private SeenStore seenStore;
    private ExecutorService executor;
    private int parallelism = 8;
    private Duration sourceTimeout = Duration.ofMinutes(5);
    private AssemblyListener listener = AssemblyListener.NONE;

    private Builder() {}

    /** Where source specs are resolved; default {@link SourceRegistry#load()}. */
    public Builder registry(SourceRegistry registry) {
      this.registry = Checks.notNull(registry, "registry");
      return this;
    }

    /** The fetcher, clock and settings sources use. Required. */
    public Builder context(SourceContext context) {
      this.context = Checks.notNull(context, "context");
      return this;
    }

    /** The digest's name; default {@code Digest}. */
    public Builder title(String title) {
      this.title = Checks.notBlank(title, "title");
      return this;
    }

    /** Adds sources by spec, e.g. {@code arxiv:cs.LG}; a spec given twice is read once. */
    public Builder sources(String... specs) {
      Arrays.stream(specs).map(SourceSpec::parse).forEach(sources::add);
      return this;
    }

    /**
     * Adds a source whose announcements go in {@code group}'s section whatever its provider
     * says, e.g. a lab's research blog filed under <em>From the Wire</em>.
     */
    public Builder source(String spec, PublisherGroup group) {
      SourceSpec parsed = SourceSpec.parse(spec);
      sources.add(parsed);
      groups.put(parsed, Checks.notNull(group, "group"));
      return this;
    }

    /** Adds sources by spec. */
    public Builder sources(Collection<String> specs) {
      return sources(specs.toArray(String[]::new));
    }

    /**
     * Adds a section, in display order. Without any, the digest has the four standard sections
     * with default limits. An item goes into the first section that accepts it.
     */
    public Builder section(SectionSpec section) {
      sections.add(Checks.notNull(section, "section"));
      return this;
    }

    /** How many days up to the digest date {@link #assemble(LocalDate)} covers; default 1. */
    public Builder windowDays(int days) {
      Checks.argument(days >= 1, "windowDays must be >= 1, was " + days);
      this.windowDays = days;
      return this;
    }

    /** A fixed editorial written by the application; takes precedence over an {@link Editor}. */
    public Builder editorial(String editorial) {
      this.editorial = Checks.notNull(editorial, "editorial");
      return this;
    }

    /** Writes the editorial from the assembled sections, e.g. {@link ExtractiveEditor}. */
    public Builder editor(Editor editor) {
      this.editor = Checks.notNull(editor, "editor");
      return this;
    }

    /** Only items no earlier digest showed; the ones shown are recorded. Default: none. */
    public Builder seenStore(SeenStore seenStore) {
      this.seenStore = Checks.notNull(seenStore, "seenStore");
      return this;
    }

    /**
     * Runs source fetches on {@code executor} (the application owns and shuts it down).
     * Default: a pool of {@link #parallelism(int)} daemon threads per assembly.
     */
    public Builder executor(ExecutorService executor) {
      this.executor = Checks.notNull(executor, "executor");
      return this;
    }

    /** How many sources the default pool reads at once; default 8. */
    public Builder parallelism(int threads) {
      Checks.argument(threads >= 1, "parallelism must be >= 1");
      this.parallelism = threads;
      return this;
    }

    /** How long all sources together may take before the slow ones are recorded as failed; default 5 min. */
    public Builder sourceTimeout(Duration timeout) {
      Checks.argument(!timeout.isNegative() && !timeout.isZero(), "sourceTimeout must be positive");
      this.sourceTimeout = timeout;
      return this;
    }

    /** Hears about each source as it is read, e.g. for a progress display. */
    public Builder listener(AssemblyListener listener) {
      this.listener = Checks.notNull(listener, "listener");
      return this;
    }

    /**
     * Builds the assembler.
     *
     * @throws ConfigurationException when no context or no source was given
     */
    public DigestAssembler build() {
      Checks.config(context != null, "a digest needs a SourceContext: call context(...)");
      Checks.config(!sources.isEmpty(), "a digest needs at least one source");
      return new DigestAssembler(this);
    }
  }
}
