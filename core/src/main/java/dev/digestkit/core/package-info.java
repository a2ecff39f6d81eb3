/**
 * The heart of digestkit: the pluggable source SPI and the one exception hierarchy.
 *
 * <p>A {@link dev.digestkit.core.SourceSpec} such as {@code arxiv:cs.LG} or
 * {@code feed:https://openai.com/news/rss.xml} names a source; the {@link dev.digestkit.core.SourceRegistry}
 * finds the {@link dev.digestkit.core.SourceProvider} that owns its scheme (through
 * {@link java.util.ServiceLoader}, so an adapter jar on the classpath adds schemes without any
 * change here) and the resulting {@link dev.digestkit.core.Source} yields records of
 * {@link dev.digestkit.core.model} with the warnings met on the way
 * ({@link dev.digestkit.core.SourceResult}).
 *
 * <p>Every failure that leaves the library is an unchecked {@link dev.digestkit.core.DigestException}:
 * {@link dev.digestkit.core.FetchException} (with the URL and HTTP status),
 * {@link dev.digestkit.core.ParseException} (with the location, line and column) or
 * {@link dev.digestkit.core.ConfigurationException}. {@link dev.digestkit.core.Json} gives the one
 * JSON configuration every record round-trips with.
 *
 * <p>Sub-packages: {@code core.model} (the records), {@code core.http} (fetching),
 * {@code core.text} (normalisation); packages named {@code internal} are not API.
 */
package dev.digestkit.core;
