package dev.digestkit.core.digest;

import java.util.Optional;

/**
 * Writes a digest's editorial from its assembled sections: plug in an LLM, or use the plain
 * {@link ExtractiveEditor}. Called once per digest, after ranking and de-duplication.
 */
@FunctionalInterface
public interface Editor {
  /**
   * The editorial for {@code draft} (a digest with no editorial yet), or empty for none.
   * A thrown exception is logged and the digest goes out without an editorial.
   */
  Optional<String> write(Digest draft);
}
