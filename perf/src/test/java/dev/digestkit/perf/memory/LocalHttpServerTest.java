package dev.digestkit.perf.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.perf.inputs.OaiPages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalHttpServerTest {
  @Test
  void streamsAGeneratedBodyPerRequestAndSeesTheQuery() throws Exception {
    OaiPages pages = OaiPages.load();
    try (LocalHttpServer server = LocalHttpServer.start("/oai", "text/xml", (query, out) -> {
      boolean second = query.contains("resumptionToken=p1");
      pages.writePage(out, second ? 5 : 0, 5, 10, second ? Optional.empty() : Optional.of("p1"));
    })) {
      HttpClient client = HttpClient.newHttpClient();
      String first = client.send(HttpRequest.newBuilder(server.url()).build(), HttpResponse.BodyHandlers.ofString()).body();
      String second = client.send(HttpRequest.newBuilder(URI.create(server.url() + "?verb=ListRecords&resumptionToken=p1")).build(),
          HttpResponse.BodyHandlers.ofString()).body();

      assertThat(first).contains("<id>1501.10004</id>", ">p1</resumptionToken>").doesNotContain("1501.10005");
      assertThat(second).contains("<id>1501.10005</id>", "<id>1501.10009</id>").doesNotContain(">p1<");
      assertThat(server.requests()).isEqualTo(2);
    }
  }
}
