package dev.digestkit.perf.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording (e.g. from JMH's {@code -prof jfr}): the methods
 * with the most self samples, and the methods of a package prefix with the most inclusive samples
 * (which of our own methods the time is spent under).
 *
 * <p>Usage: {@code JfrHotspots recording.jfr [packagePrefix] [top]}.
 */
public final class JfrHotspots {
  private JfrHotspots() {}

  /**
   * Prints the summary.
   *
   * @param args the recording, optionally a package prefix (default {@code dev.digestkit}) and
   *     the number of rows (default 25)
   * @throws IOException when the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: JfrHotspots recording.jfr [packagePrefix] [top]");
      System.exit(2);
    }
    String prefix = args.length > 1 ? args[1] : "dev.digestkit";
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f.getMethod());
        if (n.startsWith(prefix) && seen.add(n)) {
          inclusive.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.println(samples + " CPU samples");
    print("self", self, samples, top);
    print("inclusive, " + prefix + "*", inclusive, samples, top);
  }

  private static void print(String title, Map<String, Integer> counts, int total, int top) {
    System.out.println("-- " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(en -> System.out.printf("%6.1f%%  %s%n", 100.0 * en.getValue() / Math.max(1, total), en.getKey()));
  }

  private static String name(RecordedMethod m) {
    return m.getType().getName() + "." + m.getName();
  }
}
