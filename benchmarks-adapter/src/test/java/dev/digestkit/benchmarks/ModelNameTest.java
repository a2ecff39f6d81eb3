package dev.digestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelNameTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Claude Opus 4.7|claude-opus-4.7",
      "claude-opus-4-7|claude-opus-4.7",
      "anthropic/claude-opus-4.7|claude-opus-4.7",
      "Claude 4.5 Opus medium (20251101)|claude-opus-4.5-medium",
      "claude-3-5-sonnet-20240620|claude-sonnet-3.5",
      "Claude 3.5 Sonnet|claude-sonnet-3.5",
      "GPT-5.4|gpt-5.4",
      "gpt-5.2-2025-12-11-medium|gpt-5.2-medium",
      "GPT-5.2 (medium)|gpt-5.2-medium",
      "GPT-5.3 Codex (xhigh)|gpt-5.3-codex-xhigh",
      "Gemini 3.1 Pro Preview|gemini-3.1-pro-preview",
      "Kimi K2.6|kimi-k2.6",
      "Qwen3.7 Max|qwen3.7-max",
      "GLM-5 (Reasoning)|glm-5-reasoning",
      "Claude Opus 4.6 (Adaptive Reasoning, Max Effort)|claude-opus-4.6-max",
      "gpt-4-0125-preview|gpt-4-preview",
      "meta-llama/Llama-3.1-70B-Instruct|llama-3.1-70b-instruct",
      "Junie|junie",
      "gemini-2.5-pro-preview-05-06|gemini-2.5-pro-preview",
      "grok-3-preview-02-24|grok-3-preview",
      "deepseek-v3-0324|deepseek-v3",
      "claude-3-7-sonnet-20250219-thinking-32k|claude-sonnet-3.7-thinking-32k",
      "o3-2025-04-16|o3"})
  void canonicalKeysJoinSpellingsOfOneModel(String name, String key) {
    assertThat(Models.canonicalKey(name)).isEqualTo(key);
  }

  @Test
  void splitsFamilySnapshotAndEffort() {
    ModelName n = ModelName.parse("gpt-5.2-2025-12-11-medium");
    assertThat(n.family()).isEqualTo("gpt-5.2");
    assertThat(n.snapshot()).contains("2025-12-11");
    assertThat(n.effort()).contains("medium");
    assertThat(n.orgPrefix()).isEmpty();
  }

  @Test
  void readsCompactSnapshotDatesAndOrgPrefixes() {
    ModelName n = ModelName.parse("anthropic/claude-3-5-sonnet-20240620");
    assertThat(n.orgPrefix()).contains("anthropic");
    assertThat(n.snapshot()).contains("2024-06-20");
    assertThat(n.family()).isEqualTo("claude-sonnet-3.5");
    assertThat(n.effort()).isEmpty();
  }

  @Test
  void maxInAProductNameIsNotAnEffort() {
    assertThat(ModelName.parse("Qwen3.7 Max").effort()).isEmpty();
  }

  @Test
  void infersOrganizationFromNameOrPrefix() {
    assertThat(Models.inferOrganization("Claude Opus 4.7")).contains("Anthropic");
    assertThat(Models.inferOrganization("gpt-5.4-2026-03-05-medium")).contains("OpenAI");
    assertThat(Models.inferOrganization("GLM-5.1")).contains("Z.ai");
    assertThat(Models.inferOrganization("Kimi K2.6")).contains("Moonshot AI");
    assertThat(Models.inferOrganization("Junie")).contains("JetBrains");
    assertThat(Models.inferOrganization("moonshotai/some-model")).contains("Moonshot AI");
    assertThat(Models.inferOrganization("Zephyr-7B")).isEmpty();
  }

  @Test
  void boardGivenOrganizationWinsOverInference() {
    assertThat(Models.of("GLM-5", Optional.of("Z AI")).organization()).contains("Z AI");
    assertThat(Models.of("GLM-5", Optional.of("  ")).organization()).contains("Z.ai");
  }

  @Test
  void blankNamesAreRejected() {
    assertThatThrownBy(() -> ModelName.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
