package dev.digestkit.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpFetcherSmokeTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void sendsUserAgentWithContact() {
    wm.stubFor(get("/a").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain; charset=utf-8").withBody("hello")));
    try (HttpFetcher f = HttpFetcher.builder().contact("ops@example.org").build()) {
      FetchResponse r = f.fetch(URI.create(wm.baseUrl() + "/a"));
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
      assertThat(r.charset()).contains(StandardCharsets.UTF_8);
    }
    wm.verify(getRequestedFor(urlEqualTo("/a")).withHeader("User-Agent", equalTo("digestkit/0.1.0-SNAPSHOT (+ops@example.org)")));
  }
}
