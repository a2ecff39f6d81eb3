package dev.digestkit.core;

/**
 * Creates {@link Source}s for one spec scheme. Adapter jars register implementations in
 * {@code META-INF/services/dev.digestkit.core.SourceProvider}, so putting a jar on the class
 * path adds its sources with no change to core; they can also be registered explicitly with
 * {@link SourceRegistry.Builder#add(SourceProvider)}.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface SourceProvider {
  /** The scheme this provider owns, lower case, e.g. {@code arxiv}. */
  String scheme();

  /** One line for users listing the available sources, e.g. {@code arxiv:<categories> daily listing}. */
  String description();

  /**
   * Creates a source for {@code spec}, whose scheme is {@link #scheme()}.
   *
   * @throws ConfigurationException when the target is not one this provider understands
   */
  Source create(SourceSpec spec, SourceContext context);
}
