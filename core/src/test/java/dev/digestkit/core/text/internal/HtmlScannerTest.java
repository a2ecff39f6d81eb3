package dev.digestkit.core.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The scanner gives exactly jsoup's text, or declines; it must not decline the common case. */
class HtmlScannerTest {
  private static final Set<String> FIELDS = Set.of("title", "summary", "description", "encoded", "content", "subtitle");

  private static String viaJsoup(String html) {
    return TextNormalizer.plain(Jsoup.parseBodyFragment(html).body().text());
  }

  private static void assertSameOrDeclined(String html) {
    String scanned = HtmlScanner.toText(html);
    if (scanned != null) {
      assertThat(TextNormalizer.plain(scanned)).as("scanner text of %s", html).isEqualTo(viaJsoup(html));
    }
    String folded = HtmlScanner.toPlainText(html);
    if (folded != null) {
      assertThat(scanned).as("toText declines where toPlainText did not: %s", html).isNotNull();
      assertThat(folded).as("folded scanner text of %s", html).isEqualTo(TextNormalizer.plain(scanned));
    }
    assertThat(TextNormalizer.htmlToText(html)).as("htmlToText of %s", html).isEqualTo(viaJsoup(html));
  }

  @Test
  void givesJsoupsTextForEveryTextFieldOfTheRealFeeds() throws Exception {
    List<String> texts = realFeedTexts();
    int scanned = 0;
    for (String html : texts) {
      assertSameOrDeclined(html);
      if (HtmlScanner.toText(html) != null) {
        scanned++;
      }
    }
    assertThat(texts).hasSizeGreaterThan(500);
    // The point is speed: the real articles must mostly take the scanner's path.
    assertThat(scanned).as("fields scanned without jsoup").isGreaterThan(texts.size() * 9 / 10);
  }

  @Test
  void givesJsoupsTextOrDeclinesOnRandomHtml() {
    String[] pieces = {"a", " ", "b c", "\n", "\u00A0", "\u00AD", "\u200B", "é", "e\u0301", "\uD83D\uDE00", "&amp;",
        "&eacute;", "&copy2026", "&#150;", "&#x41;", "&nbsp;", "&shy;", "&bogus;", "&", "<", ">", "\"", "'", "/",
        "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<b>", "</b>", "<i>", "</i>", "<a href=\"x>y\">", "</a>",
        "<span class=k>", "</span>", "<img src='i.png' alt=\"A\"/>", "<hr>", "<ul>", "</ul>", "<li>", "</li>",
        "<pre>", "</pre>", "<h2>", "</h2>", "<!-- c -->", "<!-->", "<script>x<y</script>", "<style>p{}</style>",
        "<![CDATA[z]]>", "<table>", "<td>", "<P CLASS=x>", "</P >", "<blockquote>", "</blockquote>", "<em>",
        "</em>", "<code>", "</code>", "<figure>", "</figure>", "<wbr>", "<sup>", "</sup>", "<x-y>", "<?php ?>",
        "\u0000", "\uD800", "<li ", "<a b='c'd>", "<br =x>", "<audio controls>", "</audio>", "<video>", "</video>",
        "<meta name=a content='b'/>", "<link rel=x>", "<picture>", "</picture>", "<iframe src=x></iframe>", "<iframe>", "</iframe>",
        "<style><!-- a </style> -->", "<script><!-- x</script>"};
    int scanned = scannedOfRandom(pieces, 3, 30_000, 10);
    assertThat(scanned).as("random fragments scanned").isGreaterThan(3_000);
  }

