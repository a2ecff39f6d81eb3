package dev.digestkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void foldsWhitespaceTrimsAndComposes() {
    assertThat(TextNormalizer.plain("  Schro\u0308dinger \n bridge\t")).isEqualTo("Schrödinger bridge");
  }

  @Test
  void dropsInvisibleCharactersButKeepsJoiners() {
    assertThat(TextNormalizer.plain("\uFEFFsoft\u00ADhyphen\u200B\u0007 ok")).isEqualTo("softhyphen ok");
    assertThat(TextNormalizer.plain("👩\u200D💻")).isEqualTo("👩\u200D💻");
  }

  @Test
  void interpretsNoMarkup() {
    assertThat(TextNormalizer.plain("<b>x</b> &amp; $\\alpha$")).isEqualTo("<b>x</b> &amp; $\\alpha$");
  }

  @Test
  void isIdempotent() {
    String once = TextNormalizer.plain(" a \u00A0 b\u0301 \r\n c ");
    assertThat(TextNormalizer.plain(once)).isEqualTo(once).isEqualTo("a b́ c");
  }

  @Test
  void givesEmptyTextForNull() {
    assertThat(TextNormalizer.plain(null)).isEmpty();
  }
}
