package dev.digestkit.examples;

import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestAssembler;
import dev.digestkit.core.digest.SectionSpec;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.render.Renderer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Example: the papers of the day in chosen arXiv categories, as Markdown.
 *
 * <pre>{@code java -cp examples/target/digestkit.jar dev.digestkit.examples.PapersOfTheDay cs.CL cs.LG [--live]}</pre>
 *
 * Offline (the default) it reads the bundled snapshot of 2026-04-27 (cs.AI, cs.CL, cs.LG).
 */
public final class PapersOfTheDay {
  private PapersOfTheDay() {}

  public static void main(String[] args) {
    boolean live = List.of(args).contains("--live");
    List<String> categories = new ArrayList<>();
    for (String a : args) {
      if (!a.startsWith("--")) {
        categories.add(a);
      }
    }
    if (categories.isEmpty()) {
      categories = List.of("cs.CL", "cs.LG");
    }
    try (HttpFetcher fetcher = Snapshot.fetcher(live)) {
      DigestAssembler.Builder b = DigestAssembler.builder()
          .context(Snapshot.context(fetcher, live, Map.of()))
          .title("Papers of the day: " + String.join(", ", categories))
          .section(SectionSpec.papers().categories(categories).limit(50));
      categories.forEach(c -> b.sources("arxiv:" + c));
      Digest digest = b.build().assemble(live ? LocalDate.now(ZoneOffset.UTC) : Snapshot.DATE);
      System.out.print(Renderer.markdown().render(digest));
    }
  }
}
