package dev.digestkit.benchmarks.internal;

import dev.digestkit.benchmarks.ModelName;
import dev.digestkit.core.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs models of two lists: first by canonical key; then, for what is left, by family when
 * exactly one model on each side has it (so AA's {@code GPT-5.4} meets SWE-rebench's
 * {@code gpt-5.4-2026-03-05-medium}, but two efforts of one family never pair by guesswork).
 */
public final class ModelMatcher {
  private ModelMatcher() {}

  /** Index in {@code left} → index in {@code right} for every pair found. */
  public static Map<Integer, Integer> match(List<Model> left, List<Model> right) {
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    Map<String, List<Integer>> rightByKey = new HashMap<>();
    for (int j = 0; j < right.size(); j++) {
      rightByKey.computeIfAbsent(right.get(j).key(), k -> new ArrayList<>()).add(j);
    }
    boolean[] taken = new boolean[right.size()];
    for (int i = 0; i < left.size(); i++) {
      for (int j : rightByKey.getOrDefault(left.get(i).key(), List.of())) {
        if (!taken[j]) {
          taken[j] = true;
          pairs.put(i, j);
          break;
        }
      }
    }
    Map<String, List<Integer>> leftByFamily = new HashMap<>();
    Map<String, List<Integer>> rightByFamily = new HashMap<>();
    for (int i = 0; i < left.size(); i++) {
      if (!pairs.containsKey(i)) {
        leftByFamily.computeIfAbsent(family(left.get(i)), k -> new ArrayList<>()).add(i);
      }
    }
    for (int j = 0; j < right.size(); j++) {
      if (!taken[j]) {
        rightByFamily.computeIfAbsent(family(right.get(j)), k -> new ArrayList<>()).add(j);
      }
    }
    leftByFamily.forEach((family, is) -> {
      List<Integer> js = rightByFamily.getOrDefault(family, List.of());
      if (is.size() == 1 && js.size() == 1) {
        pairs.put(is.get(0), js.get(0));
      }
    });
    return pairs;
  }

  private static String family(Model m) {
    return ModelName.parse(m.displayName()).family();
  }
}
