/**
 * arXiv for digestkit: identifiers, search, daily listings, bulk harvest and the category
 * taxonomy, all yielding core {@link dev.digestkit.core.model.Paper} records.
 *
 * <ul>
 *   <li>{@link dev.digestkit.arxiv.ArxivId} parses and formats every written form of an id.
 *   <li>{@link dev.digestkit.arxiv.ArxivClient} searches {@code export.arxiv.org/api/query} with
 *       an {@link dev.digestkit.arxiv.ArxivQuery}, page by page and lazily, and reads the daily
 *       listings of {@code rss.arxiv.org} as an {@link dev.digestkit.arxiv.ArxivListing}.
 *   <li>{@link dev.digestkit.arxiv.ArxivHarvester} harvests OAI-PMH ({@code arXiv},
 *       {@code arXivRaw}, {@code oai_dc}) resumably through a
 *       {@link dev.digestkit.arxiv.HarvestCheckpoint}.
 *   <li>{@link dev.digestkit.arxiv.ArxivDocument} reads any single arXiv document, its format
 *       detected; {@link dev.digestkit.arxiv.ArxivTaxonomy} names categories.
 *   <li>Sources: {@code arxiv:<cats>[?types=..&format=..]} ({@link dev.digestkit.arxiv.ArxivListingSourceProvider})
 *       and {@code arxiv-search:<query>[?max=..&sort=..&order=..]}
 *       ({@link dev.digestkit.arxiv.ArxivSearchSourceProvider}), found by {@link java.util.ServiceLoader}.
 * </ul>
 *
 * <p>Parsers never fetch and fetchers never parse: every request goes through the shared
 * {@link dev.digestkit.core.http.HttpFetcher}, whose politeness keeps arXiv's one request per
 * 3 seconds. XML is read with StAX, with DTDs, external entities and entity expansion disabled.
 * Errors are {@link dev.digestkit.core.DigestException} subtypes.
 */
package dev.digestkit.arxiv;
