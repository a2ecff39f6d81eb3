package dev.digestkit.arxiv;

import dev.digestkit.arxiv.internal.OaiReader;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk metadata harvest over arXiv's OAI-PMH interface: {@code ListRecords} for a format, an
 * optional set ({@code cs}, {@code physics:hep-ex}) and datestamp window, following resumption
 * tokens to the end. Records are parsed as a stream and handed to the sink one by one.
 *
 * <pre>{@code
 * ArxivHarvester harvester = ArxivHarvester.builder()
 *     .set("cs").from(LocalDate.of(2026, 5, 1))
 *     .checkpoint(new FileHarvestCheckpoint(Path.of("cs-harvest.json")))
 *     .build();
 * harvester.harvest(record -> store(record));   // re-run after a crash to resume
 * }</pre>
 *
 * <p><b>Resuming.</b> The checkpoint holds the token of the page being worked on and the
 * identifiers of that page's records the sink has accepted. It is saved after every page, when
 * the sink throws, and, with {@link Builder#checkpointEveryRecord(boolean)}, after every
 * record. A new harvest with the same parameters resumes from it, skipping the records already
 * accepted; a failed fetch or a sink exception therefore never loses or repeats a record. A
 * process killed between the sink's return and the next save can see the records since that save
 * again (with per-record checkpoints, at most one); a sink that needs exactly-once across such
 * a kill stores the {@link HarvestState} in its own transaction by implementing
 * {@link HarvestCheckpoint}.
 *
 * <p><b>Flow control.</b> A {@code 503} with {@code Retry-After} is the fetcher's to wait out
 * (it retries a bounded number of times); if it gives up, the checkpoint still points at the
 * page that failed. Immutable and thread-safe, but run one harvest per checkpoint at a time.
 */
public final class ArxivHarvester {
  /** arXiv's OAI-PMH endpoint. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://oaipmh.arxiv.org/oai");

  private static final Logger LOG = LoggerFactory.getLogger(ArxivHarvester.class);

  /** Receives harvested records, one at a time, in the repository's order. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Accepts one record. Returning normally means the record is taken; throwing means it is
     * not, and the harvest stops (the exception propagates) with a checkpoint that will hand
     * this record out again on resume.
     */
    void accept(HarvestedRecord record);
  }

  /**
   * What a harvest run did.
   *
   * @param records records handed to the sink in this run
   * @param pages pages fetched in this run
   * @param resumed true when the run continued from a checkpoint
   * @param complete true when the harvest reached its last page
   */
  public record Result(long records, int pages, boolean resumed, boolean complete) {}

  private final HttpFetcher fetcher;
  private final URI baseUrl;
  private final MetadataFormat format;
  private final Optional<String> set;
  private final Optional<LocalDate> from;
  private final Optional<LocalDate> until;
  private final HarvestCheckpoint checkpoint;
  private final boolean everyRecord;

  private ArxivHarvester(Builder b) {
    this.fetcher = b.fetcher != null ? b.fetcher : HttpFetcher.builder().build();
    this.baseUrl = b.baseUrl;
    this.format = b.format;
    this.set = Optional.ofNullable(b.set);
    this.from = Optional.ofNullable(b.from);
    this.until = Optional.ofNullable(b.until);
    this.checkpoint = b.checkpoint;
    this.everyRecord = b.everyRecord;
  }

  /** A builder: arXiv's endpoint, format {@code arXiv}, no set or dates, no checkpoint. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Harvests every record, from the checkpoint when one matches these parameters. A checkpoint
   * of a completed harvest yields nothing; {@link HarvestCheckpoint#clear()} it to start over.
   *
   * @throws ConfigurationException when the checkpoint belongs to a different harvest
   * @throws OaiPmhException on an OAI-PMH error other than {@code noRecordsMatch} (an expired
   *     resumption token is {@code badResumptionToken})
   * @throws dev.digestkit.core.FetchException when a page cannot be fetched
   * @throws dev.digestkit.core.ParseException when a page cannot be read
   */
  public Result harvest(Sink sink) {
    Objects.requireNonNull(sink, "sink");
    HarvestState fresh = state(Optional.empty(), List.of(), false, 0);
    Optional<HarvestState> saved = checkpoint.load();
    if (saved.isPresent() && !saved.get().sameHarvest(fresh)) {
      throw new ConfigurationException("the harvest checkpoint is for a different harvest (" + describe(saved.get())
          + "), not " + describe(fresh) + "; clear it or use another checkpoint");
    }
    HarvestState state = saved.orElse(fresh);
    boolean resumed = saved.isPresent();
    if (state.complete()) {
      LOG.info("harvest {} already complete according to its checkpoint", describe(state));
      return new Result(0, 0, true, true);
    }
    long records = 0;
    int pages = 0;
    Optional<String> token = state.pageToken();
    Set<String> skip = new HashSet<>(state.delivered());
    long total = state.recordsDelivered();
    while (true) {
      URI uri = token.map(this::resumeUri).orElseGet(this::firstUri);
      FetchResponse response = fetcher.fetch(uri);
      pages++;
      List<String> delivered = new ArrayList<>(state.delivered());
      OaiReader reader;
      try {
        reader = new OaiReader(response.openStream(), uri);
        while (reader.hasNext()) {
          HarvestedRecord r = reader.next();
          if (skip.contains(r.identifier())) {
            continue;
          }
          sink.accept(r);
          delivered.add(r.identifier());
          records++;
          total++;
          if (everyRecord) {
            checkpoint.save(state(token, delivered, false, total));
          }
        }
      } catch (RuntimeException | Error e) {
        // Whatever failed (the sink, or the page breaking off), remember what was delivered.
        checkpoint.save(state(token, delivered, false, total));
        throw e;
      }
      Optional<String> next = reader.resumptionToken();
      LOG.debug("OAI-PMH page {}: {} records, next token {}", uri, delivered.size(), next.orElse("(none)"));
      if (next.isEmpty()) {
        checkpoint.save(state(Optional.empty(), List.of(), true, total));
        return new Result(records, pages, resumed, true);
      }
      if (next.equals(token)) {
        throw new OaiPmhException(uri, "badResumptionToken", "the repository returned the same resumption token again");
      }
      state = state(next, List.of(), false, total);
      checkpoint.save(state);
      token = next;
      skip = Set.of();
    }
  }

  private HarvestState state(Optional<String> token, List<String> delivered, boolean complete, long total) {
    return new HarvestState(baseUrl.toString(), format.prefix(), set, from, until, token, delivered, complete, total);
  }

  private URI firstUri() {
    StringBuilder sb = new StringBuilder(baseUrl.toString()).append("?verb=ListRecords&metadataPrefix=").append(enc(format.prefix()));
    set.ifPresent(s -> sb.append("&set=").append(enc(s)));
    from.ifPresent(d -> sb.append("&from=").append(d));
    until.ifPresent(d -> sb.append("&until=").append(d));
    return URI.create(sb.toString());
  }

  private URI resumeUri(String token) {
    return URI.create(baseUrl + "?verb=ListRecords&resumptionToken=" + enc(token));
  }

  private static String describe(HarvestState s) {
    return s.metadataPrefix() + " set=" + s.set().orElse("*") + " from=" + s.from().map(Object::toString).orElse("*")
        + " until=" + s.until().map(Object::toString).orElse("*") + " at " + s.baseUrl();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Settings for an {@link ArxivHarvester}. Not thread-safe. */
  public static final class Builder {
    private HttpFetcher fetcher;
    private URI baseUrl = DEFAULT_BASE_URL;
    private MetadataFormat format = MetadataFormat.ARXIV;
    private String set;
    private LocalDate from;
    private LocalDate until;
    private HarvestCheckpoint checkpoint = HarvestCheckpoint.none();
    private boolean everyRecord;

    private Builder() {}

    /** The fetcher (its politeness and {@code Retry-After} handling apply); else one is built. */
    public Builder fetcher(HttpFetcher fetcher) {
      this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
      return this;
    }

    /** The OAI-PMH endpoint, e.g. a test server; default {@link #DEFAULT_BASE_URL}. */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      if (!baseUrl.isAbsolute() || baseUrl.getRawQuery() != null) {
        throw new ConfigurationException("the OAI-PMH base URL must be absolute and without a query: " + baseUrl);
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /** The metadata format; default {@link MetadataFormat#ARXIV}. */
    public Builder metadataFormat(MetadataFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** The OAI set, e.g. {@code cs}, {@code math} or {@code physics:hep-ex}. */
    public Builder set(String set) {
      Objects.requireNonNull(set, "set");
      if (!set.matches("[a-z-]+(:[a-z-]+)?")) {
        throw new ConfigurationException("not an arXiv OAI set: '" + set + "' (expected e.g. cs or physics:hep-ex)");
      }
      this.set = set;
      return this;
    }

    /** Only records whose datestamp is on or after {@code from}. */
    public Builder from(LocalDate from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    /** Only records whose datestamp is on or before {@code until}. */
    public Builder until(LocalDate until) {
      this.until = Objects.requireNonNull(until, "until");
      return this;
    }

    /** Where progress is saved; default none (every harvest starts over). */
    public Builder checkpoint(HarvestCheckpoint checkpoint) {
      this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
      return this;
    }

    /** Also save the checkpoint after every record (one durable write each); default false. */
    public Builder checkpointEveryRecord(boolean everyRecord) {
      this.everyRecord = everyRecord;
      return this;
    }

    /**
     * The harvester.
     *
     * @throws ConfigurationException when {@code from} is after {@code until}
     */
    public ArxivHarvester build() {
      if (from != null && until != null && from.isAfter(until)) {
        throw new ConfigurationException("harvest window starts after it ends: from " + from + " > until " + until);
      }
      return new ArxivHarvester(this);
    }
  }
}