  @Test
  void givesJsoupsTextOrDeclinesOnRandomTablesAndSvg() {
    String[] pieces = {"a", " ", "\n  ", "b c", "&amp;", "&nbsp;", "\u00AD", "\u2003", "\u3000", "\u0085", "\u2028",
        "\u000B", "\u0001", "\u2060", "\uFEFF", "\t", "e\u0301", "\u0301", "&#x301;", "&#8203;", "&#173;", "\u00A0",
        "&#8217;", "&#X2019;", "&#x1F600;", "&#65", "&#0065;", "&lt;", "&gt;", "&quot;", "&apos;", "&AMP;", "&amp1;",
        "&#xD800;", "&#127;", "&#9999999;", "&#x200B;", "&#160;", "&#32;", "&#10;", "&#xfffd;", "&#xFFFE;", "&eacute;",
        "&nbsp", "&#x;", "&#;", "&;", "&lt", "&#38;", "&#x26;amp;", "<table>", "</table>", "<thead>", "</thead>",
        "<tbody>", "</tbody>", "<tfoot>", "</tfoot>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "<TD>",
        "<td colspan=2>", "<caption>", "<col>", "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<br>", "<li>",
        "</li>", "<ul>", "</ul>", "<h2>", "</h2>", "<a href=x>", "</a>", "<!-- c -->", "<img src=x>", "<span>", "</span>",
        "<svg width=\"4\" viewBox=\"0 0 4 4\">", "<svg/>", "</svg>", "<SVG>", "<g>", "</g>", "<g/>",
        "<path d=\"M0 0L1 1Z\" fill=\"white\"/>", "<path d='M1'>", "</path>", "<linearGradient id=g>",
        "</linearGradient>", "<stop offset=0 />", "<text>", "</text>", "<tspan>", "</tspan>", "<title>", "</title>",
        "<foreignObject>", "</foreignObject>", "<circle r=1/>", "<rect/>", "<script>x</script>", "<style>p{}</style>",
        "<pre>", "</pre>", "<em>", "</em>", "<audio>", "</audio>", "<font color=red>", "</font>"};
    int scanned = scannedOfRandom(pieces, 5, 40_000, 14);
    assertThat(scanned).as("random fragments scanned").isGreaterThan(2_000);
  }

  @Test
  void decodesCharacterReferencesAsJsoupDoes() {
    String[] pieces = {"a", " ", "\n", "x y", "\u00A0", "é", "&#8217;", "&#X2019;", "&#x1F600;", "&#65", "&#0065;", "&lt;",
        "&gt;", "&quot;", "&apos;", "&amp;", "&AMP;", "&amp1;", "&#xD800;", "&#127;", "&#150;", "&#9999999;", "&#x200B;",
        "&#173;", "&#160;", "&#32;", "&#10;", "&#9;", "&#xfffd;", "&#xFFFE;", "&#xFDD0;", "&eacute;", "&nbsp;", "&nbsp", "&#x;",
        "&#;", "&;", "&lt", "&#38;", "&#x26;amp;", "&", "&#", "&#x", "&#1234567;", "&#x0041;", "&#x00a0;", "&#xAD;",
        "<p>", "</p>", "<b>", "</b>", "<pre>", "</pre>", "<br>"};
    SplittableRandom random = new SplittableRandom(9);
    int scanned = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(10);
      for (int i = 0; i < len; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String html = b.toString();
      assertSameOrDeclined(html);
      if (HtmlScanner.toPlainText(html) != null) {
        scanned++;
      }
    }
    assertThat(scanned).as("fragments with references scanned").isGreaterThan(10_000);
  }

