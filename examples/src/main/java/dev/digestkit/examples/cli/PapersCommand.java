package dev.digestkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code digestkit papers}: Read arXiv API, listing or OAI-PMH documents (or search live) and print papers as JSON. */
@Command(name = "papers", mixinStandardHelpOptions = true, description = "Read arXiv API, listing or OAI-PMH documents (or search live) and print papers as JSON.")
final class PapersCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // Placeholder while the adapter lands; replaced by the real command.
    throw new UnsupportedOperationException("digestkit papers is not available in this build");
  }
}
