package dev.digestkit.examples.cli;

import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.Editor;
import java.util.Optional;

/** An editor that exists only on the test class path, to show editors are found as services. */
public final class FixedTestEditor implements Editor {
  @Override
  public String name() {
    return "test-fixed";
  }

  @Override
  public Optional<String> write(Digest draft) {
    return Optional.of("Editorial by a plugged-in editor over " + draft.sections().size() + " sections.");
  }
}
