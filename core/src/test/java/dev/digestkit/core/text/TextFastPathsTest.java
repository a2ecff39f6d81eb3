package dev.digestkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.text.internal.LatexConverter;
import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
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
}
