package dev.digestkit.examples.cli;

import dev.digestkit.core.DigestException;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.digest.AssemblyListener;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestAssembler;
import dev.digestkit.core.digest.Editor;
import dev.digestkit.core.digest.FileSeenStore;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.render.Renderer;
import dev.digestkit.examples.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digestkit digest}: assembles a digest. Offline by default, from the bundled snapshot
 * of recorded responses (snapshot date {@link Snapshot#DATE}); {@code --live} fetches for real.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = {
      "Assemble a research digest: AI Labs, From the Wire, Research Papers, Benchmarks.",
      "Offline by default: replays the bundled snapshot of real recorded responses (snapshot date 2026-04-27,"
          + " the default --date offline). --live fetches from the services instead (default --date: today, UTC)."
    })
final class DigestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--live", description = "Fetch from the real services instead of the bundled snapshot.")
  boolean live;

  @Option(names = "--replay", paramLabel = "DIR",
      description = "Replay the recorded responses (cassettes and index.txt) in DIR instead of the bundled snapshot.")
  Path replay;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Issue date (UTC). Default: the snapshot date offline, today when --live.")
  LocalDate date;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown, html, json or text (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the digest to FILE instead of standard output.")
  Path out;

  @Option(names = "--config", paramLabel = "FILE", description = "JSON: title, windowDays, sources, sections (filters, limits), settings.")
  Path config;

  @Option(names = "--since-last", description = "Only items no earlier --since-last digest showed (state kept in --state-dir).")
  boolean sinceLast;

  @Option(names = "--state-dir", paramLabel = "DIR", description = "Where --since-last keeps state (default: ~/.digestkit).")
  Path stateDir;

  @Option(names = "--no-editorial", description = "Leave out the editorial.")
  boolean noEditorial;

  @Option(names = "--editor", paramLabel = "NAME", defaultValue = "extractive",
      description = "Editor writing the editorial, among those installed on the class path (default: ${DEFAULT-VALUE}).")
  String editorName;

  @Option(names = {"-q", "--quiet"}, description = "No progress display.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Renderer renderer = Renderer.forFormat(format);
    DigestConfig cfg = config == null ? DigestConfig.loadDefault() : DigestConfig.load(config);
    LocalDate issue = date != null ? date : live ? LocalDate.now(ZoneOffset.UTC) : Snapshot.DATE;
    PrintWriter err = spec.commandLine().getErr();
    if (live && replay != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--live and --replay exclude each other");
    }
    try (HttpFetcher fetcher = replay != null ? Snapshot.replaying(replay) : Snapshot.fetcher(live)) {
      DigestAssembler.Builder b = cfg.applyTo(DigestAssembler.builder()
          .registry(SourceRegistry.load())
          .context(Snapshot.context(fetcher, live, cfg.settings())));
      if (!noEditorial) {
        b.editor(Editor.installed(editorName).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
            "unknown editor '" + editorName + "'; installed: "
                + Editor.installed().stream().map(Editor::name).sorted().collect(java.util.stream.Collectors.joining(", ")))));
      }
      if (sinceLast) {
        Path dir = stateDir != null ? stateDir : FileSeenStore.defaultDirectory();
        // Snapshot runs keep their own state, so trying the offline digest never hides live items.
        b.seenStore(FileSeenStore.open(dir.resolve(live ? "seen.tsv" : "seen-snapshot.tsv")));
      }
      if (live && !quiet && System.console() != null) {
        b.listener(new Progress(err));
      }
      Digest digest = b.build().assemble(issue);
      write(renderer.render(digest));
      if (!digest.sources().isEmpty() && digest.failures().size() == digest.sources().size()) {
        throw new DigestException("every source failed; first: " + Formats.firstFailure(digest));
      }
      return 0;
    }
  }

  private void write(String text) throws IOException {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    Path target = out.toAbsolutePath();
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    // Written beside the target and moved over it, so a reader never sees half a digest.
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** One status line per finished source on the terminal's stderr. */
  static final class Progress implements AssemblyListener {
    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void finished(SourceOutcome o, int total) {
      String status = o.failed() ? "FAILED " + o.error().orElse("") : o.items() + " items";
      synchronized (err) {
        err.printf("[%d/%d] %s: %s (%d ms)%n", done.incrementAndGet(), total, o.spec(), status, o.duration().toMillis());
        err.flush();
      }
    }
  }

  /** Small text helpers. */
  static final class Formats {
    private Formats() {}

    static String firstFailure(Digest d) {
      return d.failures().stream().findFirst().map(o -> o.spec() + ": " + o.error().orElse("?")).orElse("?");
    }
  }
}
