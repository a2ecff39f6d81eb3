package dev.digestkit.arxiv;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a harvest stands, as a {@link HarvestCheckpoint} stores it: the harvest's parameters,
 * the resumption token of the page being worked on (empty for the first page), the identifiers
 * of that page's records the sink has already accepted, and whether the harvest is complete.
 *
 * <p>Resuming re-requests {@code pageToken} and skips {@code delivered}, so a record is handed
 * to the sink again only if the process died after the sink accepted it and before the next
 * checkpoint write (see {@link ArxivHarvester} for how to close that window).
 *
 * @param baseUrl the OAI-PMH endpoint
 * @param metadataPrefix the format's {@code metadataPrefix}
 * @param set the OAI set, if any
 * @param from the lower datestamp bound, if any
 * @param until the upper datestamp bound, if any
 * @param pageToken the resumption token that fetches the current page; empty for the first page
 * @param delivered identifiers of the current page's records already accepted by the sink
 * @param complete true once the last page was delivered
 * @param recordsDelivered records delivered over the whole harvest so far
 */
public record HarvestState(String baseUrl, String metadataPrefix, Optional<String> set, Optional<LocalDate> from,
    Optional<LocalDate> until, Optional<String> pageToken, List<String> delivered, boolean complete,
    long recordsDelivered) {
  /** Copies the list and fills absent optionals. */
  public HarvestState {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(metadataPrefix, "metadataPrefix");
    set = set == null ? Optional.empty() : set;
    from = from == null ? Optional.empty() : from;
    until = until == null ? Optional.empty() : until;
    pageToken = pageToken == null ? Optional.empty() : pageToken;
    delivered = List.copyOf(delivered == null ? List.of() : delivered);
  }

  /** True when {@code other} describes the same harvest (endpoint, format, set and dates). */
  public boolean sameHarvest(HarvestState other) {
    return baseUrl.equals(other.baseUrl) && metadataPrefix.equals(other.metadataPrefix) && set.equals(other.set)
        && from.equals(other.from) && until.equals(other.until);
  }
}
