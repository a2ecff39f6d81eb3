package dev.digestkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.Json;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelJsonTest {
  private static final ObjectMapper MAPPER = Json.newMapper();

  static Paper fullPaper() {
    return Paper.builder("2604.12345")
        .version(3)
        .title(Text.latex("Kernel-based games with unbiased random Fourier $U$-statistics"))
        .addAuthor(new Author("Erwin Schrödinger", List.of("Universität Wien", "DIAS")))
        .addAuthor(Author.of("Ada Lovelace"))
        .abstractText(Text.latex("A $O(\\varepsilon^{-4})$ bound for the Schr\\\"odinger bridge."))
        .primaryCategory("math.OC")
        .categories(List.of("math.OC", "cs.LG", "stat.ML"))
        .published(Instant.parse("2026-04-21T17:59:59Z"))
        .updated(Instant.parse("2026-04-22T08:00:00Z"))
        .comment("12 pages, 3 figures")
        .journalRef("J. Optim. 12 (2026) 1-12")
        .doi("10.1000/xyz123")
        .links(new PaperLinks(Optional.of(URI.create("https://arxiv.org/abs/2604.12345v3")),
            Optional.of(URI.create("https://arxiv.org/pdf/2604.12345v3")),
            Optional.of(URI.create("https://arxiv.org/html/2604.12345v3"))))
        .announceType(AnnounceType.REPLACE_CROSS)
        .build();
  }

  static Publisher publisher() {
    return new Publisher("openai", "OpenAI", Optional.of(URI.create("https://openai.com/news/")),
        Optional.of(URI.create("https://openai.com/news/rss.xml")), PublisherGroup.LABS);
  }

  static Announcement fullAnnouncement() {
    return new Announcement("https://openai.com/index/codex-partners", publisher(),
        Text.html("Codex &amp; <b>partners</b>"), URI.create("https://openai.com/index/codex-partners"),
        Optional.of(Instant.parse("2026-04-22T14:00:00Z")), Optional.of(Instant.parse("2026-04-22T15:30:00Z")),
        Text.html("<p>Systems integrators: Accenture, PwC &amp; Infosys.</p>"), List.of("OpenAI"),
        List.of("Company", "Product"), Optional.of(URI.create("https://images.openai.com/codex.png")));
  }

  static Leaderboard fullLeaderboard() {
    Metric score = new Metric("intelligence_index", "Score", MetricUnit.SCORE, true);
    Metric price = new Metric("price", "$/1M", MetricUnit.USD_PER_MILLION_TOKENS, false);
    Metric elo = new Metric("elo", "Arena Elo", MetricUnit.ELO, true);
    Map<String, Measurement> first = new LinkedHashMap<>();
    first.put("intelligence_index", Measurement.of(57.3));
    first.put("price", Measurement.of(10.0));
    first.put("elo", new Measurement(1502.5, Optional.of(new Interval(1497.25, 1508.0)), Optional.of(31_415L)));
    Map<String, Measurement> second = new LinkedHashMap<>();
    second.put("intelligence_index", Measurement.of(57.2));
    return new Leaderboard("artificial-analysis", "Artificial Analysis Intelligence Index",
        Optional.of("Composite of ten evaluations"), Optional.of(URI.create("https://artificialanalysis.ai/")),
        Instant.parse("2026-04-22T06:00:00Z"), Optional.of(LocalDate.parse("2026-04-21")),
        List.of(score, price, elo),
        List.of(new LeaderboardEntry(1, new Model("Claude Opus 4.7", "claude-opus-4.7", Optional.of("Anthropic")), first),
            new LeaderboardEntry(2, new Model("Gemini 3.1 Pro Preview", "gemini-3.1-pro", Optional.empty()), second)),
        List.of("row 7: price 'n/a' not a number"));
  }

  static Stream<Object> everyRecord() {
    return Stream.of(
        fullPaper(),
        Paper.builder("hep-th/9901001").build(),
        Author.of("Ada Lovelace"),
        new Author("Erwin Schrödinger", List.of("Universität Wien")),
        fullAnnouncement(),
        new Announcement("urn:x", new Publisher("x", "X", null, null, PublisherGroup.WIRE), null,
            URI.create("https://x.org/a"), null, null, null, null, null, null),
        publisher(),
        new Publisher("aisi", "UK AISI", Optional.empty(), Optional.empty(), PublisherGroup.WIRE),
        fullLeaderboard(),
        new Leaderboard("empty", "Empty", Optional.empty(), Optional.empty(), Instant.EPOCH, Optional.empty(),
            List.of(), List.of(), List.of()),
        new Model("GPT-5.4", "gpt-5.4", Optional.of("OpenAI")),
        new Model("GPT-5.4", "gpt-5.4", Optional.empty()),
        new Metric("tps", "tok/s", MetricUnit.TOKENS_PER_SECOND, true),
        new Measurement(-0.5, Optional.of(new Interval(-1.0, 0.0)), Optional.of(0L)),
        Measurement.of(0.0),
        new Interval(1.5, 1.5),
        Text.latex("$\\varepsilon$-KKT"),
        Text.EMPTY,
        new LeaderboardEntry(3, new Model("Kimi K2.6", "kimi-k2.6", Optional.empty()), Map.of()),
        PaperLinks.NONE);
  }

  @ParameterizedTest
  @MethodSource("everyRecord")
  void roundTripsThroughJson(Object record) throws Exception {
    String json = MAPPER.writeValueAsString(record);
    assertThat(MAPPER.readValue(json, record.getClass())).as(json).isEqualTo(record);
  }

  @Test
  void roundTripsPolymorphicItemLists() throws Exception {
    List<Item> items = List.of(fullPaper(), fullAnnouncement(), fullLeaderboard(), Paper.builder("0704.0001").build());
    String json = MAPPER.writerFor(new TypeReference<List<Item>>() {}).writeValueAsString(items);
    JsonNode tree = MAPPER.readTree(json);
    assertThat(tree.findValuesAsText("type")).containsExactly("paper", "announcement", "leaderboard", "paper");
    assertThat(MAPPER.readValue(json, new TypeReference<List<Item>>() {})).isEqualTo(items);
  }

  @Test
  void writesItemsWithTheirTypeEvenAlone() throws Exception {
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(fullLeaderboard())).get("type").asText())
        .isEqualTo("leaderboard");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(fullPaper()), Item.class)).isEqualTo(fullPaper());
  }

  @Test
  void writesAbsentOptionalsAsNullAndReadsThemBackEmpty() throws Exception {
    Paper bare = Paper.builder("2604.00001").build();
    JsonNode tree = MAPPER.readTree(MAPPER.writeValueAsString(bare));
    for (String field : List.of("version", "primaryCategory", "published", "updated", "comment", "journalRef", "doi",
        "announceType")) {
      assertThat(tree.has(field)).as(field).isTrue();
      assertThat(tree.get(field).isNull()).as(field).isTrue();
    }
    assertThat(tree.get("links").get("abs").isNull()).isTrue();
    Paper read = MAPPER.readValue("{\"type\":\"paper\",\"id\":\"2604.00001\",\"version\":null,\"links\":{\"pdf\":null}}", Paper.class);
    assertThat(read).isEqualTo(bare);
    assertThat(MAPPER.readValue("{\"type\":\"paper\",\"id\":\"2604.00001\"}", Paper.class)).isEqualTo(bare);
  }

  @Test
  void writesTimesAsIsoUtcStrings() throws Exception {
    JsonNode paper = MAPPER.readTree(MAPPER.writeValueAsString(fullPaper()));
    assertThat(paper.get("published").asText()).isEqualTo("2026-04-21T17:59:59Z");
    JsonNode board = MAPPER.readTree(MAPPER.writeValueAsString(fullLeaderboard()));
    assertThat(board.get("retrievedAt").asText()).isEqualTo("2026-04-22T06:00:00Z");
    assertThat(board.get("asOf").asText()).isEqualTo("2026-04-21");
    Paper offset = MAPPER.readValue("{\"type\":\"paper\",\"id\":\"1\",\"published\":\"2026-04-21T19:59:59+02:00\"}", Paper.class);
    assertThat(offset.published()).contains(Instant.parse("2026-04-21T17:59:59Z"));
  }

  @Test
  void writesTheWireNamesOfEnumsAndTheAbstractUnderItsJsonName() throws Exception {
    JsonNode paper = MAPPER.readTree(MAPPER.writeValueAsString(fullPaper()));
    assertThat(paper.get("announceType").asText()).isEqualTo("replace-cross");
    assertThat(paper.get("abstract").get("raw").asText()).startsWith("A $O(");
    assertThat(paper.has("abstractText")).isFalse();
    JsonNode board = MAPPER.readTree(MAPPER.writeValueAsString(fullLeaderboard()));
    assertThat(board.at("/metrics/1/unit").asText()).isEqualTo("usd_per_1m_tokens");
    assertThat(board.at("/entries/0/values/elo/interval/lower").asDouble()).isEqualTo(1497.25);
    assertThat(board.at("/entries/0/values/elo/samples").asLong()).isEqualTo(31_415L);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(publisher())).get("group").asText()).isEqualTo("labs");
  }

  @Test
  void writesOnlyComponentsNotDerivedAccessors() throws Exception {
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(Text.plain("x"))).fieldNames())
        .toIterable().containsExactlyInAnyOrder("text", "raw");
    JsonNode announcement = MAPPER.readTree(MAPPER.writeValueAsString(fullAnnouncement()));
    assertThat(announcement.has("time")).isFalse();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(fullPaper())).has("versionedId")).isFalse();
  }

  @Test
  void readsMissingListsAndTextsAsEmpty() throws Exception {
    assertThat(MAPPER.readValue("{\"name\":\"Ada Lovelace\"}", Author.class)).isEqualTo(Author.of("Ada Lovelace"));
    Paper read = MAPPER.readValue("{\"type\":\"paper\",\"id\":\"1\",\"authors\":null}", Paper.class);
    assertThat(read.authors()).isEmpty();
    assertThat(read.title()).isEqualTo(Text.EMPTY);
    assertThat(read.links()).isEqualTo(PaperLinks.NONE);
  }

  @Test
  void keepsLeaderboardColumnOrder() throws Exception {
    Leaderboard read = MAPPER.readValue(MAPPER.writeValueAsString(fullLeaderboard()), Leaderboard.class);
    assertThat(read.entries().get(0).values().keySet()).containsExactly("intelligence_index", "price", "elo");
  }
}
