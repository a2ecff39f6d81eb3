package dev.digestkit.core.model;

/**
 * A confidence interval around a measured value, in the metric's unit.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
      throw new IllegalArgumentException("invalid interval [" + lower + ", " + upper + "]");
    }
  }
}
