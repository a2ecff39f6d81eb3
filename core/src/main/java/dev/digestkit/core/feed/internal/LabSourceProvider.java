package dev.digestkit.core.feed.internal;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import dev.digestkit.core.feed.Lab;
import dev.digestkit.core.feed.LabRegistry;

/** {@code lab:<id>}: a lab registry entry, read from its feed or its HTML listing. */
public final class LabSourceProvider implements SourceProvider {
  @Override
  public String scheme() {
    return "lab";
  }

  @Override
  public String description() {
    return "lab:<id> announcements of a lab or news site in the registry (see digestkit labs)";
  }

  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    LabRegistry registry = FeedSources.registry(context);
    Lab lab = registry.find(spec.target()).orElseThrow(() -> new ConfigurationException(
        "unknown lab '" + spec.target() + "'; known: " + String.join(", ", registry.all().stream().map(Lab::id).toList())));
    return Source.of(spec, () -> FeedSources.readLab(context, lab));
  }
}
