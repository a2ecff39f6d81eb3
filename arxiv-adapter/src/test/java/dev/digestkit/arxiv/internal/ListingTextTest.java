package dev.digestkit.arxiv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quick checks in front of the listing regexes change no result. */
class ListingTextTest {
  private static final Pattern DESCRIPTION = Pattern.compile(
      "\\s*arXiv:(\\S+)\\s+Announce\\s+Type:\\s*([\\w-]+)\\s*(?:Abstract:)?(.*)", Pattern.DOTALL);
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*\\(arXiv:\\S+ \\[[^\\]]*\\](?: [A-Z]+)?\\)\\s*$");

  @Test
  void readsDescriptionsAndTitlesAsTheRegexesDo() {
    String[] seeds = {"arXiv:2404.12345v1 Announce Type: new \nAbstract: We study $x$.",
        " \n arXiv:2404.12345v2 Announce Type: replace-cross Abstract: text", "We study learning.",
        "Deep Nets (arXiv:2404.12345v1 [cs.LG] UPDATED)", "A title (arXiv:1 [x])  ", "\u00A0arXiv:1 Announce Type: new x"};
    String alphabet = " \t\n\u000B\f\r\u00A0aX:()[]v1-";
    SplittableRandom random = new SplittableRandom(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      for (int k = random.nextInt(3); k >= 0 && b.length() > 0; k--) {
        int at = random.nextInt(b.length());
        if (random.nextBoolean()) {
          b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        } else {
          b.deleteCharAt(at);
        }
      }
      String s = b.toString();
      Matcher m = DESCRIPTION.matcher(s);
      ListingText.Description expected = m.matches()
          ? new ListingText.Description(Optional.of(m.group(1)), Optional.of(m.group(2)), m.group(3).strip())
          : new ListingText.Description(Optional.empty(), Optional.empty(), s);
      assertThat(ListingText.description(s)).as(s).isEqualTo(expected);
      assertThat(ListingText.title(s)).as(s).isEqualTo(TITLE_SUFFIX.matcher(s).replaceFirst(""));
    }
  }
}
