package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.model.PublisherGroup;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabRegistryTest {
  @TempDir Path tmp;

  @Test
  void bundledRegistryHasTheExpectedLabsAndWireSites() {
    LabRegistry r = LabRegistry.bundled();

    assertThat(r.group(PublisherGroup.LABS)).extracting(Lab::id).contains("openai", "google-deepmind", "google-research",
        "anthropic", "meta-ai", "microsoft-research", "nvidia", "huggingface", "mistral", "aws-ml", "apple-ml", "bair",
        "xai", "eleutherai", "allenai", "cohere", "stability", "vector-institute", "uk-aisi", "perplexity", "groq");
    assertThat(r.group(PublisherGroup.WIRE)).extracting(Lab::id).contains("the-verge-ai", "techcrunch-ai", "ars-technica-ai",
        "venturebeat-ai", "mit-technology-review-ai", "wired-ai", "the-register-ai", "the-gradient");
    assertThat(r.all()).allSatisfy(l -> assertThat(l.feed().isPresent() || l.listing().isPresent()).isTrue());
    assertThat(r.find("HuggingFace")).hasValueSatisfying(l -> assertThat(l.verified()).isTrue());
  }

  @Test
  void verifiedFeedsAreTheSelfLinksOfTheRecordedFeeds() {
    LabRegistry r = LabRegistry.bundled();
    ParsedFeed hf = FeedTesting.resource("real/distill_huggingface_blog.xml");

    assertThat(r.find("huggingface").flatMap(Lab::homepage)).isEqualTo(hf.link());
    assertThat(r.findByFeed(URI.create("http://huggingface.co/blog/feed.xml/"))).hasValueSatisfying(l -> assertThat(l.id()).isEqualTo("huggingface"));
  }

  @Test
  void userFileOverridesByIdAndExtends() throws Exception {
    Path file = tmp.resolve("labs.json");
    Files.writeString(file, """
        {"labs": [{"id": "openai", "name": "OpenAI (mine)", "feed": "https://mirror.example/openai.xml"}],
         "wire": [{"id": "my-news", "name": "My News", "feed": "https://news.example/feed"}]}
        """);

    LabRegistry r = LabRegistry.withOverrides(file);

    assertThat(r.find("openai")).hasValueSatisfying(l -> {
      assertThat(l.name()).isEqualTo("OpenAI (mine)");
      assertThat(l.feed()).contains(URI.create("https://mirror.example/openai.xml"));
    });
    assertThat(r.find("my-news")).hasValueSatisfying(l -> assertThat(l.group()).isEqualTo(PublisherGroup.WIRE));
    assertThat(r.all()).hasSize(LabRegistry.bundled().all().size() + 1);
  }

  @Test
  void anEntryWithoutFeedOrListingIsAConfigurationError() throws Exception {
    Path file = tmp.resolve("bad.json");
    Files.writeString(file, "{\"labs\": [{\"id\": \"x\", \"name\": \"X\"}]}");

    assertThatThrownBy(() -> LabRegistry.withOverrides(file))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("entry 'x'").hasMessageContaining("feed or a listing");
  }
}
