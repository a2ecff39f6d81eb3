package dev.digestkit.core.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.text.TextNormalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer#plain}'s one-pass fast path gives exactly the frozen definition
 * ({@link ReferenceText#plain}) on short strings made of the characters where it could go wrong.
 */
class PlainTextPiecesTest {
  // ASCII, Latin-1, typographic punctuation (NFC-inert), and what is not: spaces, invisibles,
  // combining marks, precomposed and decomposed letters, Hangul, a surrogate pair.
  private static final String[] PIECES = {"a", "Zz", " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u3000", "\u00AD", "\u200B",
      "\u2060", "\uFEFF", "\u0001", "\u0085", "\u2028", "é", "e\u0301", "\u0301", "\u00C0", "A\u0300", "\u2019", "\u201C",
      "\u2014", "\u2026", "\u2022", "\u2000", "\u2001", "\u212B", "\u1100\u1161", "\uAC00", "\uD83D\uDE00", "\u0340",
      "\u2030", "\u205E", "\u205F", "\u2027", "\u0300", "\u02FF", "x.y", "-", "&amp;"};

  @Test
  void plainEqualsTheDefinitionOnRandomPieces() {
    SplittableRandom random = new SplittableRandom(31);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(8);
      for (int i = 0; i < len; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = b.toString();
      assertThat(TextNormalizer.plain(s)).as("plain(%s)", s).isEqualTo(ReferenceText.plain(s));
    }
  }
}
