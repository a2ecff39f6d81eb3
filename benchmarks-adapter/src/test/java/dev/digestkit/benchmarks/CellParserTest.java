package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.digestkit.core.model.Interval;
import dev.digestkit.core.model.Measurement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParserTest {

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of("$10.00", 10.0),
        Arguments.of("65.3%", 65.3),
        Arguments.of("1,234", 1234.0),
        Arguments.of("1,234,567.5", 1234567.5),
        Arguments.of("1.2k", 1200.0),
        Arguments.of("3.4M", 3_400_000.0),
        Arguments.of("2B", 2e9),
        Arguments.of("4.64e+26", 4.64e26),
        Arguments.of("  57.3 ", 57.3),
        Arguments.of("0", 0.0),
        Arguments.of("-3.5", -3.5),
        Arguments.of("\u22123.5", -3.5),
        Arguments.of(".5", 0.5),
        Arguments.of("1\u00a0234", Double.NaN));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("numbers")
  void readsTheNumbersTablesContain(String cell, double expected) {
    CellValue v = CellParser.parse(cell);
    if (Double.isNaN(expected)) {
      assertThat(v.kind()).isEqualTo(CellValue.Kind.UNREADABLE);
      return;
    }
    assertThat(v.kind()).isEqualTo(CellValue.Kind.VALUE);
    assertThat(v.measurement().orElseThrow().value()).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    assertThat(v.measurement().orElseThrow().interval()).isEmpty();
  }

  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of("57.3 ± 1.1", 57.3, 56.2, 58.4),
        Arguments.of("57.3±1.1", 57.3, 56.2, 58.4),
        Arguments.of("57.3 +/- 1.1", 57.3, 56.2, 58.4),
        Arguments.of("57.3% ± 1.1%", 57.3, 56.2, 58.4),
        Arguments.of("57.3 (±1.1)", 57.3, 56.2, 58.4),
        Arguments.of("1287 +5/-4", 1287.0, 1283.0, 1292.0),
        Arguments.of("1287 (+5/-4)", 1287.0, 1283.0, 1292.0));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("intervals")
  void readsUncertaintyAsAnInterval(String cell, double value, double lower, double upper) {
    Measurement m = CellParser.parse(cell).measurement().orElseThrow();
    assertThat(m.value()).isCloseTo(value, within(1e-9));
    Interval i = m.interval().orElseThrow();
    assertThat(i.lower()).isCloseTo(lower, within(1e-9));
    assertThat(i.upper()).isCloseTo(upper, within(1e-9));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", "   ", "—", "–", "-", "--", "N/A", "n/a", "NA", "null", "None", "?"})
  void placeholdersAreAbsentNotZero(String cell) {
    CellValue v = CellParser.parse(cell);
    assertThat(v.kind()).isEqualTo(CellValue.Kind.ABSENT);
    assertThat(v.measurement()).isEmpty();
  }

  @Test
  void nullCellIsAbsent() {
    assertThat(CellParser.parse(null).kind()).isEqualTo(CellValue.Kind.ABSENT);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"approx. 2M", "12 (est)", "1,23", "abc", "$", "1.2.3", "5 tokens", "57.3 ± x", "+5/-4"})
  void unreadableCellsAreNeverANumber(String cell) {
    CellValue v = CellParser.parse(cell);
    assertThat(v.kind()).isEqualTo(CellValue.Kind.UNREADABLE);
    assertThat(v.measurement()).isEmpty();
    assertThat(v.text()).isEqualTo(cell.strip());
  }

  @Test
  void zeroIsAbsentOnlyWhenTheMetricSaysSo() {
    assertThat(CellParser.parse("0", true).kind()).isEqualTo(CellValue.Kind.ABSENT);
    assertThat(CellParser.parse("0.0", true).kind()).isEqualTo(CellValue.Kind.ABSENT);
    assertThat(CellParser.parse("0", false).measurement().orElseThrow().value()).isZero();
    assertThat(CellParser.parse("0.5", true).measurement().orElseThrow().value()).isEqualTo(0.5);
  }

  static Stream<Arguments> errorBars() {
    return Stream.of(
        Arguments.of("+5/-4", 1283.0, 1292.0),
        Arguments.of("(+5/-4)", 1283.0, 1292.0),
        Arguments.of("±1.5", 1285.5, 1288.5),
        Arguments.of("1.5", 1285.5, 1288.5));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errorBars")
  void readsErrorBarsRelativeToAValue(String cell, double lower, double upper) {
    assertThat(CellParser.errorBars(cell, 1287)).contains(new Interval(lower, upper));
  }

  @Test
  void errorBarsThatCannotBeReadGiveNoInterval() {
    assertThat(CellParser.errorBars("—", 10)).isEmpty();
    assertThat(CellParser.errorBars("wide", 10)).isEmpty();
  }
}
