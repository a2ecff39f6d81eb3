package dev.digestkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.Json;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.Section;
import dev.digestkit.core.digest.SectionKind;
import dev.digestkit.core.digest.internal.Items;
import dev.digestkit.core.testing.Chromium;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsACompleteOfflineDigestWithAllFourSectionsFromTheBundledSnapshot() {
    Run r = run("digest", "--state-dir", tmp.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    String md = r.out();
    assertThat(md).startsWith("# The Inference Report\n\nApril 27, 2026\n\n");
    String[] parts = md.split("\n## ");
    assertThat(parts).hasSize(5);
    assertThat(parts[1]).startsWith("AI Labs").contains("### [");
    assertThat(parts[2]).startsWith("From the Wire").contains("### [");
    assertThat(parts[3]).startsWith("Research Papers").contains("### [").containsPattern("`cs\\.[A-Z]{2}`");
    assertThat(parts[4]).startsWith("Benchmarks")
        .contains("| # | Model | Score | tok/s | $/1M |")
        .contains("| 1 | Claude Opus 4.7 | 57.3 | 62 | $10.00 |")
        .contains("| 1 | Claude Opus 4.6 | 65.3% |");
    assertThat(md).contains("none failed");
    assertThat(md).as("extractive editorial").contains("This issue gathers");
  }

  @Test
  void anEditorInstalledAsAServiceIsChosenByName() {
    Run r = run("digest", "--editor", "test-fixed");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Editorial by a plugged-in editor over 4 sections.").doesNotContain("This issue gathers");
  }

  @Test
  void anUnknownEditorIsAUsageErrorListingTheInstalledOnes() {
    Run r = run("digest", "--editor", "oracle");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown editor 'oracle'").contains("extractive").contains("test-fixed");
  }

  @Test
  void jsonFormatReadsBackAsADigestWithEverySectionFilled() throws Exception {
    Digest d = jsonDigest(run("digest", "--format", "json"));
    assertThat(d.date()).hasToString("2026-04-27");
    for (SectionKind kind : SectionKind.values()) {
      assertThat(d.section(kind)).as(kind.name()).hasValueSatisfying(s -> assertThat(s.entries()).isNotEmpty());
    }
    assertThat(d.failures()).isEmpty();
  }

  @Test
  void oneFailingSourceStillRendersWithTheFailureInTheFooter() throws Exception {
    Path config = configWith(tmp, "{\"spec\": \"feed:https://offline.example/missing.xml\", \"group\": \"wire\"}");
    Run r = run("digest", "--config", config.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("## Research Papers").contains("| 1 | Claude Opus 4.7 |");
    String footer = r.out().substring(r.out().lastIndexOf("\n---\n"));
    assertThat(footer).contains("1 failed").contains("`feed:https://offline.example/missing.xml` failed:");
  }

  @Test
  void secondSinceLastRunShowsOnlyNewItems() throws Exception {
    Path state = tmp.resolve("state");
    Digest first = jsonDigest(run("digest", "--format", "json", "--since-last", "--state-dir", state.toString()));
    Digest second = jsonDigest(run("digest", "--format", "json", "--since-last", "--state-dir", state.toString()));
    Digest third = jsonDigest(run("digest", "--format", "json", "--since-last", "--state-dir", state.toString()));

    Set<String> firstKeys = keys(first, SectionKind.LABS, SectionKind.WIRE, SectionKind.PAPERS);
    Set<String> secondKeys = keys(second, SectionKind.LABS, SectionKind.WIRE, SectionKind.PAPERS);
    assertThat(firstKeys).isNotEmpty();
    assertThat(secondKeys).as("the snapshot holds more than one digest's worth").isNotEmpty().doesNotContainAnyElementsOf(firstKeys);
    assertThat(keys(third, SectionKind.LABS, SectionKind.WIRE, SectionKind.PAPERS)).doesNotContainAnyElementsOf(firstKeys)
        .doesNotContainAnyElementsOf(secondKeys);
    assertThat(second.section(SectionKind.BENCHMARKS).orElseThrow().entries()).as("leaderboards always show").isNotEmpty();
    assertThat(Files.exists(state.resolve("seen-snapshot.tsv"))).isTrue();

    Digest fresh = jsonDigest(run("digest", "--format", "json"));
    assertThat(keys(fresh, SectionKind.LABS, SectionKind.WIRE, SectionKind.PAPERS)).as("without --since-last").isEqualTo(firstKeys);
  }

  @Test
  void htmlDigestOpensInChromiumWithEverySectionAndNoScriptRunEvenFromAHostileFeed() throws Exception {
    Chromium.ensureInstalled();
    Path recordings = snapshotPlusHostileFeed();
    Path config = configWith(tmp, "{\"spec\": \"feed:https://hostile.example/feed.xml\", \"group\": \"labs\"}");
    Path page = tmp.resolve("digest.html");

    Run r = run("digest", "--replay", recordings.toString(), "--config", config.toString(), "--format", "html", "--out", page.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).as("the hostile feed was read").contains("Breaking");

    String dom = Chromium.dumpDom(page, tmp);
    assertThat(dom).doesNotContain("<x-pwned");
    for (String id : List.of("labs", "wire", "papers", "benchmarks")) {
      assertThat(dom).contains("<section id=\"" + id + "\"");
    }
    assertThat(dom).contains("<svg").contains("class=\"chart bars\"").contains("class=\"chart scatter\"");
    assertThat(dom).doesNotContain("href=\"javascript:").doesNotContain("href=\"data:").doesNotContain("href=\"vbscript:");
    assertThat(dom).doesNotContain("<script").doesNotContain("<iframe").doesNotContain(" onerror=");
  }

  @Test
  void unknownFormatIsBadInput() {
    Run r = run("digest", "--format", "pdf");
    assertThat(r.exit()).isEqualTo(Main.EXIT_INPUT);
    assertThat(r.err()).contains("unknown format 'pdf'");
  }

  private static Digest jsonDigest(Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return Json.newMapper().readValue(r.out(), Digest.class);
  }

  private static Set<String> keys(Digest d, SectionKind... kinds) {
    return Stream.of(kinds).map(k -> d.section(k).orElseThrow()).map(Section::entries).flatMap(List::stream)
        .map(DigestEntry::item).map(Items::key).collect(Collectors.toSet());
  }

  /** The default configuration with one more source. */
  static Path configWith(Path dir, String extraSourceJson) throws Exception {
    ObjectMapper m = Json.newMapper();
    ObjectNode cfg;
    try (InputStream in = DigestConfig.class.getResourceAsStream(DigestConfig.DEFAULT_RESOURCE)) {
      cfg = (ObjectNode) m.readTree(in);
    }
    JsonNode extra = m.readTree(extraSourceJson);
    ((ArrayNode) cfg.get("sources")).add(extra);
    Path file = dir.resolve("config.json");
    m.writeValue(file.toFile(), cfg);
    return file;
  }

  /** The bundled snapshot's cassettes plus the hostile feed's, in a directory to replay. */
  private Path snapshotPlusHostileFeed() throws Exception {
    Path dir = tmp.resolve("recordings");
    Path snapshot = resourceDir("/snapshot/index.txt");
    try (Stream<Path> files = Files.walk(snapshot)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(snapshot.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path hostile = resourceDir("/hostile/hostile-lab.json");
    Files.copy(hostile.resolve("hostile-lab.json"), dir.resolve("hostile-lab.json"));
    Files.copy(hostile.resolve("hostile-lab.xml"), dir.resolve("hostile-lab.xml"));
    Files.writeString(dir.resolve("index.txt"), "hostile-lab.json\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    return dir;
  }

  private static Path resourceDir(String resource) throws Exception {
    URL url = DigestCommandTest.class.getResource(resource);
    assertThat(url).as(resource).isNotNull();
    return Path.of(url.toURI()).getParent();
  }
}
