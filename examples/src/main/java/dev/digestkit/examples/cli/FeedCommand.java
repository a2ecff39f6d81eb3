package dev.digestkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code digestkit feed}: Parse RSS, Atom or JSON Feed documents and print them as JSON. */
@Command(name = "feed", mixinStandardHelpOptions = true, description = "Parse RSS, Atom or JSON Feed documents and print them as JSON.")
final class FeedCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // Placeholder while the adapter lands; replaced by the real command.
    throw new UnsupportedOperationException("digestkit feed is not available in this build");
  }
}
