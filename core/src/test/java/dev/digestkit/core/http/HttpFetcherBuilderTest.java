package dev.digestkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpFetcherBuilderTest {
  @Test
  void userAgentNamesDigestkitItsVersionAndTheContact() {
    try (HttpFetcher f = HttpFetcher.builder().contact("https://example.org/bot").build()) {
      assertThat(f.userAgent()).matches("digestkit/[0-9][^ ]* \\(\\+https://example.org/bot\\)");
    }
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      assertThat(f.userAgent()).matches("digestkit/[0-9][^ ]*");
    }
  }

  @Test
  void settingsOutOfRangeAreConfigurationErrorsAtBuild() {
    assertThatThrownBy(() -> HttpFetcher.builder().maxAttempts(0).build()).isInstanceOf(ConfigurationException.class).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> HttpFetcher.builder().maxBodyBytes(0).build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> HttpFetcher.builder().maxRedirects(-1).build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> HttpFetcher.builder().readTimeout(Duration.ZERO).build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> HttpFetcher.builder().hostInterval("arxiv.org", Duration.ofSeconds(-1)).build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> HttpFetcher.builder().hostInterval(" ", Duration.ZERO)).isInstanceOf(ConfigurationException.class);
  }

  @Test
  void onlyHttpUrlsAreFetched() {
    try (HttpFetcher f = HttpFetcher.builder().build()) {
      assertThatThrownBy(() -> f.fetch(URI.create("file:///etc/passwd"))).isInstanceOf(FetchException.class).hasMessageContaining("http");
    }
  }
}
