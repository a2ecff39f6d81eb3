package dev.digestkit.arxiv;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.HttpFetcher;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivHarvesterTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final List<String> ALL_IDS = allIds();

  @TempDir
  Path dir;

  private HttpFetcher fetcher;

  @BeforeEach
  void fetcher() {
    fetcher = HttpFetcher.builder().maxAttempts(1).build();
  }

  @AfterEach
  void close() {
    fetcher.close();
  }

  private static MappingBuilder first() {
    return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
        .withQueryParam("metadataPrefix", equalTo("arXiv")).withQueryParam("set", equalTo("physics"))
        .withQueryParam("from", equalTo("2017-12-14"));
  }

  private static MappingBuilder resume(String token) {
    return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
        .withQueryParam("resumptionToken", equalTo(token));
  }

  private static byte[] page(int n) {
    return Fixtures.bytes("arxiv-oai/constructed_ListRecords_arXiv_page" + n + ".xml");
  }

  private void serveThreePages() {
    wm.stubFor(first().willReturn(aResponse().withBody(page(1))));
    wm.stubFor(resume("constructed|1001").willReturn(aResponse().withBody(page(2))));
    wm.stubFor(resume("constructed|2001").willReturn(aResponse().withBody(page(3))));
  }

  private ArxivHarvester harvester(HarvestCheckpoint checkpoint) {
    return ArxivHarvester.builder().fetcher(fetcher).baseUrl(URI.create(wm.baseUrl() + "/oai"))
        .set("physics").from(LocalDate.of(2017, 12, 14)).checkpoint(checkpoint).build();
  }

  @Test
  void harvestsEveryPageFollowingResumptionTokens() {
    serveThreePages();
    List<String> ids = new ArrayList<>();
    FileHarvestCheckpoint cp = new FileHarvestCheckpoint(dir.resolve("cp.json"));

    ArxivHarvester.Result result = harvester(cp).harvest(r -> ids.add(r.identifier()));

    assertThat(ids).isEqualTo(ALL_IDS).hasSize(19);
    assertThat(result).isEqualTo(new ArxivHarvester.Result(19, 3, false, true));
    assertThat(cp.load()).hasValueSatisfying(s -> {
      assertThat(s.complete()).isTrue();
      assertThat(s.recordsDelivered()).isEqualTo(19);
    });
    assertThat(harvester(cp).harvest(r -> ids.add(r.identifier())).records()).as("a complete harvest yields nothing more").isZero();
    assertThat(wm.getAllServeEvents()).hasSize(3);
  }

  @Test
  void aHarvestThatDiesAfterPageTwoResumesWithEachRecordExactlyOnce() {
    serveThreePages();
    List<String> delivered = new ArrayList<>();
    FileHarvestCheckpoint cp = new FileHarvestCheckpoint(dir.resolve("cp.json"));
    String firstOfPage3 = ALL_IDS.get(6);

    assertThatThrownBy(() -> harvester(cp).harvest(r -> {
      if (r.identifier().equals(firstOfPage3)) {
        throw new IllegalStateException("killed");
      }
      delivered.add(r.identifier());
    })).hasMessage("killed");
    assertThat(delivered).hasSize(6);

    ArxivHarvester.Result resumed = harvester(new FileHarvestCheckpoint(dir.resolve("cp.json"))).harvest(r -> delivered.add(r.identifier()));

    assertThat(delivered).isEqualTo(ALL_IDS);
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.records()).isEqualTo(13);
    wm.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", equalTo("arXiv")));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("constructed|1001")));
    wm.verify(2, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("constructed|2001")));
  }

  @ParameterizedTest(name = "sink fails at record {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 12, 18})
  void resumingAfterTheSinkFailsAtAnyRecordYieldsEachRecordExactlyOnce(int failAt) {
    serveThreePages();
    List<String> delivered = new ArrayList<>();
    Path file = dir.resolve("cp.json");
    int[] seen = {0};

    assertThatThrownBy(() -> harvester(new FileHarvestCheckpoint(file)).harvest(r -> {
      if (seen[0]++ == failAt) {
        throw new IllegalStateException("sink down");
      }
      delivered.add(r.identifier());
    })).hasMessage("sink down");
    harvester(new FileHarvestCheckpoint(file)).harvest(r -> delivered.add(r.identifier()));

    assertThat(delivered).isEqualTo(ALL_IDS);
  }

  @Test
  void aFetchFailureOnPageThreeResumesWithEachRecordExactlyOnce() {
    wm.stubFor(first().willReturn(aResponse().withBody(page(1))));
    wm.stubFor(resume("constructed|1001").willReturn(aResponse().withBody(page(2))));
    wm.stubFor(resume("constructed|2001").inScenario("p3").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
    wm.stubFor(resume("constructed|2001").inScenario("p3").whenScenarioStateIs("up")
        .willReturn(aResponse().withBody(page(3))));
    List<String> delivered = new ArrayList<>();
    FileHarvestCheckpoint cp = new FileHarvestCheckpoint(dir.resolve("cp.json"));

    assertThatThrownBy(() -> harvester(cp).harvest(r -> delivered.add(r.identifier())))
        .isInstanceOf(FetchException.class);
    assertThat(cp.load().orElseThrow().pageToken()).contains("constructed|2001");
    harvester(cp).harvest(r -> delivered.add(r.identifier()));

    assertThat(delivered).isEqualTo(ALL_IDS);
  }

  @Test
  void waitsOutA503WithRetryAfter() {
    HttpFetcher patient = HttpFetcher.builder().maxAttempts(3).build();
    wm.stubFor(first().inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("ready"));
    wm.stubFor(first().inScenario("busy").whenScenarioStateIs("ready").willReturn(aResponse().withBody(page(3))));
    List<String> delivered = new ArrayList<>();
    try {
      ArxivHarvester h = ArxivHarvester.builder().fetcher(patient).baseUrl(URI.create(wm.baseUrl() + "/oai"))
          .set("physics").from(LocalDate.of(2017, 12, 14)).build();
      long started = System.nanoTime();
      h.harvest(r -> delivered.add(r.identifier()));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    } finally {
      patient.close();
    }
    assertThat(delivered).hasSize(13);
    wm.verify(2, getRequestedFor(urlPathEqualTo("/oai")));
  }

  @Test
  void harvestsArxivRawWithVersionHistory() {
    wm.stubFor(get(urlPathEqualTo("/oai")).withQueryParam("metadataPrefix", equalTo("arXivRaw"))
        .willReturn(aResponse().withBody(Fixtures.bytes("arxiv-oai/constructed_ListRecords_arXivRaw.xml"))));
    List<HarvestedRecord> records = new ArrayList<>();

    ArxivHarvester.builder().fetcher(fetcher).baseUrl(URI.create(wm.baseUrl() + "/oai"))
        .metadataFormat(MetadataFormat.ARXIV_RAW).set("physics:hep-ph").build().harvest(records::add);

    assertThat(records).hasSize(3);
    assertThat(records.get(0).versions()).hasSize(2);
    assertThat(records.get(2).deleted()).isTrue();
    wm.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("set", equalTo("physics:hep-ph")));
  }

  @Test
  void noRecordsMatchIsAnEmptyCompleteHarvestAndOtherErrorsAreTyped() {
    wm.stubFor(first().willReturn(aResponse().withBody(Fixtures.bytes("arxiv-oai/constructed_error_noRecordsMatch.xml"))));
    assertThat(harvester(HarvestCheckpoint.none()).harvest(r -> { }))
        .isEqualTo(new ArxivHarvester.Result(0, 1, false, true));

    wm.stubFor(first().willReturn(aResponse().withBody(Fixtures.bytes("arxiv-oai/constructed_error_badResumptionToken.xml"))));
    assertThatThrownBy(() -> harvester(HarvestCheckpoint.none()).harvest(r -> { }))
        .isInstanceOfSatisfying(OaiPmhException.class, e -> assertThat(e.code()).isEqualTo("badResumptionToken"));
  }

  @Test
  void refusesACheckpointOfAnotherHarvest() {
    serveThreePages();
    FileHarvestCheckpoint cp = new FileHarvestCheckpoint(dir.resolve("cp.json"));
    harvester(cp).harvest(r -> { });
    ArxivHarvester other = ArxivHarvester.builder().fetcher(fetcher).baseUrl(URI.create(wm.baseUrl() + "/oai"))
        .set("cs").checkpoint(cp).build();
    assertThatThrownBy(() -> other.harvest(r -> { })).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("different harvest");
  }

  @Test
  void perRecordCheckpointsRecordEveryAcceptedRecord() {
    serveThreePages();
    List<HarvestState> saves = new ArrayList<>();
    HarvestCheckpoint spy = new HarvestCheckpoint() {
      @Override
      public java.util.Optional<HarvestState> load() {
        return java.util.Optional.empty();
      }

      @Override
      public void save(HarvestState state) {
        saves.add(state);
      }

      @Override
      public void clear() {}
    };
    ArxivHarvester.builder().fetcher(fetcher).baseUrl(URI.create(wm.baseUrl() + "/oai")).set("physics")
        .from(LocalDate.of(2017, 12, 14)).checkpoint(spy).checkpointEveryRecord(true).build().harvest(r -> { });
    // 19 per-record saves and one per page.
    assertThat(saves).hasSize(22);
    assertThat(saves.get(1).delivered()).containsExactly(ALL_IDS.get(0), ALL_IDS.get(1));
  }

  @Test
  void rejectsBadSettingsAtBuildTime() {
    assertThatThrownBy(() -> ArxivHarvester.builder().set("cs/../x")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> ArxivHarvester.builder().from(LocalDate.of(2026, 2, 1)).until(LocalDate.of(2026, 1, 1)).build())
        .isInstanceOf(ConfigurationException.class);
  }

  private static List<String> allIds() {
    List<String> ids = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      Matcher m = Pattern.compile("<identifier>([^<]+)</identifier>").matcher(new String(page(n), java.nio.charset.StandardCharsets.UTF_8));
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return List.copyOf(ids);
  }
}
