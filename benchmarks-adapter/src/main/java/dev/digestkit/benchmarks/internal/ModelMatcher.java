package dev.digestkit.benchmarks.internal;

import dev.digestkit.benchmarks.ModelName;
import dev.digestkit.core.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs models of two lists in three passes over what is still unpaired: canonical key plus
 * snapshot (so {@code Claude 3.5 Sonnet (20240620)} and {@code (20241022)} each find their own
 * twin); canonical key; and family, only when exactly one model on each side has it (so AA's
 * {@code GPT-5.4} meets SWE-rebench's {@code gpt-5.4-2026-03-05-medium}, but two efforts of one
 * family never pair by guesswork).
 */
public final class ModelMatcher {
  private ModelMatcher() {}

  /** Index in {@code left} → index in {@code right} for every pair found. */
  public static Map<Integer, Integer> match(List<Model> left, List<Model> right) {
    List<ModelName> ln = left.stream().map(m -> ModelName.parse(m.displayName())).toList();
    List<ModelName> rn = right.stream().map(m -> ModelName.parse(m.displayName())).toList();
    Map<Integer, Integer> pairs = new LinkedHashMap<>();
    boolean[] taken = new boolean[right.size()];
    pass(left, right, i -> ln.get(i).snapshot().map(s -> left.get(i).key() + "@" + s),
        j -> rn.get(j).snapshot().map(s -> right.get(j).key() + "@" + s), pairs, taken, false);
    pass(left, right, i -> Optional.of(left.get(i).key()), j -> Optional.of(right.get(j).key()), pairs, taken, false);
    pass(left, right, i -> Optional.of(ln.get(i).family()), j -> Optional.of(rn.get(j).family()), pairs, taken, true);
    return pairs;
  }

  private static void pass(List<Model> left, List<Model> right, Function<Integer, Optional<String>> leftKey,
      Function<Integer, Optional<String>> rightKey, Map<Integer, Integer> pairs, boolean[] taken, boolean uniqueOnly) {
    Map<String, List<Integer>> ls = new HashMap<>();
    Map<String, List<Integer>> rs = new HashMap<>();
    for (int i = 0; i < left.size(); i++) {
      if (!pairs.containsKey(i)) {
        final int idx = i;
        leftKey.apply(i).ifPresent(k -> ls.computeIfAbsent(k, x -> new ArrayList<>()).add(idx));
      }
    }
    for (int j = 0; j < right.size(); j++) {
      if (!taken[j]) {
        final int idx = j;
        rightKey.apply(j).ifPresent(k -> rs.computeIfAbsent(k, x -> new ArrayList<>()).add(idx));
      }
    }
    for (int i = 0; i < left.size(); i++) {
      if (pairs.containsKey(i)) {
        continue;
      }
      Optional<String> k = leftKey.apply(i);
      if (k.isEmpty()) {
        continue;
      }
      List<Integer> candidates = rs.getOrDefault(k.get(), List.of());
      if (uniqueOnly && (candidates.size() != 1 || ls.get(k.get()).size() != 1)) {
        continue;
      }
      for (int j : candidates) {
        if (!taken[j]) {
          taken[j] = true;
          pairs.put(i, j);
          break;
        }
      }
    }
  }
}
