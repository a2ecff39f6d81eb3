package dev.digestkit.arxiv;

import dev.digestkit.core.model.Paper;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAI-PMH record: its header, and the paper when the record is not deleted.
 *
 * @param identifier the OAI identifier, e.g. {@code oai:arXiv.org:1412.8323}
 * @param datestamp the record's datestamp (the date it last changed in the repository)
 * @param sets the OAI sets it belongs to, e.g. {@code physics:hep-th}
 * @param deleted true when the header says {@code status="deleted"}; then there is no paper
 * @param paper the paper's metadata, empty for deleted records
 * @param versions the version history, filled only by the {@code arXivRaw} format
 */
public record HarvestedRecord(String identifier, Optional<LocalDate> datestamp, List<String> sets, boolean deleted,
    Optional<Paper> paper, List<ArxivVersion> versions) {
  /** Copies the lists and fills absent optionals. */
  public HarvestedRecord {
    Objects.requireNonNull(identifier, "identifier");
    datestamp = datestamp == null ? Optional.empty() : datestamp;
    sets = List.copyOf(sets);
    paper = paper == null ? Optional.empty() : paper;
    versions = List.copyOf(versions);
  }
}
