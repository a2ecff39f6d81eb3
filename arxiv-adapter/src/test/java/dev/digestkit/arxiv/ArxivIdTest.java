package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.digestkit.core.ConfigurationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

  @ParameterizedTest(name = "{0} -> {1} v{2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "2404.12345                                  | 2404.12345       | -",
      "2404.12345v3                                | 2404.12345       | 3",
      "0704.0001                                   | 0704.0001        | -",
      "1111.2011v2                                 | 1111.2011        | 2",
      "1412.9999                                   | 1412.9999        | -",
      "1501.00001v12                               | 1501.00001       | 12",
      "hep-th/9901001v2                            | hep-th/9901001   | 2",
      "hep-th/9901001                              | hep-th/9901001   | -",
      "math.GT/0309136                             | math.GT/0309136  | -",
      "cond-mat/0412498v1                          | cond-mat/0412498 | 1",
      "arXiv:2404.12345v1                          | 2404.12345       | 1",
      "ARXIV: 2404.12345                           | 2404.12345       | -",
      "arXiv:hep-ex/0406020                        | hep-ex/0406020   | -",
      "oai:arXiv.org:2604.21952v1                  | 2604.21952       | 1",
      "https://arxiv.org/abs/2404.12345            | 2404.12345       | -",
      "https://arxiv.org/abs/2404.12345v2          | 2404.12345       | 2",
      "https://arxiv.org/pdf/2404.12345v2          | 2404.12345       | 2",
      "https://arxiv.org/pdf/2404.12345v2.pdf      | 2404.12345       | 2",
      "https://arxiv.org/pdf/2404.12345.pdf        | 2404.12345       | -",
      "https://arxiv.org/html/2404.12345v1         | 2404.12345       | 1",
      "http://arxiv.org/abs/1201.4869v1            | 1201.4869        | 1",
      "http://export.arxiv.org/abs/quant-ph/0201082v1 | quant-ph/0201082 | 1",
      "https://www.arxiv.org/abs/math.GT/0309136/  | math.GT/0309136  | -",
      "https://arxiv.org/abs/2404.12345?context=cs | 2404.12345       | -",
      "'  2404.12345v3  '                          | 2404.12345       | 3",
      "2404.12345v01                               | 2404.12345       | 1",
      "http://arxiv.org/abs/0704.0001v1234567      | 0704.0001        | 1234567",
  })
  void parsesEveryWrittenForm(String input, String id, Integer version) {
    ArxivId parsed = ArxivId.parse(input);
    assertThat(parsed.id()).isEqualTo(id);
    assertThat(parsed.version()).isEqualTo(Optional.ofNullable(version));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "abc", "0000.0000", "2404.1234", "1412.12345", "2413.12345", "0703.0001",
      "2404.12345v0", "2404.12345v", "hep-th/9913001", "hep-th/99010", "HEP-TH/9901001", "https://example.org/abs/2404.12345",
      "arXiv:", "2404.12345v99999999999", "arXiv:0703.0001", "https://arxiv.org/abs/2413.12345",
      "http://arxiv.org/abs/1412.12345v1", "2404.12345v1x", "2404.12345x", "2404.1234\u0665", "arXiv:2404.12345v0"})
  void rejectsInvalidIdsNamingTheInput(String input) {
    assertThatThrownBy(() -> ArxivId.parse(input))
        .isInstanceOf(InvalidArxivIdException.class)
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'" + input + "'")
        .satisfies(e -> assertThat(((InvalidArxivIdException) e).input()).isEqualTo(input));
  }

  @Test
  void formatsWithVersionAndBuildsLinks() {
    ArxivId id = ArxivId.parse("hep-th/9901001v2");
    assertThat(id).hasToString("hep-th/9901001v2");
    assertThat(id.withoutVersion()).hasToString("hep-th/9901001");
    assertThat(id.isOldStyle()).isTrue();
    assertThat(id.absUrl()).hasToString("https://arxiv.org/abs/hep-th/9901001v2");
    assertThat(ArxivId.parse("2404.12345").pdfUrl()).hasToString("https://arxiv.org/pdf/2404.12345");
    assertThat(ArxivId.parse("2404.12345v1").htmlUrl()).hasToString("https://arxiv.org/html/2404.12345v1");
  }

  @Test
  void equalityRespectsVersionAndSameWorkIgnoresIt() {
    ArxivId v1 = ArxivId.parse("2404.12345v1");
    ArxivId v3 = ArxivId.parse("arXiv:2404.12345v3");
    ArxivId bare = ArxivId.parse("https://arxiv.org/abs/2404.12345");
    assertThat(v1).isNotEqualTo(v3).isNotEqualTo(bare);
    assertThat(v1).isEqualTo(ArxivId.parse("https://arxiv.org/pdf/2404.12345v1.pdf"));
    assertThat(v1.hashCode()).isEqualTo(ArxivId.parse("2404.12345v1").hashCode());
    assertThat(v1.sameWork(v3)).isTrue();
    assertThat(v1.withoutVersion()).isEqualTo(bare);
    assertThat(v1.sameWork(ArxivId.parse("2404.12346v1"))).isFalse();
    assertThat(ArxivId.parse("math.GT/0309136").sameWork(ArxivId.parse("math/0309136v2"))).isTrue();
  }

  @Test
  void tryParseIsEmptyInsteadOfThrowing() {
    assertThat(ArxivId.tryParse("nope")).isEmpty();
    assertThat(ArxivId.tryParse(null)).isEmpty();
    assertThat(ArxivId.tryParse("2404.12345")).contains(ArxivId.of("2404.12345"));
  }
}
