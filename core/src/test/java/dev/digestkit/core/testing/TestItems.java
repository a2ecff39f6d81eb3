package dev.digestkit.core.testing;

import dev.digestkit.core.model.AnnounceType;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import dev.digestkit.core.model.Model;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.PaperLinks;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records shaped like the seeds' (titles, abstracts and tables copied from the seed issues). */
public final class TestItems {
  public static final Instant DAY = Instant.parse("2026-04-22T10:00:00Z");
  public static final LocalDate DATE = LocalDate.of(2026, 4, 22);

  private TestItems() {}

  public static Publisher lab(String id, String name) {
    return new Publisher(id, name, Optional.of(URI.create("https://" + id + ".example/")), Optional.empty(), PublisherGroup.LABS);
  }

  public static Publisher wire(String id, String name) {
    return new Publisher(id, name, Optional.empty(), Optional.empty(), PublisherGroup.WIRE);
  }

  public static Announcement post(Publisher p, String title, String url, Instant when, String summaryHtml) {
    return new Announcement(url, p, Text.html(title), URI.create(url), Optional.of(when), Optional.empty(),
        Text.html(summaryHtml), List.of(), List.of(), Optional.empty());
  }

  public static Paper paper(String id, String title, String category, String abstractText, String... authors) {
    Paper.Builder b = Paper.builder(id).title(Text.latex(title)).abstractText(Text.latex(abstractText))
        .primaryCategory(category).addCategory(category)
        .links(new PaperLinks(Optional.of(URI.create("https://arxiv.org/abs/" + id)),
            Optional.of(URI.create("https://arxiv.org/pdf/" + id)), Optional.empty()))
        .announceType(AnnounceType.NEW)
        .published(Instant.parse("2026-04-20T17:00:00Z"));
    for (String a : authors) {
      b.addAuthor(Author.of(a));
    }
    return b.build();
  }

  public static Paper playCoder() {
    return paper("2604.19742", "PlayCoder: Making LLM-Generated GUI Code Playable", "cs.SE",
        "Large language models (LLMs) have achieved strong results in code generation, but their ability to "
            + "generate GUI applications, especially games, remains insufficiently studied.", "Zhiyuan Li", "Wei Chen");
  }

  public static Paper edgeOfStability() {
    return paper("2604.19740", "Generalization at the Edge of Stability", "cs.LG",
        "Training modern neural networks often relies on large learning rates, operating at the edge of stability.",
        "Ada Lovelace");
  }

  public static Paper fasterRl() {
    return paper("2604.19730", "FASTER: Value-Guided Sampling for Fast RL", "cs.LG",
        "Some of the most performant reinforcement learning algorithms today can be prohibitively expensive.",
        "Grace Hopper");
  }

  private static final Metric SCORE = new Metric("intelligence_index", "Score", MetricUnit.SCORE, true);
  private static final Metric SPEED = new Metric("tokens_per_second", "tok/s", MetricUnit.TOKENS_PER_SECOND, true);
  private static final Metric PRICE = new Metric("price_blended", "$/1M", MetricUnit.USD_PER_MILLION_TOKENS, false);

  /** The seed's Artificial Analysis table of April 22, 2026. */
  public static Leaderboard artificialAnalysis() {
    return new Leaderboard("artificial-analysis", "Artificial Analysis Intelligence Index",
        Optional.of("Composite score across coding, math, and reasoning"),
        Optional.of(URI.create("https://artificialanalysis.ai/")), DAY, Optional.of(DATE),
        List.of(SCORE, SPEED, PRICE),
        List.of(aa(1, "Claude Opus 4.7", 57.3, 62, 10.00), aa(2, "Gemini 3.1 Pro Preview", 57.2, 127, 4.50),
            aa(3, "GPT-5.4", 56.8, 82, 5.63), aa(4, "Kimi K2.6", 53.9, 135, 1.71), aa(5, "GPT-5.3 Codex", 53.6, 80, 4.81),
            aa(6, "GLM-5.1", 51.0, 70, 1.20)),
        List.of());
  }

  private static LeaderboardEntry aa(int rank, String name, double score, double speed, double price) {
    Map<String, Measurement> v = new LinkedHashMap<>();
    v.put(SCORE.key(), Measurement.of(score));
    v.put(SPEED.key(), Measurement.of(speed));
    v.put(PRICE.key(), Measurement.of(price));
    return new LeaderboardEntry(rank, model(name), v);
  }

  /** The seed's SWE-rebench table. */
  public static Leaderboard sweRebench(String... names) {
    Metric pct = new Metric("resolved", "Score", MetricUnit.PERCENT, true);
    double[] scores = {65.3, 64.4, 62.8, 62.8, 62.7};
    List<LeaderboardEntry> rows = new java.util.ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      rows.add(new LeaderboardEntry(i + 1, model(names[i]), Map.of(pct.key(), Measurement.of(scores[i % scores.length]))));
    }
    return new Leaderboard("swe-rebench", "SWE-rebench", Optional.of("Agentic coding on real-world software engineering tasks"),
        Optional.of(URI.create("https://swe-rebench.com/")), DAY, Optional.empty(), List.of(pct), rows, List.of());
  }

  public static Leaderboard sweRebench() {
    return sweRebench("Claude Opus 4.6", "gpt-5.2-2025-12-11-medium", "GLM-5", "gpt-5.4-2026-03-05-medium", "GLM-5.1");
  }

  static Model model(String name) {
    return new Model(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), Optional.empty());
  }
}
