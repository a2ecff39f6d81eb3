package dev.digestkit.perf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackHostsTest {
  @Test
  void eachLoopbackAddressServesItsOwnStubsAndCountsItsOwnRequests() throws Exception {
    try (LoopbackHosts hosts = LoopbackHosts.start(List.of("127.0.0.10", "127.0.0.11"), 0)) {
      var a = hosts.serve("127.0.0.10", "/feed.xml", "text/plain", "ten".getBytes(StandardCharsets.UTF_8));
      var b = hosts.serve("127.0.0.11", "/feed.xml", "text/plain", "eleven".getBytes(StandardCharsets.UTF_8));
      HttpClient client = HttpClient.newHttpClient();

      assertThat(client.send(HttpRequest.newBuilder(a).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("ten");
      assertThat(client.send(HttpRequest.newBuilder(b).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("eleven");
      assertThat(client.send(HttpRequest.newBuilder(b).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("eleven");

      assertThat(a.getPort()).isEqualTo(b.getPort());
      assertThat(hosts.requests("127.0.0.10")).isEqualTo(1);
      assertThat(hosts.requests("127.0.0.11")).isEqualTo(2);
      hosts.resetRequests();
      assertThat(hosts.totalRequests()).isZero();
    }
  }
}
