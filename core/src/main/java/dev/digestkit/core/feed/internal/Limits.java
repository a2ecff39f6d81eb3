package dev.digestkit.core.feed.internal;

/**
 * The bounds one parse holds to.
 *
 * @param maxBytes largest document accepted
 * @param maxEntries entries kept; later ones are dropped with a bozo reason
 * @param maxDepth deepest element nesting read
 * @param maxTextLength characters kept per text field
 */
public record Limits(long maxBytes, int maxEntries, int maxDepth, int maxTextLength) {}
