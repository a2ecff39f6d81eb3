package dev.digestkit.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PapersCommandTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  private static String fixture(String name) {
    try {
      return Path.of(PapersCommandTest.class.getResource("/papers/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void printsOneCassettesPapersAsJsonWithNullsForAbsentValues() throws Exception {
    Run r = run("papers", fixture("id_hep-ex_0406020v1_s0_m100_84b15d66c0ce.json"));

    assertThat(r.exit()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("totalResults").asLong()).isEqualTo(1);
    JsonNode p = doc.get("papers").get(0);
    assertThat(p.get("id").asText()).isEqualTo("hep-ex/0406020");
    assertThat(p.get("version").asInt()).isEqualTo(1);
    assertThat(p.get("title").asText()).isEqualTo("Sparticle Reconstruction at LHC");
    assertThat(p.get("authors")).hasSize(1);
    assertThat(p.get("authors").get(0).asText()).isEqualTo("Alessia Tricomi");
    assertThat(p.get("abstract").asText()).startsWith("In this report");
    assertThat(p.get("primaryCategory").asText()).isEqualTo("hep-ex");
    assertThat(p.get("categories").get(0).asText()).isEqualTo("hep-ex");
    assertThat(p.get("published").asText()).isEqualTo("2004-06-07T11:08:22Z");
    assertThat(p.get("journalRef").isNull()).isTrue();
    assertThat(p.get("doi").isNull()).isTrue();
    assertThat(p.get("announceType").isNull()).isTrue();
    assertThat(List.of(p.fieldNames().next())).containsExactly("id");
  }

  @Test
  void printsJsonLinesWithSourceForSeveralInputsOfEveryFormat() throws Exception {
    String[] inputs = {fixture("q_testing_s0_m10_bc5a6c384fe9.json"), fixture("arxivpy_2016_search_au_del_maestro.xml"),
        fixture("distill_arxiv_cs_lg.xml"), fixture("constructed_atom_cs_LG_all_announce_types.xml"),
        fixture("hepcrawl_ListRecords_arXiv_physics-hep-th.xml")};
    String[] args = new String[inputs.length + 1];
    args[0] = "papers";
    System.arraycopy(inputs, 0, args, 1, inputs.length);

    Run r = run(args);

    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(5);
    JsonNode api = JSON.readTree(lines.get(0));
    assertThat(api.get("source").asText()).isEqualTo(inputs[0]);
    assertThat(api.get("totalResults").asLong()).isEqualTo(214881);
    assertThat(api.toString()).contains("Aurora Ramírez");
    assertThat(JSON.readTree(lines.get(1)).get("totalResults").asLong()).isEqualTo(31);
    JsonNode rss = JSON.readTree(lines.get(2));
    assertThat(rss.get("totalResults").isNull()).isTrue();
    assertThat(rss.get("papers").get(0).get("announceType").asText()).isEqualTo("new");
    assertThat(JSON.readTree(lines.get(3)).get("papers")).extracting(p -> p.get("announceType").asText())
        .containsExactly("new", "cross", "replace", "replace-cross");
    assertThat(JSON.readTree(lines.get(4)).get("papers").get(0).get("id").asText()).isEqualTo("1412.8323");
  }

  @Test
  void anArxivErrorResponseExitsThreeWithArxivsMessage() {
    Run r = run("papers", fixture("id_abc_s0_m100_b79c8dcf6bc3.json"));

    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("incorrect id format for abc").hasLineCount(1);
  }

  @Test
  void aMissingOrForeignFileExitsThreeWithOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Run missing = run("papers", dir.resolve("nope.xml").toString());
    assertThat(missing.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(missing.err()).contains("nope.xml").hasLineCount(1);

    Path html = Files.writeString(dir.resolve("page.html"), "<html><body>not arXiv</body></html>");
    Run foreign = run("papers", html.toString());
    assertThat(foreign.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(foreign.err()).contains("root element <html>");
  }

  @Test
  void runsALiveQueryWithMax() throws Exception {
    byte[] body = PapersCommand.repairLatin1(JSON.readTree(Path.of(fixture("q_testing_s0_m10_bc5a6c384fe9.json")).toFile()).get("body").asText());
    wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withBody(body)));

    Run r = run("papers", "--query", "cat:cs.LG AND ti:transformer", "--max", "5", "--api-url", wm.baseUrl() + "/api/query");

    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("totalResults").asLong()).isEqualTo(214881);
    assertThat(doc.get("papers")).hasSize(5);
    wm.verify(getRequestedFor(urlPathEqualTo("/api/query"))
        .withQueryParam("search_query", equalTo("cat:cs.LG AND ti:transformer"))
        .withQueryParam("max_results", equalTo("5")));
  }

  @Test
  void readsUrlsAndReportsArxivsErrorFromA400Body() throws Exception {
    byte[] body = PapersCommand.repairLatin1(JSON.readTree(Path.of(fixture("id_abc_s0_m100_b79c8dcf6bc3.json")).toFile()).get("body").asText());
    wm.stubFor(get(urlPathEqualTo("/api/query")).willReturn(aResponse().withStatus(400).withBody(body)));
    wm.stubFor(get("/rss/cs.LG").willReturn(aResponse().withBody(Files.readAllBytes(Path.of(fixture("distill_arxiv_cs_lg.xml"))))));

    Run ok = run("papers", wm.baseUrl() + "/rss/cs.LG");
    Run error = run("papers", wm.baseUrl() + "/api/query?id_list=abc");

    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(JSON.readTree(ok.out()).get("papers").get(0).get("announceType").asText()).isEqualTo("new");
    assertThat(error.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(error.err()).contains("incorrect id format for abc").hasLineCount(1);
  }

  @Test
  void withoutInputsOrQueryItIsAUsageError() {
    assertThat(run("papers").exit()).isEqualTo(Main.EXIT_USAGE);
  }
}
