package dev.digestkit.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the {@link SourceProvider} that owns a spec's scheme and creates the source.
 *
 * <p>{@link #load()} discovers every provider on the class path with {@link ServiceLoader};
 * {@link #builder()} lets an application register providers explicitly as well. Immutable and
 * thread-safe once built.
 */
public final class SourceRegistry {
  private final Map<String, SourceProvider> providers;

  private SourceRegistry(Map<String, SourceProvider> providers) {
    this.providers = Collections.unmodifiableMap(new TreeMap<>(providers));
  }

  /** Every provider installed on the thread's context class loader (or this class's loader). */
  public static SourceRegistry load() {
    return builder().addInstalled().build();
  }

  /** A builder starting empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** The schemes this registry knows, sorted. */
  public Set<String> schemes() {
    return providers.keySet();
  }

  /** The provider for {@code scheme}, if any. */
  public Optional<SourceProvider> provider(String scheme) {
    return Optional.ofNullable(providers.get(scheme));
  }

  /** Every provider, sorted by scheme. */
  public Map<String, SourceProvider> providers() {
    return providers;
  }

  /**
   * Creates the source for {@code spec}.
   *
   * @throws ConfigurationException when the scheme is unknown (the message lists the known
   *     ones) or the provider rejects the target
   */
  public Source create(String spec, SourceContext context) {
    return create(SourceSpec.parse(spec), context);
  }

  /** Creates the source for an already parsed {@code spec}. */
  public Source create(SourceSpec spec, SourceContext context) {
    Objects.requireNonNull(context, "context");
    SourceProvider p = providers.get(spec.scheme());
    if (p == null) {
      throw new ConfigurationException("unknown source scheme '" + spec.scheme() + "' in '" + spec
          + "'; known schemes: " + (providers.isEmpty() ? "(none installed)" : String.join(", ", providers.keySet())));
    }
    return p.create(spec, context);
  }

  /** Collects providers; later registrations of a scheme replace earlier ones. */
  public static final class Builder {
    private final Map<String, SourceProvider> providers = new LinkedHashMap<>();

    private Builder() {}

    /** Adds every provider {@link ServiceLoader} finds on the context class loader. */
    public Builder addInstalled() {
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      return addInstalled(cl != null ? cl : SourceRegistry.class.getClassLoader());
    }

    /** Adds every provider {@link ServiceLoader} finds on {@code loader}. */
    public Builder addInstalled(ClassLoader loader) {
      for (SourceProvider p : ServiceLoader.load(SourceProvider.class, loader)) {
        add(p);
      }
      return this;
    }

    /** Adds {@code provider}, replacing any earlier one for its scheme. */
    public Builder add(SourceProvider provider) {
      Objects.requireNonNull(provider, "provider");
      String scheme = Objects.requireNonNull(provider.scheme(), "provider scheme");
      providers.put(scheme, provider);
      return this;
    }

    public SourceRegistry build() {
      return new SourceRegistry(providers);
    }
  }
}
