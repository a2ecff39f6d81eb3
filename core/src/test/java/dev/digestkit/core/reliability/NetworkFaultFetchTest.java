package dev.digestkit.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.HttpFetcher;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every network fault WireMock can inject ends in a typed {@link FetchException}, promptly. */
class NetworkFaultFetchTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @ParameterizedTest
  @EnumSource(Fault.class)
  void everyFaultEndsInFetchException(Fault fault) {
    wm.stubFor(get(urlEqualTo("/f")).willReturn(aResponse().withFault(fault)));
    URI uri = URI.create(wm.baseUrl() + "/f");
    try (HttpFetcher f = fetcher()) {
      Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchThrowable(() -> f.fetch(uri)));
      assertThat(t).isInstanceOf(FetchException.class);
      assertThat(((FetchException) t).uri()).isEqualTo(uri);
      assertThat(t.getMessage()).contains(uri.toString());
    }
  }

  @Test
  void statusErrorKeepsStatusAndBody() {
    wm.stubFor(get(urlEqualTo("/e")).willReturn(aResponse().withStatus(404).withBody("no such paper")));
    try (HttpFetcher f = fetcher()) {
      FetchException e = (FetchException) catchThrowable(() -> f.fetch(URI.create(wm.baseUrl() + "/e")));
      assertThat(e.status()).contains(404);
      assertThat(e.body()).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("no such paper"));
    }
  }

  static HttpFetcher fetcher() {
    return HttpFetcher.builder().readTimeout(Duration.ofSeconds(2)).connectTimeout(Duration.ofSeconds(2)).build();
  }
}
