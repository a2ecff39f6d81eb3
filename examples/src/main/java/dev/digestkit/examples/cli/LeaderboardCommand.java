package dev.digestkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code digestkit leaderboard}: Read a leaderboard and print it as JSON or a table. */
@Command(name = "leaderboard", mixinStandardHelpOptions = true, description = "Read a leaderboard and print it as JSON or a table.")
final class LeaderboardCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // Placeholder while the adapter lands; replaced by the real command.
    throw new UnsupportedOperationException("digestkit leaderboard is not available in this build");
  }
}
