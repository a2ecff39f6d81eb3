package dev.digestkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class HtmlToTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\u0001', textBlock = """
      <p>One.</p><p>Two.</p>                               | One. Two.
      line<br>break<br/>and<BR>more                        | line break and more
      <ul><li>first</li><li>second</li></ul>tail          | first second tail
      <div>block<span>inline</span></div>after            | blockinline after
      <h2>Title</h2>text                                   | Title text
      Caf&eacute; &#233; &#xE9; &copy2026 &amp; AT&T       | Café é é ©2026 & AT&T
      smart &#8220;quotes&#8221; and &#150; a dash         | smart “quotes” and – a dash
      no&nbsp;break&#160;spaces&thinsp;and&emsp;em         | no break spaces and em
      soft&shy;hyphen and zero&#8203;width                 | softhyphen and zerowidth
      <script>alert(1)</script><style>p{}</style>shown     | shown
      a <b>bold</b> and <a href='x'>link</a> text          | a bold and link text
      Cafe&#769; composed                                   | Café composed
      5 < 6 and 7 > 3                                      | 5 < 6 and 7 > 3
      plain text, no markup at all                         | plain text, no markup at all
      """)
  void convertsHtmlToPlainText(String html, String expected) {
    assertThat(TextNormalizer.htmlToText(html)).isEqualTo(expected);
  }

  @Test
  void decodesDoubleEscapedEntitiesOnlyOnce() {
    // &amp;eacute; is what a feed that escaped twice sends; the text it stands for is "&eacute;".
    assertThat(TextNormalizer.htmlToText("Caf&amp;eacute; &amp;amp; &amp;#8217;"))
        .isEqualTo("Caf&eacute; &amp; &#8217;");
  }

  @Test
  void decodesEntitiesInPlainTextWithoutReadingTags() {
    assertThat(TextNormalizer.entitiesToText("AT&amp;T&apos;s <b>x</b> &#150; &lbrack;1&rbrack; &amp;eacute;&nbsp;ok"))
        .isEqualTo("AT&T's <b>x</b> – [1] &eacute; ok");
    assertThat(TextNormalizer.entitiesToText(null)).isEmpty();
  }

  @Test
  void foldsEveryKindOfWhitespace() {
    assertThat(TextNormalizer.htmlToText("  a\n\n\tb\u00A0\u2009c\u3000d\r\n  ")).isEqualTo("a b c d");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void givesEmptyTextForNoHtml(String nothing) {
    assertThat(TextNormalizer.htmlToText(nothing)).isEmpty();
  }

  @Test
  void readsRecordedFeedDescriptionsAsPlainText() {
    // The first item's description is entity-escaped HTML: <p>, &#8217; and a "The post" footer.
    List<FixtureTexts.Entry> items = FixtureTexts.entries("distill_vector_institute.xml");
    assertThat(items).isNotEmpty();
    String text = TextNormalizer.htmlToText(items.get(0).get("description"));
    assertThat(text)
        .startsWith("Vector researchers made significant contributions to this year’s International Conference"
            + " on Learning Representations (ICLR), the world’s premier venue")
        .doesNotContain("<", "&#", "&amp;", "\n", "  ");
    for (FixtureTexts.Entry item : items) {
      assertThat(TextNormalizer.htmlToText(item.get("description"))).doesNotContain("<p>", "&#8217;", "\n");
      assertThat(TextNormalizer.htmlToText(item.get("title"))).isEqualTo(TextNormalizer.plain(item.get("title")));
    }
  }
}