  @Test
  void givesJsoupsTextOnTidyTablesAndInlineSvg() {
    String[] tidy = {
      "<p>before</p><table><thead><tr><th>H</th><th><strong>G</strong></th></tr></thead>"
          + "<tbody><tr><td>1</td><td>2 / <em>3</em></td></tr></tbody></table><p>after</p>",
      "x<table>\n <tbody>\n  <tr>\n   <td>a</td>\n  </tr>\n </tbody>\n</table>y",
      "<div>a<svg width=\"416\" viewBox=\"0 0 416 256\" xmlns=\"http://www.w3.org/2000/svg\">\n"
          + "  <path d=\"M32 160L32 192Z\" fill=\"white\"/>\n  <g><rect/></g>\n</svg>b</div>",
      "<p>x<svg><linearGradient id=a><stop offset=\"0\"/></linearGradient><text>t<tspan>u</tspan></text></svg>y</p>",
      "a<svg/>b<table><tbody><tr><td><table><tbody><tr><td>in</td></tr></tbody></table></td></tr></tbody></table>c",
    };
    for (String html : tidy) {
      assertThat(HtmlScanner.toText(html)).as("scanned: %s", html).isNotNull();
      assertSameOrDeclined(html);
    }
    // foster parenting, an implied tbody or cell end, HTML inside SVG: jsoup's tree builder decides
    assertThat(HtmlScanner.toText("<table>text<tbody></tbody></table>")).isNull();
    assertThat(HtmlScanner.toText("<table><tbody><tr><td>a<td>b</tr></tbody></table>")).isNull();
    assertThat(HtmlScanner.toText("<svg><p>a</p></svg>")).isNull();
    assertThat(HtmlScanner.toText("<svg><foreignObject>a</foreignObject></svg>")).isNull();
  }

  @Test
  void craftedShapesGiveJsoupsTextOrDecline() {
    // shapes that would make per-tag or per-run work grow with nesting depth or reference count
    String deepPre = "<pre>" + "<div>".repeat(2_000) + "<pre>a</pre>".repeat(5_000) + "</div>".repeat(2_000) + "</pre>";
    String references = "&#8217;&amp;&nbsp;&lt;x&gt;".repeat(20_000);
    String words = ("w" + " ".repeat(3) + "\u2019").repeat(50_000);
    String longWord = "x".repeat(500_000);
    String svg = "<svg>" + "<g>".repeat(3_000) + "<path d='M0'/>".repeat(3_000) + "</g>".repeat(3_000) + "</svg>";
    String table = "<table><tbody>" + "<tr><td>c</td><td><b>d</b></td></tr>".repeat(5_000) + "</tbody></table>";
    for (String html : List.of(deepPre, references, words, longWord, svg, table)) {
      assertSameOrDeclined(html);
    }
    assertThat(HtmlScanner.toPlainText(references)).isNotNull();
    assertThat(HtmlScanner.toPlainText(table)).isNotNull();
  }

  // Starters that compose or not, combining marks of several classes, Hangul jamo, Indic vowel
  // signs that compose with a preceding starter, singletons and exclusions, surrogates, and the
  // inert characters around them.
  private static final String[] NFC_PIECES = {"a", "e", "A", "\u00E9", "\u2019", "\u201C", "\u2014", " ", "\u0301", "\u0300",
      "\u0327", "\u0338", "\u0345", "\u05B0", "\u0323", "\u1100", "\u1161", "\u11A8", "\uAC00", "\u212B", "\u0340", "\u0958",
      "\u2190", "\u219A", "\u21A9", "\uFE0E", "\u2212", "\u4E50", "\uD83D\uDE00", "\u0B47", "\u0B3E", "\u09C7", "\u09BE", "=",
      "\u03B1", "\u0391", "\u0313", "\u1F00", "\u00C5", "\u030A", "\u3099", "\u304B"};

