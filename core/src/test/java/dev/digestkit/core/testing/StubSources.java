package dev.digestkit.core.testing;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A provider for scheme {@code stub} whose targets are registered by a test: {@code stub:labs}
 * returns whatever the test registered under {@code labs}, or throws what its supplier throws.
 */
public final class StubSources implements SourceProvider {
  private final Map<String, Supplier<SourceResult>> targets = new ConcurrentHashMap<>();

  /** Registers {@code target}; returns this for chaining. */
  public StubSources with(String target, Supplier<SourceResult> result) {
    targets.put(target, result);
    return this;
  }

  @Override
  public String scheme() {
    return "stub";
  }

  @Override
  public String description() {
    return "stub:<name> test data";
  }

  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    Supplier<SourceResult> s = targets.get(spec.target());
    if (s == null) {
      throw new ConfigurationException("no stub target " + spec.target());
    }
    return Source.of(spec, () -> s.get());
  }
}
