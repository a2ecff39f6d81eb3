/**
 * Feeds and lab announcements: a streaming reader for RSS 0.90–2.0, RSS 1.0, Atom 0.3/1.0 and
 * JSON Feed 1.0/1.1, the {@link dev.digestkit.core.model.Announcement} mapping, the registry of
 * AI labs and news sites, an HTML listing reader for sites without a feed, and cross-feed
 * deduplication.
 *
 * <p>What the reader ({@link dev.digestkit.core.feed.Feeds}, {@link dev.digestkit.core.feed.FeedReader}) promises:
 * <ul>
 *   <li>It never fetches: it reads an {@code InputStream} and resolves relative links and
 *       {@code xml:base} against the document URL it is given.</li>
 *   <li>Well-formed XML is read in one streaming StAX pass. Ill-formed XML is repaired (bare
 *       {@code &}, undeclared HTML entities, forbidden characters, a broken CDATA) or, failing
 *       that, re-read with jsoup's lenient XML parser; the result is flagged
 *       {@link dev.digestkit.core.feed.ParsedFeed#bozo()} with one reason per problem and keeps
 *       every entry that could be read. A cut-off document keeps its complete entries.</li>
 *   <li>No DTD is processed, no external entity or DTD is ever loaded and no entity is expanded;
 *       the size, nesting depth, entry count and text length are bounded.</li>
 *   <li>Dates are read by {@link dev.digestkit.core.feed.FeedDates}: a date it cannot read with
 *       certainty is absent, never wrong.</li>
 *   <li>Every namespaced child element of an entry outside the format's own namespace is kept in
 *       {@link dev.digestkit.core.feed.FeedEntry#extensions()}, keyed
 *       {@code "{namespaceURI}localName"} (how the arXiv adapter reads
 *       {@code arxiv:announce_type} and {@code dc:creator}).</li>
 * </ul>
 *
 * <p>Sources: {@code feed:<url>} and {@code lab:<id>} are registered with
 * {@link java.util.ServiceLoader}; both yield announcements and report recovered problems as
 * {@link dev.digestkit.core.SourceResult#warnings()}.
 */
package dev.digestkit.core.feed;
