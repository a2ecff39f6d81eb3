package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArxivTaxonomyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "cs.LG            | Machine Learning                          | Computer Science",
      "math.OC          | Optimization and Control                  | Mathematics",
      "stat.ML          | Machine Learning                          | Statistics",
      "hep-th           | High Energy Physics - Theory              | Physics",
      "cond-mat.str-el  | Strongly Correlated Electrons             | Physics",
      "astro-ph.CO      | Cosmology and Nongalactic Astrophysics    | Physics",
      "quant-ph         | Quantum Physics                           | Physics",
      "physics.optics   | Optics                                    | Physics",
      "nlin.SI          | Exactly Solvable and Integrable Systems   | Physics",
      "q-bio.NC         | Neurons and Cognition                     | Quantitative Biology",
      "q-fin.ST         | Statistical Finance                       | Quantitative Finance",
      "eess.IV          | Image and Video Processing                | Electrical Engineering and Systems Science",
      "econ.EM          | Econometrics                              | Economics",
  })
  void namesCategoriesFromTheBundledTaxonomy(String code, String name, String group) {
    assertThat(ArxivTaxonomy.name(code)).contains(name);
    assertThat(ArxivTaxonomy.category(code)).hasValueSatisfying(c -> assertThat(c.group()).isEqualTo(group));
  }

  @Test
  void coversEveryArchiveAndRejectsUnknownCodes() {
    assertThat(ArxivTaxonomy.all()).hasSizeGreaterThan(150)
        .extracting(ArxivCategory::archive)
        .contains("cs", "math", "stat", "physics", "q-bio", "q-fin", "eess", "econ", "astro-ph", "cond-mat",
            "hep-ex", "hep-lat", "hep-ph", "hep-th", "gr-qc", "quant-ph", "nlin", "nucl-ex", "nucl-th", "math-ph");
    assertThat(ArxivTaxonomy.all()).extracting(ArxivCategory::code).doesNotHaveDuplicates();
    assertThat(ArxivTaxonomy.name("cs.XX")).isEmpty();
    assertThat(ArxivTaxonomy.isKnown("cs.lg")).isFalse();
  }

  @Test
  void mapsOaiDcSubjectNamesBackToCodes() {
    assertThat(ArxivTaxonomy.codeForName("Computer Science - Machine Learning")).contains("cs.LG");
    assertThat(ArxivTaxonomy.codeForName("Mathematics - Numerical Analysis")).contains("math.NA");
    assertThat(ArxivTaxonomy.codeForName("Quantum Physics")).contains("quant-ph");
    assertThat(ArxivTaxonomy.codeForName("Condensed Matter - Superconductivity")).contains("cond-mat.supr-con");
    assertThat(ArxivTaxonomy.codeForName("Machine Learning")).as("ambiguous without a group").isEmpty();
  }
}
