package dev.digestkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code digestkit labs}: List the registry of known AI labs and news sites. */
@Command(name = "labs", mixinStandardHelpOptions = true, description = "List the registry of known AI labs and news sites.")
final class LabsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // Placeholder while the adapter lands; replaced by the real command.
    throw new UnsupportedOperationException("digestkit labs is not available in this build");
  }
}
