package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.digestkit.core.ParseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Randomly damaged copies of real and constructed feeds (fixed seed, so failures reproduce):
 * whatever the damage, reading gives a result or a {@link ParseException}, never another exception.
 */
class MutatedFeedsTest {
  static final String[] DAMAGE = {"<", ">", "&", "]]>", "<![CDATA[", "</item>", "<item>", "<title>", "</title>", "\"",
    "&nbsp;", "&#x0;", "<!--", "-->", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\u0000", "\uFFFF", "xml:base=\"::\"",
    "<link>", "</", "<?", "?>", "&#99999999;", "<a:b xmlns:a=\"\">", "\n", "{", "\"items\":"};

  @ParameterizedTest
  @ValueSource(strings = {"real/distill_openai_blog.xml", "real/distill_arxiv_cs_ai.xml", "constructed/atom10.xml",
      "constructed/rss10.xml", "constructed/jsonfeed11.json"})
  void damagedDocumentsNeverThrowAnythingButParseException(String path) throws Exception {
    String original;
    try (InputStream in = getClass().getResourceAsStream("/feeds/" + path)) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Random random = new Random(path.hashCode());
    for (int i = 0; i < 150; i++) {
      StringBuilder b = new StringBuilder(original);
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        int pos = random.nextInt(b.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> b.insert(pos, DAMAGE[random.nextInt(DAMAGE.length)]);
          case 1 -> b.delete(pos, Math.min(b.length(), pos + random.nextInt(40)));
          default -> b.setLength(Math.min(b.length(), pos + 1000));
        }
      }
      byte[] doc = b.toString().getBytes(StandardCharsets.UTF_8);
      if (doc.length > 0 && random.nextInt(10) == 0) {
        doc[random.nextInt(doc.length)] = (byte) random.nextInt(256);
      }
      int attempt = i;
      assertThatCode(() -> {
        try {
          Feeds.parse(new ByteArrayInputStream(doc), FeedTesting.BASE);
        } catch (ParseException expected) {
          // refusing a document is allowed; anything else is a bug
        }
      }).as("damaged copy #%d of %s", attempt, path).doesNotThrowAnyException();
    }
  }
}
