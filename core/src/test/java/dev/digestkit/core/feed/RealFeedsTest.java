package dev.digestkit.core.feed;

import static dev.digestkit.core.feed.FeedTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every recorded real feed parses cleanly with all its entries, titles, links and dates. */
class RealFeedsTest {

  // file | entries (counted with grep) | first title | first link | first published | last published
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      distill_arxiv_cs_ai.xml|3|Math Takes Two: A test for emergent mathematical reasoning in communication|https://arxiv.org/abs/2604.21935|2026-04-27T04:00:00Z|2026-04-27T04:00:00Z
      distill_arxiv_cs_cl.xml|3|When Cow Urine Cures Constipation on YouTube: Limits of LLMs in Detecting Culture-specific Health Misinformation|https://arxiv.org/abs/2604.22002|2026-04-27T04:00:00Z|2026-04-27T04:00:00Z
      distill_arxiv_cs_lg.xml|3|Focus Session: Hardware and Software Techniques for Accelerating Multimodal Foundation Models|https://arxiv.org/abs/2604.21952|2026-04-27T04:00:00Z|2026-04-27T04:00:00Z
      distill_bair_blog.xml|3|Gradient-based Planning for World Models at Longer Horizons|http://bair.berkeley.edu/blog/2026/04/20/grasp/|2026-04-20T09:00:00Z|2026-01-10T09:00:00Z
      distill_deepmind_blog.xml|3|Announcing our partnership with the Republic of Korea|https://deepmind.google/blog/announcing-our-partnership-with-the-republic-of-korea/|2026-04-27T07:00:06Z|2026-04-21T14:54:15Z
      distill_fair_blog.xml|3|RCCLX: Innovating GPU Communications on AMD Platforms|https://engineering.fb.com/2026/02/24/data-center-engineering/rrcclx-innovating-gpu-communications-amd-platforms-meta/|2026-02-24T21:30:54Z|2025-09-30T16:00:08Z
      distill_gradient_blog.xml|3|After Orthogonality: Virtue-Ethical Agency and AI Alignment|https://thegradient.pub/virtue-ethics-ai-alignment/|2026-02-18T23:25:52Z|2024-11-16T16:46:15Z
      distill_huggingface_blog.xml|3|How to build scalable web apps with OpenAI's Privacy Filter|https://huggingface.co/blog/openai-privacy-filter-web-apps|2026-04-27T00:00:00Z|2026-04-23T00:00:00Z
      distill_openai_blog.xml|3|The next phase of the Microsoft OpenAI partnership|https://openai.com/index/next-phase-of-microsoft-partnership|2026-04-27T06:00:00Z|2026-04-23T11:00:00Z
      distill_vector_institute.xml|3|Vector researchers advance representation learning and deep learning research at ICLR 2026|https://vectorinstitute.ai/vector-researchers-advance-representation-learning-and-deep-learning-research-at-iclr-2026/|2026-04-23T13:48:00Z|2026-02-24T20:55:42Z
      olshansk-feed_aisi.xml|95|Incident Report: unsanctioned agent behaviour during cyber testing|https://www.aisi.gov.uk/blog/incident-report-unsanctioned-agent-behaviour-during-cyber-testing|2026-08-04T00:00:00Z|2023-09-07T00:00:00Z
      olshansk-feed_anthropic_news.xml|255|How Claude’s text watermark works|https://www.anthropic.com/news/claude-text-watermark|2026-08-14T00:00:00Z|2021-05-28T00:00:00Z
      olshansk-feed_anthropic_research.xml|17|Aug 18, 2026ScienceHow Claude is accelerating protein design and analytical chemistry|https://www.anthropic.com/research/Claude-accelerates-protein-design|2026-08-18T00:00:00Z|2023-03-25T00:00:00Z
      olshansk-feed_eleuther_papers.xml|5|Quantifying the Effect of Test Set Contamination on Generative Evaluations|https://arxiv.org/abs/2601.04301|2026-02-16T00:00:00Z|2025-06-30T00:00:00Z
      olshansk-feed_google_ai.xml|10|Build zero-trust AI agents with Google's Agent Development Kit|https://developers.googleblog.com/build-zero-trust-ai-agents-with-googles-agent-development-kit/|2026-08-17T00:00:00Z|2026-07-31T00:00:00Z
      olshansk-feed_groq.xml|24|Canopy Labs’ Orpheus TTS is live on GroqCloud|https://groq.com/blog/canopy-labs-orpheus-tts-is-live-on-groqcloud|2026-04-09T00:00:00Z|2025-04-05T00:00:00Z
      olshansk-feed_mistral.xml|54|Emmi joins Mistral to accelerate the AI-native industry|https://mistral.ai/news/accelerate-ai-native-industry|2026-05-22T00:00:00Z|2024-07-24T00:00:00Z
      olshansk-feed_openai_developer.xml|23|Scaling cyber defenders with Daybreak|https://developers.openai.com/blog/scaling-cyber-defenders-with-daybreak|2026-08-21T00:00:00Z|2025-09-11T00:00:00Z
      olshansk-feed_openai_research.xml|194|How enabling two settings tripled our scores on the ARC-AGI-3 benchmark|https://openai.com/index/how-two-settings-tripled-our-arc-agi-3-scores|2026-07-29T15:00:00Z|2016-02-25T08:00:00Z
      olshansk-feed_perplexity_hub.xml|117|Perplexity Is Open-Sourcing Bumblebee|https://www.perplexity.ai/hub/blog/perplexity-is-open-sourcing-bumblebee|2026-05-22T00:00:00Z|2023-03-28T00:00:00Z
      olshansk-feed_xainews.xml|39|Use Grok in OpenCode|https://x.ai/news/grok-opencode|2026-05-21T00:00:00Z|2023-11-03T00:00:00Z
      """)
  void readsEveryEntryWithTitleLinkAndDate(String file, int count, String firstTitle, String firstLink, String firstPublished,
      String lastPublished) {
    ParsedFeed feed = resource("real/" + file);

    assertThat(feed.format()).isEqualTo(FeedFormat.RSS_2_0);
    assertThat(feed.bozo()).as("bozo reasons %s", feed.bozoReasons()).isFalse();
    assertThat(feed.title().text()).isNotBlank();
    assertThat(feed.link()).isPresent();
    assertThat(feed.entries()).hasSize(count).allSatisfy(e -> {
      assertThat(e.title().text()).isNotBlank();
      assertThat(e.link()).hasValueSatisfying(u -> assertThat(u.isAbsolute()).isTrue());
      assertThat(e.published()).isPresent();
      assertThat(e.id()).isNotBlank();
    });
    FeedEntry first = feed.entries().get(0);
    assertThat(first.title().text()).isEqualTo(firstTitle);
    assertThat(first.link()).contains(URI.create(firstLink));
    assertThat(first.published()).contains(Instant.parse(firstPublished));
    assertThat(feed.entries().get(count - 1).published()).contains(Instant.parse(lastPublished));
  }

  @Test
  void concurrentReadsGiveTheSameResultAsSequentialOnes() throws Exception {
    List<String> files = List.of("olshansk-feed_anthropic_news.xml", "distill_gradient_blog.xml", "distill_fair_blog.xml",
        "olshansk-feed_openai_research.xml");
    List<ParsedFeed> sequential = files.stream().map(f -> resource("real/" + f)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ParsedFeed>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String f : files) {
          futures.add(pool.submit(() -> resource("real/" + f)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % files.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void exposesArxivAnnounceTypeAndDublinCoreCreatorAsExtensions() {
    FeedEntry e = resource("real/distill_arxiv_cs_ai.xml").entries().get(0);

    assertThat(e.extensions()).containsEntry("{http://arxiv.org/schemas/atom}announce_type", List.of("new"));
    assertThat(e.firstExtension("http://purl.org/dc/elements/1.1/", "creator")).contains("Michael Cooper, Samuel Cooper");
    assertThat(e.id()).isEqualTo("oai:arXiv.org:2604.21935v1");
    assertThat(e.categories()).containsExactly("cs.AI", "cs.LG");
    assertThat(e.summary().text()).startsWith("arXiv:2604.21935v1 Announce Type: new Abstract: Although language models");
  }

  @Test
  void readsContentEncodedAndMediaImageOfAGhostFeed() {
    FeedEntry e = resource("real/distill_gradient_blog.xml").entries().get(0);

    assertThat(e.content().raw()).contains("<");
    assertThat(e.content().text()).doesNotContain("<p>");
    assertThat(e.image()).isPresent();
    assertThat(e.authors()).isNotEmpty();
  }

  @Test
  void readsRssWhoseRootDeclaresADefaultNamespace() {
    ParsedFeed feed = resource("real/distill_fair_blog.xml");

    assertThat(feed.entries()).hasSize(3);
    assertThat(feed.entries().get(0).content().isEmpty()).isFalse();
  }
}
