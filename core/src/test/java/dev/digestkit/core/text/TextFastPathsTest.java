package dev.digestkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.text.internal.LatexConverter;
import dev.digestkit.core.text.internal.ReferenceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link TextNormalizer} (a hand-written {@code plain}, no HTML parse without
 * markup, no LaTeX conversion without LaTeX) must give exactly what the slow paths give.
 */
class TextFastPathsTest {
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Zs}\\u2028\\u2029\\u0085]+");
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B\\u2060\\uFEFF\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F]");
  // Every class of character the definition distinguishes, plus composing accents and a surrogate pair.
  private static final String ALPHABET = "ab Z.\t\n\u000B\f\r\u0000\u001F\u007F\u0084\u0085\u0086\u009F\u00A0"
      + "\u00AD\u1680\u2000\u2009\u200A\u200B\u2028\u2029\u202F\u205F\u2060\u3000\uFEFFe\u0301\u00E9\uD835\uDC00";

  private static String reference(String s) {
    String t = INVISIBLE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    return SPACE.matcher(t).replaceAll(" ").trim();
  }

  @Test
  void singlePassEqualsTheRegexDefinitionOnRandomText() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = b.toString();
      assertThat(TextNormalizer.plain(s)).as("plain(%s)", s.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(reference(s));
    }
  }

  @Test
  void htmlWithoutMarkupGivesWhatTheHtmlParserGives() {
    SplittableRandom random = new SplittableRandom(11);
    String alphabet = ALPHABET + "\r\n>;#\"'=/\u200C\u200D";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(TextNormalizer.htmlToText(s)).as("htmlToText(%s)", s.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(TextNormalizer.plain(Jsoup.parseBodyFragment(s).body().text()));
    }
  }

  @Test
  void textWithoutReferencesGivesWhatTheEntityDecoderGives() {
    SplittableRandom random = new SplittableRandom(17);
    String alphabet = ALPHABET + "<>;#";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(TextNormalizer.entitiesToText(s)).isEqualTo(TextNormalizer.plain(Parser.unescapeEntities(s, false)));
    }
  }

  @Test
  void textWithoutLatexGivesWhatTheConverterGives() {
    SplittableRandom random = new SplittableRandom(13);
    String alphabet = "ab Z.\n'-^_%&#,()[]/09\u00E9\u00FC\u00A0" + "\\{}~$`*";
    int fast = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(14);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      String slow = TextNormalizer.plain(LatexConverter.toText(s));
      assertThat(TextNormalizer.latexToText(s)).as("latexToText(%s)", s).isEqualTo(slow);
      fast += s.equals(LatexConverter.toText(s)) ? 1 : 0;
    }
    assertThat(fast).isGreaterThan(1000); // the fast path really was exercised
  }

  @Test
  void recordedAuthorNamesAndPlainAbstractsNeedNoConversion() {
    for (String s : new String[] {"Tyler Anderson", "Jean-Pierre O'Neil", "Ana Mar\u00EDa L\u00F3pez",
        "We report on 10-20% gains (p < 0.05) and model's robustness."}) {
      assertThat(TextNormalizer.latexToText(s)).isEqualTo(TextNormalizer.plain(LatexConverter.toText(s)));
    }
  }

  @Test
  void plainTextComesBackAsTheSameInstance() {
    String title = "Attention Is All You Need";
    assertThat(TextNormalizer.plain(title)).isSameAs(title);
  }

  @Test
  void typographicPunctuationNeedsNoCopyAndNoNfc() {
    // curly quotes, dashes, ellipsis and bullets are NFC-stable: a feed title full of them is already plain
    String title = "OpenAI\u2019s \u201Co3\u201D \u2014 what\u2019s new\u2026 \u2022 \u2030";
    assertThat(TextNormalizer.plain(title)).isSameAs(title).isEqualTo(ReferenceText.plain(title));
    String spaced = "A\u2019s  \u2014 b";
    assertThat(TextNormalizer.plain(spaced)).isEqualTo(ReferenceText.plain(spaced)).isEqualTo("A\u2019s \u2014 b");
    int samePlain = 0;
    for (String s : RECORDED) {
      if (s.chars().anyMatch(c -> c >= 0x2010 && c <= 0x2027) && TextNormalizer.plain(s) == s) {
        samePlain++;
      }
    }
    assertThat(samePlain).as("recorded texts with typographic punctuation taking the no-copy path").isGreaterThan(20);
  }

  // ---- the one-pass plain / LaTeX pipeline against the frozen reference (ReferenceText) ------

  private static final List<String> RECORDED = recordedTexts();

  @Test
  void plainEqualsTheDefinitionOnEveryRecordedText() {
    for (String s : RECORDED) {
      assertThat(TextNormalizer.plain(s)).as("plain(%s)", s).isEqualTo(ReferenceText.plain(s));
    }
    assertThat(RECORDED).hasSizeGreaterThan(2_000);
  }

  @Test
  void latexToTextEqualsTheReferenceOnEveryRecordedText() {
    for (String s : RECORDED) {
      assertThat(TextNormalizer.latexToText(s)).as("latexToText(%s)", s).isEqualTo(ReferenceText.latexToText(s));
    }
  }

  @Test
  void latexToTextEqualsTheReferenceOnMutatedRecordedTexts() {
    SplittableRandom random = new SplittableRandom(23);
    List<String> texts = RECORDED.stream().filter(s -> s.length() > 20).toList();
    for (int n = 0; n < 30_000; n++) {
      String s = mutate(texts.get(random.nextInt(texts.size())), random);
      assertThat(TextNormalizer.latexToText(s)).as("latexToText(%s)", s).isEqualTo(ReferenceText.latexToText(s));
      assertThat(TextNormalizer.plain(s)).as("plain(%s)", s).isEqualTo(ReferenceText.plain(s));
    }
  }

  @Test
  void aTrailingSpaceChangesNoConversion() {
    // The OAI-PMH reader joins forenames and keyname without the space a missing suffix would add.
    SplittableRandom random = new SplittableRandom(31);
    List<String> texts = RECORDED.stream().filter(s -> s.length() < 200).toList();
    for (int n = 0; n < 20_000; n++) {
      String s = mutate(texts.get(random.nextInt(texts.size())), random);
      assertThat(TextNormalizer.latexToText(s + " ")).as("latexToText(%s)", s).isEqualTo(TextNormalizer.latexToText(s));
      assertThat(ReferenceText.latexToText(s + " ")).as("reference(%s)", s).isEqualTo(ReferenceText.latexToText(s));
    }
    for (String end : List.of("\\", "\\c", "\\^", "$", "$x", "*a", "`", "`a'", "\\frac", "\\(", "{", "\\foo", "''")) {
      assertThat(TextNormalizer.latexToText("Name " + end + " ")).as(end).isEqualTo(TextNormalizer.latexToText("Name " + end));
    }
  }

  @Test
  void plainAndLatexEqualTheReferenceOnLongRandomText() {
    SplittableRandom random = new SplittableRandom(29);
    // Mostly ordinary text, so that the special characters fall at every position of long runs.
    String ordinary = "abcdefghij klmnop ABC 0123 .,;:()/";
    String special = ALPHABET + "\\{}~$`*'-^_%&#[]\u00E9\u00FC\u0142\u03B1\u0308\u00B4\u1FEF\u2126";
    for (int n = 0; n < 20_000; n++) {
      int len = random.nextInt(300);
      int specials = random.nextInt(4);
      StringBuilder b = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        b.append(random.nextInt(60) < specials
            ? special.charAt(random.nextInt(special.length()))
            : ordinary.charAt(random.nextInt(ordinary.length())));
      }
      String s = b.toString();
      assertThat(TextNormalizer.plain(s)).as(() -> "plain(" + codes(s) + ")").isEqualTo(ReferenceText.plain(s));
      assertThat(TextNormalizer.latexToText(s)).as(() -> "latexToText(" + codes(s) + ")")
          .isEqualTo(ReferenceText.latexToText(s));
    }
  }

  private static String codes(String s) {
    return s.codePoints().mapToObj(Integer::toHexString).toList().toString();
  }

  // One random edit of a real text: a LaTeX construct, a special or non-ASCII character, doubled
  // whitespace, or a deletion, at a random place.
  private static String mutate(String s, SplittableRandom random) {
    String[] inserts = {"\\", "{", "}", "~", "$", "`", "*", "''", "--", "---", "'", "-", "  ", "\n\n", "\t",
        "\u00A0", "\u00AD", "\u200B", "\u0301", "\u00E9", "e\u0301", "\u03B1", "$x^2$", "$\\alpha_{i}$",
        "\\'e", "{\\\"o}", "\\emph{x}", "\\frac{a}{b}", "$\\mathbb{R}^n$", "``q''", "*em*", "\\cite{k}",
        "\\(a\\)", "$$y$$", "\\url{http://a/~b_c}", "\uD835\uDC00", "\u0000", "\u0085", "\u3000"};
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(b.length() + 1);
      if (random.nextInt(4) == 0 && at < b.length()) {
        b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(5)));
      } else {
        b.insert(at, inserts[random.nextInt(inserts.length)]);
      }
    }
    return b.toString();
  }

  // The text of every element without child elements in the recorded arXiv documents (titles,
  // abstracts, names, comments of the API and OAI-PMH fixtures) and the lab feeds under
  // /feeds/real: the kind of text the readers pass through here.
  private static List<String> recordedTexts() {
    List<String> texts = new ArrayList<>();
    for (String file : List.of("arxivpy_2016_search_au_del_maestro.xml", "arxivpy_2016_id_list_1111.2011v2.xml",
        "q_testing_s20_m10_348a237fecab.json", "q_testing_s40_m10_96dd32eb854c.json",
        "hepcrawl_sample_arxiv_record.xml", "hepcrawl_ListRecords_arXiv_physics-hep-ex_2017-12-14.xml",
        "hepcrawl_ListRecords_arXiv_physics-hep-th.xml", "atomiklabs_ListRecords_oai_dc_cs_2024-01-25_resumptionToken.xml")) {
      for (FixtureTexts.Entry e : file.endsWith(".json") ? FixtureTexts.entries(file) : List.<FixtureTexts.Entry>of()) {
        texts.addAll(e.fields().values());
      }
      if (!file.endsWith(".json")) {
        texts.addAll(leafTexts(FixtureTexts.bytes(file)));
      }
    }
    try (Stream<Path> feeds = Files.list(Path.of(resource("/feeds/real").toURI()))) {
      for (Path p : feeds.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        texts.addAll(leafTexts(Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return texts.stream().filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static URL resource(String name) {
    URL url = TextFastPathsTest.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing " + name);
    }
    return url;
  }

  private static List<String> leafTexts(byte[] xml) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<String> texts = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(xml)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      StringBuilder text = new StringBuilder();
      boolean leaf = false;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          text.setLength(0);
          leaf = true;
        } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
          text.append(r.getText());
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (leaf) {
            texts.add(text.toString());
          }
          leaf = false;
        }
      }
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("cannot read a fixture", e);
    }
    return texts;
  }
}
