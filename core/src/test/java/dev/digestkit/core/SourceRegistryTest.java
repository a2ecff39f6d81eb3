package dev.digestkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.testing.EchoSourceProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class SourceRegistryTest {
  private static final HttpFetcher FETCHER = HttpFetcher.builder().build();
  private static final SourceContext CONTEXT = SourceContext.of(FETCHER);

  @AfterAll
  static void close() {
    FETCHER.close();
  }

  @Test
  void discoversProviderThatLivesOnlyOnTheTestClassPath() {
    SourceRegistry registry = SourceRegistry.load();

    assertThat(registry.schemes()).contains("echo");
    Source source = registry.create("echo:Hello world", CONTEXT);
    assertThat(source.spec()).isEqualTo(new SourceSpec("echo", "Hello world"));
    assertThat(source.fetch().items()).singleElement()
        .isInstanceOfSatisfying(Announcement.class, a -> assertThat(a.title().text()).isEqualTo("Hello world"));
  }

  @Test
  void unknownSchemeListsTheKnownOnes() {
    SourceRegistry registry = SourceRegistry.builder().add(new EchoSourceProvider()).build();

    assertThatThrownBy(() -> registry.create("gopher:thing", CONTEXT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("unknown source scheme 'gopher'")
        .hasMessageContaining("known schemes: echo");
  }

  @Test
  void specWithoutSchemeIsAConfigurationError() {
    assertThatThrownBy(() -> SourceSpec.parse("cs.LG"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("has no scheme");
  }

  @Test
  void specKeepsEverythingAfterTheFirstColon() {
    SourceSpec spec = SourceSpec.parse("feed:https://openai.com/news/rss.xml");
    assertThat(spec.scheme()).isEqualTo("feed");
    assertThat(spec.target()).isEqualTo("https://openai.com/news/rss.xml");
    assertThat(spec).hasToString("feed:https://openai.com/news/rss.xml");
  }

  @Test
  void providerMayRejectItsTarget() {
    SourceRegistry registry = SourceRegistry.load();
    assertThatThrownBy(() -> registry.create("echo:!bad", CONTEXT)).isInstanceOf(ConfigurationException.class);
  }
}
