package dev.digestkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LatexToTextTest {
  private static final List<String> ABSTRACT_FIXTURES = List.of(
      "arxivpy_2016_search_au_del_maestro.xml",
      "arxivpy_2016_id_list_1111.2011v2.xml",
      "q_testing_s20_m10_348a237fecab.json",
      "q_testing_s40_m10_96dd32eb854c.json");

  @ParameterizedTest(name = "{2}: {0}")
  @CsvFileSource(resources = "/text/latex-cases.tsv", delimiter = '\t', numLinesToSkip = 2,
      quoteCharacter = '\u0001', maxCharsPerColumn = 20_000)
  void convertsArxivLatexToReadableUnicode(String raw, String expected, String origin) {
    assertThat(TextNormalizer.latexToText(raw.replace('⏎', '\n'))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("expectedAbstracts")
  void convertsWholeRecordedAbstracts(String file, String id, String field, String raw, String expected) {
    assertThat(TextNormalizer.latexToText(raw)).isEqualTo(expected);
  }

  static Stream<Arguments> expectedAbstracts() {
    List<Arguments> cases = new ArrayList<>();
    for (String line : resourceLines("abstracts-expected.tsv")) {
      String[] cols = line.split("\t", -1);
      String file = cols[0];
      FixtureTexts.Entry entry = FixtureTexts.entries(file).stream()
          .filter(e -> e.get("id").equals(cols[1]))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no entry " + cols[1] + " in " + file));
      cases.add(Arguments.of(file, cols[1], cols[2], entry.get(cols[2]), cols[3]));
    }
    return cases.stream();
  }

  @Test
  void leavesRecordedAbstractsWithoutMarkupAsPlainText() {
    int checked = 0;
    for (String file : ABSTRACT_FIXTURES) {
      for (FixtureTexts.Entry e : FixtureTexts.entries(file)) {
        for (String text : List.of(e.get("title"), e.get("summary"))) {
          if (!text.matches("(?s).*[\\\\$`~{}*^_].*") && !text.contains("--")) {
            assertThat(TextNormalizer.latexToText(text)).as(e.get("id")).isEqualTo(TextNormalizer.plain(text));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void leavesNoLatexCommandsInAnyRecordedAbstract() {
    for (String file : ABSTRACT_FIXTURES) {
      for (FixtureTexts.Entry e : FixtureTexts.entries(file)) {
        String text = TextNormalizer.latexToText(e.get("summary"));
        assertThat(text).as(e.get("id")).doesNotContainPattern("\\\\[a-zA-Z]").doesNotContain("$").isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The third concurrent shift is from consumer chat interfaces toward embedded, autonomous systems.",
      "Amazon's $5 billion commitment to Anthropic is locking in 5 gigawatts of Trainium silicon",
      "Moonshot AI's Kimi K2.6 scales to 300 sub-agents coordinating 4,000 steps.",
      "reaching up to 38.1% Exec@3 and 20.3% Play@3; GPT-5.4 at $5.63 per 1M tokens",
      "Schrödinger bridge, ε-KKT points, O(ε⁻⁴), ‘sharpness dimension’, “quoted” – and — dashes",
      "a pair of 'single quotes' and \"double quotes\" and e-mail@example.org (see https://x.org/a-b)"})
  void leavesPlainTextUnchanged(String plain) {
    assertThat(TextNormalizer.latexToText(plain)).isEqualTo(plain);
    assertThat(TextNormalizer.latexToText(TextNormalizer.latexToText(plain))).isEqualTo(plain);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n\t "})
  void givesEmptyTextForNoText(String nothing) {
    assertThat(TextNormalizer.latexToText(nothing)).isEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // guards against a hang, not a speed test
  void readsDeeplyNestedBracesFlatInsteadOfOverflowingTheStack() {
    int depth = 100_000;
    assertThat(TextNormalizer.latexToText("{".repeat(depth) + "x" + "}".repeat(depth))).isEqualTo("x");
    assertThat(TextNormalizer.latexToText("$" + "x^{".repeat(depth) + "2" + "}".repeat(depth) + "$"))
        .startsWith("x^(x^(").contains("2");
    assertThat(TextNormalizer.latexToText("\\frac{".repeat(depth) + "a" + "}{b}".repeat(depth)))
        .contains("a").contains("b");
    assertThat(TextNormalizer.latexToText("\\\"{".repeat(depth) + "o" + "}".repeat(depth))).startsWith("ö");
    assertThat(TextNormalizer.latexToText("\\emph{".repeat(depth) + "deep")).isEqualTo("deep");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // guards against a hang, not a speed test
  void neverThrowsOnArbitraryInput() {
    String alphabet = "\\{}$^_`'*-~ %&#aZ0\n(\"=.[]|,;!@";
    Random random = new Random(42);
    for (int n = 0; n < 1_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = b.toString();
      assertThatCode(() -> TextNormalizer.latexToText(input)).as(input).doesNotThrowAnyException();
    }
    for (String unit : List.of("$", "$$", "\\(", "\\[", "`", "*a ", "\\sqrt[", "--", "\\\\", "''")) {
      String big = unit.repeat(100_000 / unit.length());
      assertThatCode(() -> TextNormalizer.latexToText(big)).as(unit).doesNotThrowAnyException();
    }
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = LatexToTextTest.class.getResourceAsStream("/text/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing /text/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
