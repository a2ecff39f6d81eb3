package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte-order marks, declarations, HTTP charsets and the fallback for invalid bytes. */
class EncodingTest {
  static final String TITLE = "Caf\u00e9 \u00fcber \u201cquotes\u201d \u20ac";

  static String doc(String decl) {
    return decl + "<rss version=\"2.0\"><channel><title>T</title><item><title>" + TITLE + "</title></item></channel></rss>";
  }

  static ParsedFeed read(byte[] bytes, Optional<Charset> http) {
    return Feeds.parse(new ByteArrayInputStream(bytes), FeedTesting.BASE, http);
  }

  static String firstTitle(ParsedFeed f) {
    return f.entries().get(0).title().text();
  }

  @Test
  void utf8WithBom() {
    byte[] body = doc("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").getBytes(StandardCharsets.UTF_8);
    ParsedFeed f = read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
    assertThat(f.bozo()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE"})
  void utf16WithBom(String cs) {
    Charset charset = Charset.forName(cs);
    byte[] bom = cs.endsWith("BE") ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    ParsedFeed f = read(concat(bom, doc("<?xml version=\"1.0\" encoding=\"UTF-16\"?>").getBytes(charset)), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
  }

  @Test
  void utf16WithoutBomIsRecognisedFromTheDeclaration() {
    ParsedFeed f = read(doc("<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>").getBytes(StandardCharsets.UTF_16LE), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
  }

  @Test
  void declaredWindows1252() {
    ParsedFeed f = read(doc("<?xml version=\"1.0\" encoding=\"windows-1252\"?>").getBytes(Charset.forName("windows-1252")), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
    assertThat(f.bozo()).isFalse();
  }

  @Test
  void declaredIso88591IsReadAsItsWindows1252Superset() {
    ParsedFeed f = read(doc("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").getBytes(Charset.forName("windows-1252")), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
  }

  @Test
  void httpCharsetBeatsTheDeclaration() {
    byte[] body = doc("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").getBytes(Charset.forName("windows-1252"));
    ParsedFeed f = read(body, Optional.of(Charset.forName("windows-1252")));
    assertThat(firstTitle(f)).isEqualTo(TITLE);
    assertThat(f.bozo()).isFalse();
  }

  @Test
  void bomBeatsTheHttpCharset() {
    byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, doc("").getBytes(StandardCharsets.UTF_8));
    ParsedFeed f = read(body, Optional.of(StandardCharsets.ISO_8859_1));
    assertThat(firstTitle(f)).isEqualTo(TITLE);
  }

  @Test
  void noDeclarationMeansUtf8() {
    ParsedFeed f = read(doc("").getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
  }

  @Test
  void invalidUtf8FallsBackToWindows1252AndSaysSo() {
    byte[] body = doc("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").getBytes(Charset.forName("windows-1252"));
    ParsedFeed f = read(body, Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
    assertThat(f.bozo()).isTrue();
    assertThat(f.bozoReasons()).anySatisfy(r -> assertThat(r).contains("not valid UTF-8").contains("windows-1252"));
  }

  @Test
  void unknownDeclaredEncodingIsReadAsUtf8() {
    ParsedFeed f = read(doc("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>").getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
    assertThat(f.bozoReasons()).anySatisfy(r -> assertThat(r).contains("unknown encoding"));
  }

  @Test
  void aWideEncodingDeclaredOverSingleByteTextIsReadAsUtf8() {
    ParsedFeed f = read(doc("<?xml version=\"1.0\" encoding=\"UTF-16\"?>").getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(firstTitle(f)).isEqualTo(TITLE);
    assertThat(f.bozoReasons()).anySatisfy(r -> assertThat(r).contains("contradicts the bytes"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
