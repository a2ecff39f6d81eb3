package dev.digestkit.core.digest;

import static dev.digestkit.core.testing.TestItems.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.Json;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceRegistry;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.testing.StubSources;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class DigestAssemblerTest {
  private static final HttpFetcher FETCHER = HttpFetcher.builder().build();
  private static final SourceContext CONTEXT =
      new SourceContext(FETCHER, Clock.fixed(DAY, ZoneOffset.UTC), Map.of());
  private static final Publisher OPENAI = lab("openai", "OpenAI");
  private static final Publisher HF = lab("huggingface", "Hugging Face");
  private static final Publisher VERGE = wire("verge", "The Verge");

  @AfterAll
  static void close() {
    FETCHER.close();
  }

  private static StubSources standardStubs() {
    return new StubSources()
        .with("labs", () -> SourceResult.of(List.of(
            post(OPENAI, "Introducing GPT-5.5", "https://openai.com/index/gpt-5-5/", DAY, "<p>Our newest model.</p>"),
            post(HF, "ml-intern automates LLM post-training", "https://huggingface.co/blog/ml-intern", DAY.minusSeconds(3600), "Agents for post-training."),
            post(OPENAI, "Codex for systems integrators", "https://openai.com/index/codex-si/", DAY.minusSeconds(7200), "Accenture, PwC and Infosys."))))
        .with("wire", () -> SourceResult.of(List.of(
            post(VERGE, "Amazon commits $5 billion to Anthropic", "https://verge.example/amazon-anthropic", DAY, "5 gigawatts of Trainium."))))
        .with("papers", () -> SourceResult.of(List.of(playCoder(), edgeOfStability(), fasterRl())))
        .with("boards", () -> SourceResult.of(List.of(artificialAnalysis(), sweRebench())));
  }

  private static DigestAssembler.Builder assembler(StubSources stubs) {
    return DigestAssembler.builder()
        .registry(SourceRegistry.builder().add(stubs).build())
        .context(CONTEXT)
        .title("The Inference Report");
  }

  @Test
  void fillsTheFourSectionsInOrderFromMixedSources() {
    Digest d = assembler(standardStubs()).sources("stub:labs", "stub:wire", "stub:papers", "stub:boards").build().assemble(DATE);

    assertThat(d.sections()).extracting(Section::title)
        .containsExactly("AI Labs", "From the Wire", "Research Papers", "Benchmarks");
    assertThat(titles(d, SectionKind.LABS)).containsExactly(
        "Introducing GPT-5.5", "ml-intern automates LLM post-training", "Codex for systems integrators");
    assertThat(titles(d, SectionKind.WIRE)).containsExactly("Amazon commits $5 billion to Anthropic");
    assertThat(titles(d, SectionKind.PAPERS)).containsExactly(
        "PlayCoder: Making LLM-Generated GUI Code Playable", "Generalization at the Edge of Stability",
        "FASTER: Value-Guided Sampling for Fast RL");
    assertThat(items(d, SectionKind.BENCHMARKS)).extracting(i -> ((Leaderboard) i).entries().size()).containsExactly(5, 5);
    assertThat(d.sources()).extracting(SourceOutcome::status).containsOnly(SourceOutcome.Status.OK);
    assertThat(d.sources()).extracting(SourceOutcome::items).containsExactly(3, 1, 3, 2);
    assertThat(d.editorial()).isEmpty();
  }

  @Test
  void oneFailingSourceIsRecordedAndNeverFailsTheDigest() {
    StubSources stubs = standardStubs()
        .with("down", () -> { throw new FetchException(URI.create("https://down.example/feed"), 503, new byte[0], "HTTP error 503", null); })
        .with("buggy", () -> { throw new IllegalStateException("parser bug"); });

    Digest d = assembler(stubs).sources("stub:labs", "stub:down", "stub:buggy", "stub:nonexistent", "stub:papers").build().assemble(DATE);

    assertThat(d.sources()).extracting(SourceOutcome::spec, SourceOutcome::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("stub:labs", SourceOutcome.Status.OK),
        org.assertj.core.groups.Tuple.tuple("stub:down", SourceOutcome.Status.FAILED),
        org.assertj.core.groups.Tuple.tuple("stub:buggy", SourceOutcome.Status.FAILED),
        org.assertj.core.groups.Tuple.tuple("stub:nonexistent", SourceOutcome.Status.FAILED),
        org.assertj.core.groups.Tuple.tuple("stub:papers", SourceOutcome.Status.OK));
    assertThat(d.failures()).extracting(o -> o.error().orElseThrow())
        .anySatisfy(e -> assertThat(e).contains("503"))
        .anySatisfy(e -> assertThat(e).contains("internal error").contains("parser bug"))
        .anySatisfy(e -> assertThat(e).contains("no stub target nonexistent"));
    assertThat(titles(d, SectionKind.PAPERS)).hasSize(3);
    assertThat(titles(d, SectionKind.LABS)).hasSize(3);
  }

  @Test
  void warningsMakeAnOutcomePartial() {
    StubSources stubs = new StubSources().with("x", () -> new SourceResult(List.of(playCoder()), List.of("line 3: bad entity")));
    Digest d = assembler(stubs).sources("stub:x").build().assemble(DATE);
    assertThat(d.sources()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(SourceOutcome.Status.PARTIAL);
      assertThat(o.warnings()).containsExactly("line 3: bad entity");
    });
  }

  @Test
  void sourcesAreFetchedConcurrently() {
    // Each source waits until both have started: only parallel fetching lets either finish.
    CountDownLatch bothStarted = new CountDownLatch(2);
    StubSources stubs = new StubSources()
        .with("a", () -> awaitBoth(bothStarted, playCoder()))
        .with("b", () -> awaitBoth(bothStarted, fasterRl()));
    Digest d = assembler(stubs).sources("stub:a", "stub:b").build().assemble(DATE);
    assertThat(d.sources()).extracting(SourceOutcome::status).containsOnly(SourceOutcome.Status.OK);
  }

  private static SourceResult awaitBoth(CountDownLatch latch, Paper p) {
    latch.countDown();
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other source never started: fetching is sequential");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return SourceResult.of(List.of(p));
  }

  @Test
  void labPostLinkingAnArxivPaperAppearsOnceWithBothLinks() {
    StubSources stubs = new StubSources()
        .with("labs", () -> SourceResult.of(List.of(post(HF, "PlayCoder is out",
            "https://huggingface.co/blog/playcoder", DAY, "<p>Read the <a href=\"https://arxiv.org/abs/2604.19742v1\">paper</a>.</p>"))))
        .with("cs.SE", () -> SourceResult.of(List.of(playCoder(), edgeOfStability())))
        .with("cs.LG", () -> SourceResult.of(List.of(edgeOfStability(), fasterRl())));

    Digest d = assembler(stubs).sources("stub:labs", "stub:cs.SE", "stub:cs.LG").build().assemble(DATE);

    DigestEntry post = d.section(SectionKind.LABS).orElseThrow().entries().get(0);
    assertThat(((Announcement) post.item()).url()).hasToString("https://huggingface.co/blog/playcoder");
    assertThat(post.related()).containsExactly(URI.create("https://arxiv.org/abs/2604.19742"));
    assertThat(titles(d, SectionKind.PAPERS)).containsExactly(
        "Generalization at the Edge of Stability", "FASTER: Value-Guided Sampling for Fast RL");
  }

  @Test
  void aPaperMergedIntoALabPostCountsAsSeenWithIt() {
    InMemorySeenStore store = new InMemorySeenStore();
    StubSources stubs = new StubSources()
        .with("labs", () -> SourceResult.of(List.of(post(HF, "PlayCoder is out",
            "https://huggingface.co/blog/playcoder", DAY, "See https://arxiv.org/abs/2604.19742."))))
        .with("cs.SE", () -> SourceResult.of(List.of(playCoder())));
    assembler(stubs).sources("stub:labs", "stub:cs.SE").seenStore(store).build().assemble(DATE);

    Digest next = assembler(stubs).sources("stub:cs.SE").seenStore(store).build().assemble(DATE);
    assertThat(titles(next, SectionKind.PAPERS)).isEmpty();
  }

  @Test
  void filtersByCategoryKeywordAuthorAndPublisher() {
    StubSources stubs = standardStubs();
    DigestAssembler.Builder b = assembler(stubs).sources("stub:labs", "stub:papers");

    assertThat(titles(b.section(SectionSpec.papers().categories("cs.LG")).build().assemble(DATE), SectionKind.PAPERS))
        .containsExactly("Generalization at the Edge of Stability", "FASTER: Value-Guided Sampling for Fast RL");
    assertThat(titles(assembler(stubs).sources("stub:papers").section(SectionSpec.papers().keywords("GUI")).build().assemble(DATE), SectionKind.PAPERS))
        .containsExactly("PlayCoder: Making LLM-Generated GUI Code Playable");
    assertThat(titles(assembler(stubs).sources("stub:papers").section(SectionSpec.papers().authors("hopper")).build().assemble(DATE), SectionKind.PAPERS))
        .containsExactly("FASTER: Value-Guided Sampling for Fast RL");
    assertThat(titles(assembler(stubs).sources("stub:labs").section(SectionSpec.labs().publishers("Hugging Face")).build().assemble(DATE), SectionKind.LABS))
        .containsExactly("ml-intern automates LLM post-training");
  }

  @Test
  void keywordsAreMatchedAsWholeWords() {
    StubSources stubs = standardStubs();
    // "RL" is a word in FASTER's title; "stab" is only part of "stability" in another paper's.
    Digest d = assembler(stubs).sources("stub:papers").section(SectionSpec.papers().keywords("rl", "stab")).build().assemble(DATE);
    assertThat(titles(d, SectionKind.PAPERS)).containsExactly("FASTER: Value-Guided Sampling for Fast RL");
  }

  @Test
  void rankingPutsKeywordRelevanceFirstAndTheScorerIsPluggable() {
    StubSources stubs = standardStubs();
    Digest relevant = assembler(stubs).sources("stub:labs")
        .section(SectionSpec.labs().keywords("codex", "post-training", "model")).build().assemble(DATE);
    // Codex and post-training are in titles (3 each); "model" only in GPT-5.5's summary (1).
    assertThat(titles(relevant, SectionKind.LABS)).containsExactly(
        "ml-intern automates LLM post-training", "Codex for systems integrators", "Introducing GPT-5.5");

    Scorer oldestFirst = Scorers.recency().times(-1);
    Digest custom = assembler(stubs).sources("stub:labs").section(SectionSpec.labs().scorer(oldestFirst).limit(2)).build().assemble(DATE);
    assertThat(titles(custom, SectionKind.LABS)).containsExactly(
        "Codex for systems integrators", "ml-intern automates LLM post-training");
  }

  @Test
  void limitCapsEachSectionAndRowsCapEachBoard() {
    Digest d = assembler(standardStubs()).sources("stub:papers", "stub:boards")
        .section(SectionSpec.papers().limit(1)).section(SectionSpec.benchmarks().limit(1).rows(3)).build().assemble(DATE);
    assertThat(titles(d, SectionKind.PAPERS)).hasSize(1);
    assertThat(items(d, SectionKind.BENCHMARKS)).singleElement()
        .satisfies(i -> assertThat(((Leaderboard) i).entries()).hasSize(3));
  }

  @Test
  void columnsKeepOnlyTheNamedLeaderboardMetrics() {
    Digest d = assembler(standardStubs()).sources("stub:boards")
        .section(SectionSpec.benchmarks().columns("Score", "price_blended")).build().assemble(DATE);
    List<Leaderboard> boards = items(d, SectionKind.BENCHMARKS).stream().map(Leaderboard.class::cast).toList();
    assertThat(boards.get(0).metrics()).extracting(m -> m.label()).containsExactly("Score", "$/1M");
    assertThat(boards.get(0).entries().get(0).values()).containsOnlyKeys("intelligence_index", "price_blended");
    assertThat(boards.get(1).metrics()).extracting(m -> m.label()).containsExactly("Score");
  }

  @Test
  void windowDropsOldPostsButKeepsListingPapersAndUndatedItems() {
    StubSources stubs = new StubSources()
        .with("labs", () -> SourceResult.of(List.of(
            post(OPENAI, "Today", "https://openai.com/a", DAY, ""),
            post(OPENAI, "Last month", "https://openai.com/b", Instant.parse("2026-03-20T10:00:00Z"), ""),
            new Announcement("u", OPENAI, dev.digestkit.core.model.Text.plain("Undated"), URI.create("https://openai.com/c"),
                java.util.Optional.empty(), java.util.Optional.empty(), null, null, null, null))))
        .with("papers", () -> SourceResult.of(List.of(playCoder())));
    Digest d = assembler(stubs).sources("stub:labs", "stub:papers").build().assemble(DATE);
    assertThat(titles(d, SectionKind.LABS)).containsExactly("Today", "Undated");
    assertThat(titles(d, SectionKind.PAPERS)).hasSize(1);

    Digest week = assembler(stubs).sources("stub:labs").windowDays(40).build().assemble(DATE);
    assertThat(titles(week, SectionKind.LABS)).contains("Last month");
  }

  @Test
  void secondDigestWithSeenStoreShowsOnlyNewItemsAndNewLeaderboardEntrants() {
    InMemorySeenStore store = new InMemorySeenStore();
    List<Item> firstPapers = List.of(playCoder(), edgeOfStability());
    List<Item> secondPapers = List.of(playCoder(), edgeOfStability(), fasterRl());
    boolean[] second = {false};
    StubSources stubs = new StubSources()
        .with("papers", () -> SourceResult.of(second[0] ? secondPapers : firstPapers))
        .with("boards", () -> SourceResult.of(List.of(second[0]
            ? sweRebench("Claude Opus 4.6", "gpt-5.2-2025-12-11-medium", "GLM-5", "Junie", "gpt-5.4-2026-03-05-medium")
            : sweRebench())));
    DigestAssembler a = assembler(stubs).sources("stub:papers", "stub:boards").seenStore(store).build();

    Digest first = a.assemble(DATE);
    assertThat(titles(first, SectionKind.PAPERS)).hasSize(2);
    assertThat(first.section(SectionKind.BENCHMARKS).orElseThrow().entries().get(0).notes()).isEmpty();

    second[0] = true;
    Digest next = a.assemble(DATE.plusDays(1));
    assertThat(titles(next, SectionKind.PAPERS)).containsExactly("FASTER: Value-Guided Sampling for Fast RL");
    assertThat(next.section(SectionKind.BENCHMARKS).orElseThrow().entries()).singleElement()
        .satisfies(e -> assertThat(e.notes()).containsExactly("new in the top 5: Junie at #4"));
  }

  @Test
  void editorComesAfterRankingAndAppEditorialWins() {
    DigestAssembler.Builder b = assembler(standardStubs()).sources("stub:labs", "stub:papers", "stub:boards");
    Digest edited = b.editor(new ExtractiveEditor()).build().assemble(DATE);
    assertThat(edited.editorial()).hasValueSatisfying(e -> assertThat(e)
        .contains("3 lab announcements").contains("OpenAI (2)").contains("cs.LG (2)")
        .contains("Claude Opus 4.7 leads Artificial Analysis Intelligence Index at 57.3"));

    Digest fixed = b.editorial("Written by a human.").build().assemble(DATE);
    assertThat(fixed.editorial()).contains("Written by a human.");

    Digest broken = assembler(standardStubs()).sources("stub:labs").editor(draft -> { throw new IllegalStateException("LLM down"); })
        .build().assemble(DATE);
    assertThat(broken.editorial()).isEmpty();
  }

  @Test
  void digestRoundTripsThroughJson() throws Exception {
    Digest d = assembler(standardStubs()).sources("stub:labs", "stub:wire", "stub:papers", "stub:boards", "stub:missing")
        .editor(new ExtractiveEditor()).build().assemble(DATE);
    var mapper = Json.newMapper();
    String json = mapper.writeValueAsString(d);
    assertThat(mapper.readValue(json, Digest.class)).isEqualTo(d);
    assertThat(json).contains("\"kind\":\"labs\"").contains("\"type\":\"leaderboard\"").contains("\"status\":\"FAILED\"");
  }

  @Test
  void applicationCanFileASourceUnderAnotherSection() {
    Digest d = assembler(standardStubs()).source("stub:wire", dev.digestkit.core.model.PublisherGroup.LABS).build().assemble(DATE);
    assertThat(titles(d, SectionKind.LABS)).containsExactly("Amazon commits $5 billion to Anthropic");
    assertThat(titles(d, SectionKind.WIRE)).isEmpty();
  }

  @Test
  void aSourceStillRunningAtTheTimeoutIsRecordedAsFailed() {
    CountDownLatch never = new CountDownLatch(1);
    StubSources stubs = standardStubs().with("stuck", () -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return SourceResult.of(List.of());
    });
    Digest d = assembler(stubs).sources("stub:papers", "stub:stuck").sourceTimeout(java.time.Duration.ofMillis(300))
        .build().assemble(DATE);
    assertThat(d.sources()).extracting(SourceOutcome::status).containsExactly(SourceOutcome.Status.OK, SourceOutcome.Status.FAILED);
    assertThat(d.sources().get(1).error()).hasValueSatisfying(e -> assertThat(e).startsWith("timed out"));
    assertThat(titles(d, SectionKind.PAPERS)).hasSize(3);
  }

  @Test
  void aFocusedSectionTakesItsItemsFirstAndALaterSectionOfTheSameKindTheRest() {
    Digest d = assembler(standardStubs()).sources("stub:papers")
        .section(SectionSpec.papers().title("Research Papers — Focused").keywords("GUI"))
        .section(SectionSpec.papers())
        .build().assemble(DATE);
    assertThat(d.sections()).extracting(Section::title).containsExactly("Research Papers — Focused", "Research Papers");
    assertThat(d.sections().get(0).entries()).extracting(e -> ((Paper) e.item()).id()).containsExactly("2604.19742");
    assertThat(d.sections().get(1).entries()).extracting(e -> ((Paper) e.item()).id()).containsExactly("2604.19740", "2604.19730");
  }

  @Test
  void builderRejectsAMissingContextOrSource() {
    assertThatThrownBy(() -> DigestAssembler.builder().sources("stub:x").build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("SourceContext");
    assertThatThrownBy(() -> DigestAssembler.builder().context(CONTEXT).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least one source");
  }

  static List<String> titles(Digest d, SectionKind kind) {
    return items(d, kind).stream().map(i -> i instanceof Paper p ? p.title().text() : ((Announcement) i).title().text()).toList();
  }

  static List<Item> items(Digest d, SectionKind kind) {
    return d.section(kind).orElseThrow().entries().stream().map(DigestEntry::item).toList();
  }

  /** A store that lives only in memory, to test the assembler apart from persistence. */
  static final class InMemorySeenStore implements SeenStore {
    final java.util.Map<String, Instant> keys = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public java.util.Set<String> seen(java.util.Collection<String> candidates) {
      return candidates.stream().filter(keys::containsKey).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void markSeen(java.util.Collection<String> newKeys, Instant when) {
      newKeys.forEach(k -> keys.putIfAbsent(k, when));
    }
  }
}
