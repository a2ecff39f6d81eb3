package dev.digestkit.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.perf.inputs.ArxivApiPage;
import dev.digestkit.perf.inputs.Document;
import dev.digestkit.perf.inputs.LabFeeds;
import dev.digestkit.perf.inputs.OaiPages;
import dev.digestkit.perf.parsers.BareStax;
import dev.digestkit.perf.parsers.Rome;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InputsTest {
  private final BareStax stax = new BareStax();
  private final Rome rome = new Rome();

  @Test
  void scaledArxivPageHoldsTheRequestedEntriesEachWithANewId() {
    Document page = ArxivApiPage.document(2000);
    String xml = new String(page.bytes(), StandardCharsets.UTF_8);

    Matcher m = Pattern.compile("<id>http://arxiv.org/abs/(\\d{4}\\.\\d{5})v\\d+</id>").matcher(xml);
    Set<String> ids = new HashSet<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).hasSize(2000).contains("2601.00001", "2601.02000");
    assertThat(ArxivApiPage.distinctRealEntries()).isGreaterThan(30);
    assertThat(stax.count(page)).isEqualTo(2000);
    assertThat(rome.count(page)).isEqualTo(2000);
  }

  @Test
  void staxAndRomeSeeTheSameEntriesInEveryLabFeed() {
    int total = 0;
    for (Document feed : LabFeeds.comparable()) {
      int count = stax.count(feed);
      assertThat(rome.count(feed)).as(feed.name()).isEqualTo(count);
      total += count;
    }
    assertThat(LabFeeds.comparable()).hasSize(17);
    assertThat(total).isGreaterThan(800);
  }

  @Test
  void romeRejectsTheFeedWhoseChannelSitsInADefaultNamespace() {
    Document fair = LabFeeds.documents().stream()
        .filter(d -> d.name().equals(LabFeeds.ROME_REJECTS)).findFirst().orElseThrow();
    assertThat(stax.count(fair)).isEqualTo(3);
    assertThatThrownBy(() -> rome.count(fair)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void oaiPageCyclesRealRecordsWithConsecutiveIds() {
    OaiPages pages = OaiPages.load();
    Document page = pages.document(50);
    String xml = new String(page.bytes(), StandardCharsets.UTF_8);

    assertThat(pages.realRecords()).isEqualTo(18);
    assertThat(stax.count(page)).isEqualTo(50);
    assertThat(xml).contains("<identifier>oai:arXiv.org:1501.10000</identifier>", "<id>1501.10049</id>")
        .doesNotContain("1706.05371")
        .contains("<resumptionToken cursor=\"0\" completeListSize=\"50\"/>");
  }

  @Test
  void oaiIdsRoundTripThroughTheirIndex() {
    for (int i : new int[] {0, 1, 89_999, 90_000, 199_999}) {
      assertThat(OaiPages.index(OaiPages.id(i))).isEqualTo(i);
    }
    assertThat(OaiPages.index("1706.05371")).isEqualTo(-1);
    assertThat(OaiPages.index("hep-th/9901001")).isEqualTo(-1);
  }

  @Test
  void oaiPageWithTokenAnnouncesTheNextPage() {
    String xml = new String(OaiPages.load().page(1000, 10, 200_000, Optional.of("p2")), StandardCharsets.UTF_8);
    assertThat(xml).contains(">p2</resumptionToken>", "<id>1501.11000</id>");
  }
}
