package dev.digestkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.Section;
import dev.digestkit.core.digest.SectionKind;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.digest.TimeWindow;
import dev.digestkit.core.feed.FeedEntry;
import dev.digestkit.core.feed.Feeds;
import dev.digestkit.core.feed.ParsedFeed;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Author;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.MetricUnit;
import dev.digestkit.core.model.Model;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.model.PaperLinks;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import dev.digestkit.core.model.Text;
import dev.digestkit.core.render.HtmlRenderer;
import dev.digestkit.core.render.MarkdownRenderer;
import dev.digestkit.core.testing.HeadlessChromium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Source text never becomes markup in the HTML digest, dangerous link schemes never become
 * links, and a corpus of XSS payloads in every field runs no script in a real browser, with
 * the page's Content-Security-Policy and without it (escaping alone must hold).
 */
class HtmlOutputSafetyTest {
  /** What a payload's script would add to the page; no payload contains it literally. */
  private static final String MARKER = "PWNED-42";
  private static final String JS = "document.body.append('PWN'+'ED-'+(6*7))";
  private static final LocalDate DATE = LocalDate.of(2026, 4, 22);
  private static final Instant AT = Instant.parse("2026-04-22T10:00:00Z");

  private static List<String> payloads;

  @TempDir
  Path tmp;

