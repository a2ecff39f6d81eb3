package dev.digestkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code digestkit announcements}: Read announcements from the lab registry. */
@Command(name = "announcements", mixinStandardHelpOptions = true, description = "Read announcements from the lab registry.")
final class AnnouncementsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // Placeholder while the adapter lands; replaced by the real command.
    throw new UnsupportedOperationException("digestkit announcements is not available in this build");
  }
}
