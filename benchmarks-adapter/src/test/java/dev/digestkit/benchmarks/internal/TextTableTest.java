package dev.digestkit.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.Measurement;
import dev.digestkit.core.model.MetricUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "10|USD_PER_MILLION_TOKENS|$10.00",
      "5.625|USD_PER_MILLION_TOKENS|$5.63",
      "0.74|USD|$0.74",
      "65.3|PERCENT|65.3%",
      "71|PERCENT|71.0%",
      "62.118|TOKENS_PER_SECOND|62",
      "1446.2|ELO|1446",
      "57.3|SCORE|57.3",
      "53|SCORE|53.0",
      "1912440|COUNT|1,912,440",
      "1.806|SECONDS|1.806"})
  void formatsValuesByUnit(double v, MetricUnit unit, String expected) {
    assertThat(TextTable.format(Measurement.of(v), unit)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "-12.911|TOKENS_PER_SECOND|-13",
      "0.9399999999999995|USD_PER_MILLION_TOKENS|+$0.94",
      "0.5000000000000071|SCORE|+0.5",
      "-0.072|SECONDS|-0.072"})
  void formatsChangesWithTheirSign(double change, MetricUnit unit, String expected) {
    assertThat(TextTable.formatChange(change, unit)).isEqualTo(expected);
  }
}