  @BeforeAll
  static void loadPayloads() throws IOException {
    try (InputStream in = HtmlOutputSafetyTest.class.getResourceAsStream("xss-payloads.txt")) {
      payloads = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.replace("{JS}", JS)).toList();
    }
    assertThat(payloads).hasSizeGreaterThan(25).noneMatch(p -> p.contains(MARKER));
  }

  @Test
  void everyPayloadInEveryFieldStaysText() {
    String html = HtmlRenderer.builder().build().render(hostileDigest());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, object, embed, img, video, audio, source, input, button, form, "
        + "details, base, meta[http-equiv=refresh], math, noscript")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWithIgnoringCase("on");
      }
    }
    assertThat(html).doesNotContain(MARKER);
    // Markdown is often turned into HTML by whatever shows it: no tag may get through there
    // either (a backslash-escaped \\< is a literal character in CommonMark).
    String md = new MarkdownRenderer().render(hostileDigest());
    // Code spans (`...`, no backtick inside) are literal text in CommonMark, so they are left out.
    assertThat(md.replaceAll("(?<!\\\\)`[^`\\n]*`", "")).doesNotContainPattern("(?i)(?<!\\\\)<(script|img|svg|iframe|object|details|body|math|input|video|x |a |form|meta|base|style|noscript)");
    assertNoDangerousMarkdownLink(md);
    // Every payload is on the page, as text.
    String text = doc.text();
    for (String p : payloads) {
      assertThat(text).contains(p.strip());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:" + "alert(1)", "JaVaScRiPt:alert(1)", "javascript://example.org/%0Aalert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
      "DATA:text/html,x", "file:///etc/passwd", "jar:http://example.org/x.jar!/", "//example.org/no-scheme"})
  void dangerousSchemesNeverBecomeLinks(String link) {
    URI uri = URI.create(link);
    Announcement a = announcement("t", uri, "s");
    Leaderboard b = board("b", Optional.of(uri));
    Digest d = digest("t", List.of(
        new Section(SectionKind.LABS, "Labs", List.of(new DigestEntry(a, 1, List.of(uri), List.of(), "s"))),
        new Section(SectionKind.BENCHMARKS, "Boards", List.of(new DigestEntry(b, 1, List.of(), List.of(), "s")))));
    assertNoDangerousUrl(HtmlRenderer.builder().build().render(d));
    assertNoDangerousMarkdownLink(new MarkdownRenderer().render(d));
  }

  @Test
  void obfuscatedFeedLinksNeverBecomeLinks() throws IOException {
    byte[] wellFormed = resource("obfuscated-links.rss");
    // The same links again in an ill-formed copy, so the lenient fallback path is held to it too.
    String illFormed = new String(wellFormed, StandardCharsets.UTF_8).replace("<item><title>fine</title>",
        "<item><title>control & co</title><link>\u0001javascript:alert(1)</link></item><item><title>fine</title>");
    for (byte[] doc : List.of(wellFormed, illFormed.getBytes(StandardCharsets.UTF_8))) {
      ParsedFeed feed = Feeds.parse(new ByteArrayInputStream(doc), URI.create("https://example.org/feed.xml"));
      assertThat(feed.entries()).hasSizeGreaterThanOrEqualTo(13);
      List<DigestEntry> entries = new ArrayList<>();
      for (FeedEntry e : feed.entries()) {
        URI url = e.link().orElse(URI.create("https://example.org/feed.xml"));
        entries.add(new DigestEntry(announcement(e.title().text(), url, e.summary().text()), 1, e.links(), List.of(), "feed"));
      }
      Digest d = digest("feed", List.of(new Section(SectionKind.LABS, "Labs", entries)));
      String html = HtmlRenderer.builder().build().render(d);
      assertNoDangerousUrl(html);
      assertNoDangerousMarkdownLink(new MarkdownRenderer().render(d));
      assertThat(Jsoup.parse(html).select("a[href=https://example.org/fine]")).isNotEmpty();
    }
  }

  @Test
  void xssCorpusRunsNoScriptInHeadlessChromium() throws IOException, InterruptedException {
    HeadlessChromium.ensure();
    // The harness must see a script that does run, or its silence would prove nothing.
    Path control = tmp.resolve("control.html");
    Files.writeString(control, "<html><body><p>control</p><script>" + JS + "</script></body></html>");
    assertThat(HeadlessChromium.dumpDom(control, tmp)).contains(MARKER);

    String html = HtmlRenderer.builder().build().render(hostileDigest());
    Path page = tmp.resolve("digest.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path noCsp = tmp.resolve("digest-without-csp.html");
    String stripped = html.replaceAll("(?is)<meta[^>]*Content-Security-Policy[^>]*>", "");
    assertThat(stripped).isNotEqualTo(html);
    Files.writeString(noCsp, stripped, StandardCharsets.UTF_8);

    for (Path p : List.of(page, noCsp)) {
      String dom = HeadlessChromium.dumpDom(p, tmp);
      assertThat(dom).as("DOM of %s", p.getFileName()).contains("Research Papers").doesNotContain(MARKER);
    }
  }

  // --- fixtures ----------------------------------------------------------------------------

  private Digest hostileDigest() {
    List<DigestEntry> labs = new ArrayList<>();
    List<DigestEntry> papers = new ArrayList<>();
    List<DigestEntry> boards = new ArrayList<>();
    List<SourceOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      URI url = URI.create("https://example.org/post/" + i);
      Publisher pub = new Publisher("lab" + i, p, Optional.of(url), Optional.empty(), PublisherGroup.LABS);
      labs.add(new DigestEntry(new Announcement("a" + i, pub, new Text(p, p), url, Optional.of(AT), Optional.empty(),
          new Text(p, p), List.of(p), List.of(p), Optional.empty()), 1, List.of(url), List.of(p), p));
      Paper paper = Paper.builder("2604." + (10000 + i)).title(new Text(p, p)).abstractText(new Text(p, p))
          .primaryCategory(p).addCategory(p).addAuthor(Author.of(p))
          .links(new PaperLinks(Optional.of(URI.create("https://arxiv.org/abs/2604." + (10000 + i))), Optional.empty(), Optional.empty()))
          .published(AT).build();
      papers.add(new DigestEntry(paper, 1, List.of(), List.of(p), p));
      outcomes.add(new SourceOutcome("feed:" + p, SourceOutcome.Status.FAILED, 0, Duration.ofMillis(5), Optional.of(p), List.of(p)));
    }
    for (int i = 0; i < payloads.size(); i += 10) {
      boards.add(new DigestEntry(boardOf(payloads.subList(i, Math.min(i + 10, payloads.size()))), 1, List.of(), List.of(), "board"));
    }
    Digest d = digest(payloads.get(0), List.of(
        new Section(SectionKind.LABS, payloads.get(1), labs),
        new Section(SectionKind.PAPERS, "Research Papers", papers),
        new Section(SectionKind.BENCHMARKS, payloads.get(2), boards)));
    return new Digest(d.title(), d.date(), d.window(), Optional.of(String.join("\n\n", payloads)), d.sections(), outcomes);
  }

  private static Leaderboard boardOf(List<String> names) {
    Metric score = new Metric("score", names.get(0), MetricUnit.SCORE, true);
    Metric price = new Metric("price", names.get(names.size() - 1), MetricUnit.USD_PER_MILLION_TOKENS, false);
    List<LeaderboardEntry> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      rows.add(new LeaderboardEntry(i + 1, new Model(names.get(i), "m" + i, Optional.of(names.get(i))),
          Map.of("score", Measurement.of(90 - i), "price", Measurement.of(1 + i))));
    }
    return new Leaderboard("board-" + names.get(0).hashCode(), names.get(0), Optional.of(names.get(0)),
        Optional.of(URI.create("https://example.org/board")), AT, Optional.of(DATE), List.of(score, price), rows, names);
  }

  private static Leaderboard board(String name, Optional<URI> source) {
    return new Leaderboard("b", name, Optional.empty(), source, AT, Optional.empty(),
        List.of(new Metric("score", "Score", MetricUnit.SCORE, true)),
        List.of(new LeaderboardEntry(1, new Model("m", "m", Optional.empty()), Map.of("score", Measurement.of(1)))), List.of());
  }

  private static Announcement announcement(String title, URI url, String summary) {
    Publisher pub = new Publisher("lab", "Lab", Optional.empty(), Optional.empty(), PublisherGroup.LABS);
    return new Announcement(url.toString(), pub, Text.plain(title), url, Optional.of(AT), Optional.empty(),
        Text.plain(summary), List.of(), List.of(), Optional.empty());
  }

  private static Digest digest(String title, List<Section> sections) {
    return new Digest(title, DATE, TimeWindow.days(DATE, 1), Optional.empty(), sections, List.<SourceOutcome>of());
  }

  private static void assertNoDangerousUrl(String html) {
    Document doc = Jsoup.parse(html);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("href") || key.endsWith(":href") || key.equals("src") || key.equals("action")
            || key.equals("formaction") || key.equals("data") || key.equals("poster")) {
          assertThat(scheme(a.getValue())).as("%s on <%s>", key, e.tagName()).isIn("http", "https");
        }
      }
    }
  }

  private static void assertNoDangerousMarkdownLink(String md) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)").matcher(md);
    while (m.find()) {
      assertThat(scheme(m.group(1))).as("markdown link %s", m.group()).isIn("http", "https");
    }
    assertThat(md.toLowerCase(Locale.ROOT)).doesNotContainPattern("<(javascript|data|vbscript):");
  }

  /** The scheme a browser would see: it drops leading controls and spaces, and tabs and newlines anywhere. */
  private static String scheme(String url) {
    String s = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    return colon < 0 ? "" : s.substring(0, colon);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = HtmlOutputSafetyTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
