package dev.digestkit.core.testing;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Source;
import dev.digestkit.core.SourceContext;
import dev.digestkit.core.SourceProvider;
import dev.digestkit.core.SourceResult;
import dev.digestkit.core.SourceSpec;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A provider that exists only on the test class path (registered in test resources'
 * META-INF/services), proving that discovery needs no change to core. {@code echo:TITLE}
 * yields one announcement titled TITLE; {@code echo:} with a target of {@code !fail} throws.
 */
public final class EchoSourceProvider implements SourceProvider {
  public static final Publisher PUBLISHER =
      new Publisher("echo", "Echo", Optional.empty(), Optional.empty(), PublisherGroup.LABS);

  @Override
  public String scheme() {
    return "echo";
  }

  @Override
  public String description() {
    return "echo:<title> one fixed announcement (tests only)";
  }

  @Override
  public Source create(SourceSpec spec, SourceContext context) {
    if (spec.target().equals("!bad")) {
      throw new ConfigurationException("echo cannot take target " + spec.target());
    }
    return Source.of(spec, () -> {
      URI url = URI.create("https://echo.example/" + spec.target().replaceAll("[^A-Za-z0-9]", "-"));
      return SourceResult.of(List.of(new Announcement(url.toString(), PUBLISHER, Text.plain(spec.target()), url,
          Optional.empty(), Optional.empty(), Text.EMPTY, List.of(), List.of(), Optional.empty())));
    });
  }
}
