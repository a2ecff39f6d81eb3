package dev.digestkit.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digestkit.core.text.TextNormalizer;

class TextFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void latexToTextIsTotal(String latex) {
    TextNormalizer.latexToText(latex);
  }
}