  @Test
  void nfcCheckOfStretchesAgreesWithTheNormalizer() {
    SplittableRandom random = new SplittableRandom(43);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(10);
      for (int i = 0; i < len; i++) {
        b.append(NFC_PIECES[random.nextInt(NFC_PIECES.length)]);
      }
      String s = b.toString();
      assertThat(HtmlScanner.isNfc(s)).as("isNfc(%s)", s)
          .isEqualTo(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC));
    }
  }

  @Test
  void foldedTextIsNfcWhereverTheFirstNonInertCharacterFalls() {
    // toPlainText checks NFC from where it wrote the first non-inert character; runs rewritten by
    // jsoup's decoder (&bogus;) and separators inserted before earlier text must not fool it
    String[] markup = {"<p>", "</p>", "<b>", "</b>", "<br>", "<li>", "</li>", "&amp;", "&bogus;", "&#x301;", "&#8217;",
        "&eacute;", "<span>", "</span>", "<div>", "</div>"};
    SplittableRandom random = new SplittableRandom(47);
    int odd = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        b.append(random.nextInt(3) == 0 ? markup[random.nextInt(markup.length)] : NFC_PIECES[random.nextInt(NFC_PIECES.length)]);
      }
      String html = b.toString();
      String folded = HtmlScanner.toPlainText(html);
      if (folded != null) {
        String reference = TextNormalizer.plain(HtmlScanner.toText(html));
        assertThat(folded).as("toPlainText(%s)", html).isEqualTo(reference);
        if (!java.text.Normalizer.isNormalized(HtmlScanner.toText(html), java.text.Normalizer.Form.NFC)) {
          odd++;
        }
      }
      assertSameOrDeclined(html);
    }
    assertThat(odd).as("fragments whose scanned text NFC changes").isGreaterThan(1_000);
  }

  @Test
  void nfcLeavesTextOfInertCharactersAlone() {
    List<Character> inert = new ArrayList<>();
    for (char c = 0x20; c < 0xFFFF; c++) {
      if (HtmlScanner.nfcInert(c)) {
        inert.add(c);
        assertThat(java.text.Normalizer.isNormalized(String.valueOf(c), java.text.Normalizer.Form.NFC))
            .as("U+%04X is NFC", (int) c).isTrue();
      }
    }
    // composition and reordering act on neighbours (every character here is a starter), so pairs decide
    char[] pair = new char[2];
    for (char a : inert) {
      for (char b : inert) {
        pair[0] = a;
        pair[1] = b;
        String p = new String(pair);
        if (!java.text.Normalizer.isNormalized(p, java.text.Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
        }
      }
    }
  }

  @Test
  void declinesWhatTheTreeBuilderWouldRepair() {
    assertThat(HtmlScanner.toText("<p>a<div>b</div>")).isNull();
    assertThat(HtmlScanner.toText("<b>a<i>b</b>c</i>")).isNull();
    assertThat(HtmlScanner.toText("<table><tr><td>a</td></tr></table>")).isNull();
    assertThat(HtmlScanner.toText("<li>a<li>b")).isNull();
    assertThat(HtmlScanner.toText("<div/>a")).isNull();
  }

  @Test
  void separatesBlocksAndDropsScriptsCommentsAndInvisibleCharacters() {
    assertThat(TextNormalizer.plain(HtmlScanner.toText(
        "<p>One<br>two</p><p>thr\u00ADee<!-- no --> <script>var x = '<p>';</script>four</p><style>p{}</style>five")))
        .isEqualTo("One two three four five");
    assertThat(HtmlScanner.toText("a<b>b</b>c &amp; &eacute;")).isEqualTo("abc & é");
  }

  private static List<String> realFeedTexts() throws IOException, XMLStreamException, URISyntaxException {
    URL dir = HtmlScannerTest.class.getResource("/feeds/real");
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
      files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        XMLStreamReader r = f.createXMLStreamReader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && FIELDS.contains(r.getLocalName())) {
            try {
              texts.add(r.getElementText());
            } catch (XMLStreamException e) {
              // an element with child elements (an XHTML Atom content): not a string field
            }
          }
        }
      }
    }
    return texts;
  }

  // Joins up to maxPieces random pieces per case, checks each fragment is scanned as jsoup reads it
  // or declined, and returns how many the scanner took.
  private static int scannedOfRandom(String[] pieces, long seed, int cases, int maxPieces) {
    SplittableRandom random = new SplittableRandom(seed);
    int scanned = 0;
    for (int n = 0; n < cases; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(maxPieces);
      for (int i = 0; i < len; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String html = b.toString();
      assertSameOrDeclined(html);
      if (HtmlScanner.toText(html) != null) {
        scanned++;
      }
    }
    return scanned;
  }
}
