package dev.digestkit.core.feed;

/** The syndication format a document was recognised as. */
public enum FeedFormat {
  /** Netscape RSS 0.90 (RDF with the {@code my.netscape.com/rdf/simple/0.9/} namespace). */
  RSS_0_90,
  /** RSS 0.91 (Netscape or UserLand). */
  RSS_0_91,
  /** RSS 0.92. */
  RSS_0_92,
  /** RSS 1.0 (RDF Site Summary). */
  RSS_1_0,
  /** RSS 2.0; also used for an {@code <rss>} root with a missing or unknown version. */
  RSS_2_0,
  /** Atom 0.3 (the pre-standard {@code purl.org/atom/ns#} namespace). */
  ATOM_0_3,
  /** Atom 1.0 (RFC 4287). */
  ATOM_1_0,
  /** JSON Feed 1.0. */
  JSON_FEED_1_0,
  /** JSON Feed 1.1. */
  JSON_FEED_1_1,
  /** Not recognised as any feed format; the parsed feed then has no entries or only guessed ones. */
  UNKNOWN
}
