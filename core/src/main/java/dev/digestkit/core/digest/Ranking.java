package dev.digestkit.core.digest;

import dev.digestkit.core.digest.internal.Dedupe.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders a section's candidates by score, keeping source order on ties. */
final class Ranking {
  private Ranking() {}

  record Scored(Candidate candidate, double score) {}

  static List<Scored> rank(SectionSpec spec, List<Candidate> candidates, TimeWindow window) {
    List<Scored> scored = new ArrayList<>();
    for (Candidate c : candidates) {
      double s = spec.scorer().score(c.item, spec, window);
      scored.add(new Scored(c, Double.isFinite(s) ? s : 0));
    }
    // List.sort is stable, so equal scores keep the order the sources gave.
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    return scored;
  }
}
