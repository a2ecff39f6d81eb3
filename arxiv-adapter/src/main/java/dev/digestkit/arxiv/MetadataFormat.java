package dev.digestkit.arxiv;

/** The OAI-PMH metadata formats arXiv serves that {@link ArxivHarvester} reads. */
public enum MetadataFormat {
  /** {@code arXiv}: full metadata with structured authors and affiliations. */
  ARXIV("arXiv"),
  /** {@code arXivRaw}: metadata plus the version history (each version's date and size). */
  ARXIV_RAW("arXivRaw"),
  /** {@code oai_dc}: Dublin Core; categories only as display names. */
  OAI_DC("oai_dc");

  private final String prefix;

  MetadataFormat(String prefix) {
    this.prefix = prefix;
  }

  /** The {@code metadataPrefix} value. */
  public String prefix() {
    return prefix;
  }

  /** The format for a {@code metadataPrefix}, case-sensitive as OAI-PMH is. */
  public static MetadataFormat ofPrefix(String prefix) {
    for (MetadataFormat f : values()) {
      if (f.prefix.equals(prefix)) {
        return f;
      }
    }
    throw new dev.digestkit.core.ConfigurationException("unknown metadataPrefix '" + prefix + "'; known: arXiv, arXivRaw, oai_dc");
  }
}
