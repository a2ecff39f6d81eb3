package dev.digestkit.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digestkit.core.text.TextNormalizer;
import java.nio.charset.StandardCharsets;

/**
 * The text normaliser is total: any string gives a string, never an exception. Regression mode
 * replays {@code TextFuzzTestInputs/<method>/}; see RELIABILITY.md for a longer fuzzing run.
 */
class TextFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void latexToTextIsTotal(byte[] data) {
    String in = new String(data == null ? new byte[0] : data, StandardCharsets.UTF_8);
    assertThat(TextNormalizer.latexToText(in)).isNotNull();
  }

  @FuzzTest(maxDuration = "5m")
  void htmlToTextIsTotal(byte[] data) {
    String in = new String(data == null ? new byte[0] : data, StandardCharsets.UTF_8);
    assertThat(TextNormalizer.htmlToText(in)).isNotNull();
  }
}
