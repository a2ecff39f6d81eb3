package dev.digestkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code digestkit digest}: Assemble a digest (offline from the bundled snapshot by default). */
@Command(name = "digest", mixinStandardHelpOptions = true, description = "Assemble a digest (offline from the bundled snapshot by default).")
final class DigestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    // Placeholder while the adapter lands; replaced by the real command.
    throw new UnsupportedOperationException("digestkit digest is not available in this build");
  }
}
