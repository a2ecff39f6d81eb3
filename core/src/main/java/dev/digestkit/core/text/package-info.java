/**
 * Text normalisation, shared by every adapter: {@link dev.digestkit.core.text.TextNormalizer} turns
 * what sources say (HTML from feeds, LaTeX from arXiv titles and abstracts, plain text with odd
 * whitespace) into readable plain Unicode, NFC, whitespace folded. Its methods are pure, total
 * (any input, even null, gives a string) and thread-safe. The records keep the source form beside
 * the result ({@link dev.digestkit.core.model.Text}); {@code core.text.internal} is not API.
 */
package dev.digestkit.core.text;
