package dev.digestkit.perf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Thread CPU time per iteration beside JMH's wall-clock throughput, reported as secondary
 * results ({@code cpuNanos}, {@code calls}). On a machine shared with other work, wall time
 * includes waiting for a core; CPU time per call does not, so ratios built from it are the
 * steadier figure. Each benchmark method counts its calls here.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of the benchmark thread during the iteration, in nanoseconds. */
  public long cpuNanos;
  /** Benchmark calls during the iteration. */
  public long calls;
  private long start;

  /** Starts the iteration's clock. */
  @Setup(Level.Iteration)
  public void begin() {
    cpuNanos = 0;
    calls = 0;
    start = THREADS.getCurrentThreadCpuTime();
  }

  /** Stops it. */
  @TearDown(Level.Iteration)
  public void end() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
  }
}
