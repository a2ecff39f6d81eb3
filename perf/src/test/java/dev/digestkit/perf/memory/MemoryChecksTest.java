package dev.digestkit.perf.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The memory checks at a small scale, so a change that breaks them shows up in mvn verify. */
class MemoryChecksTest {
  @Test
  void harvestOfGeneratedPagesDeliversEveryRecordExactlyOnce() throws Exception {
    HarvestMemoryCheck.Outcome o = HarvestMemoryCheck.run(2_500, 1000);

    assertThat(o.pages()).isEqualTo(3);
    assertThat(o.distinct()).isEqualTo(2_500);
    assertThat(o.wrong()).isZero();
    assertThat(o.ok()).isTrue();
  }

  @Test
  void scaledApiPageIsReadWhole() throws Exception {
    assertThat(ApiPageMemoryCheck.papers(300)).isEqualTo(300);
  }
}
