package dev.digestkit.core.http;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.internal.Backoff;
import dev.digestkit.core.http.internal.CassetteRecorder;
import dev.digestkit.core.http.internal.FetchEngine;
import dev.digestkit.core.http.internal.HostGate;
import dev.digestkit.core.http.internal.HttpCache;
import dev.digestkit.core.http.internal.LiveTransport;
import dev.digestkit.core.http.internal.ReplayTransport;
import dev.digestkit.core.http.internal.Ticker;
import dev.digestkit.core.http.internal.Transport;
import java.io.Closeable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one HTTP client every digestkit source uses: GETs with a named User-Agent, per-host
 * politeness, retries with backoff, transparent gzip/deflate, a size cap, bounded redirects,
 * conditional GET against a persistent cache, and a replay mode with no network at all.
 *
 * <p>Built once with {@link #builder()}; immutable and thread-safe afterwards, meant to be shared
 * by every source so that politeness holds across them. {@link #close()} releases connections.
 *
 * <pre>{@code
 * try (HttpFetcher fetcher = HttpFetcher.builder().contact("me@example.org").build()) {
 *   FetchResponse r = fetcher.fetch(URI.create("https://rss.arxiv.org/rss/cs.LG"));
 * }
 * }</pre>
 */
public final class HttpFetcher implements Closeable {
  /** Default cap on a response body, counted after decompression: 50 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 50L * 1024 * 1024;
  /** Default attempts per request, the first included (so three retries). */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;
  /** Default longest time reading one response body may take: 5 minutes. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofMinutes(5);
  /** Default number of redirects followed. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  /** Default minimum interval between request starts to one arXiv host, as arXiv asks. */
  public static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);

  private final String userAgent;
  private final HostGate gate;
  private final Transport transport;
  private final FetchEngine engine;

  private HttpFetcher(Builder b) {
    this.userAgent = "digestkit/" + Version.get() + (b.contact == null ? "" : " (+" + b.contact + ")");
    this.gate = new HostGate(b.hostIntervals, b.defaultHostInterval, b.ticker);
    this.transport = b.replay != null ? new ReplayTransport(b.replay.index()) : new LiveTransport(b.connectTimeout, b.readTimeout, b.bodyTimeout);
    this.engine = new FetchEngine(new FetchEngine.Settings(userAgent, b.maxBodyBytes, b.maxRedirects, b.maxAttempts,
        b.maxRetryWait, transport, gate, new Backoff(b.retryBackoff, b.maxRetryWait, b.random), b.ticker,
        Optional.ofNullable(b.cacheDirectory).map(HttpCache::new),
        Optional.ofNullable(b.recordTo).map(CassetteRecorder::new)));
  }

  /** A builder with every setting at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The User-Agent header this fetcher sends: {@code digestkit/<version> (+<contact>)}. */
  public String userAgent() {
    return userAgent;
  }

  /** Whether this fetcher serves recordings instead of using the network. */
  public boolean isReplay() {
    return !transport.live();
  }

  /** The minimum interval this fetcher keeps between the starts of two requests to {@code host}. */
  public Duration hostInterval(String host) {
    return isReplay() ? Duration.ZERO : gate.intervalFor(host);
  }

  /**
   * GETs {@code uri}.
   *
   * @param uri an absolute http or https URL
   * @return the response, when the final status is 2xx (or a 304 answered from the cache)
   * @throws FetchException as {@link #fetch(FetchRequest)}
   */
  public FetchResponse fetch(URI uri) {
    return fetch(FetchRequest.get(uri));
  }

  /**
   * GETs the request's URL under the fetcher's policy: waits for the host's politeness interval,
   * follows redirects, retries connection failures, 408, 429 and 5xx with backoff (obeying
   * {@code Retry-After}), decodes gzip/deflate within the size cap, and answers a 304 from the
   * cache. Request headers are not sent on after a redirect to another host.
   *
   * @param request the URL and any extra headers
   * @return the response when the final status is 2xx; a 304 comes back as status 200 with
   *     {@link FetchResponse#fromCache()} true
   * @throws FetchException on a network failure after all attempts, a non-2xx final status (with
   *     the status and the first 64 KiB of the body), a body over the cap, too many redirects, a
   *     {@code Retry-After} beyond the maximum wait, or (replay) a URL with no recording; the
   *     message names the URL, the status and the number of attempts
   */
  public FetchResponse fetch(FetchRequest request) {
    return new FetchResponse(engine.fetch(Objects.requireNonNull(request, "request")));
  }

  /** Releases pooled connections. The fetcher must not be used afterwards. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "HttpFetcher[" + userAgent + (isReplay() ? ", replay" : "") + "]";
  }

  /**
   * Settings for an {@link HttpFetcher}. Every setting has a sensible default; {@link #build()}
   * checks them together. Not thread-safe; a builder may build several fetchers.
   */
  public static final class Builder {
    private String contact;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration retryBackoff = Duration.ofSeconds(1);
    private Duration maxRetryWait = Duration.ofSeconds(120);
    private Duration defaultHostInterval = Duration.ZERO;
    private final Map<String, Duration> hostIntervals = new LinkedHashMap<>();
    private Path cacheDirectory;
    private Recordings replay;
    private Path recordTo;
    private Ticker ticker = Ticker.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {
      hostIntervals.put("arxiv.org", ARXIV_INTERVAL);
      hostIntervals.put("*.arxiv.org", ARXIV_INTERVAL);
    }

    /**
     * A contact address (mail or URL) put in the User-Agent, as arXiv and others ask of clients.
     *
     * @param contact e.g. {@code "mailto:me@example.org"} or a project URL
     * @return this builder
     */
    public Builder contact(String contact) {
      this.contact = Objects.requireNonNull(contact, "contact").strip();
      return this;
    }

    /**
     * Time allowed to open a connection; default 10 s.
     *
     * @param d a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d, "connectTimeout");
      return this;
    }

    /**
     * Longest silence allowed while waiting for or reading a response; default 30 s.
     *
     * @param d a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration d) {
      this.readTimeout = Objects.requireNonNull(d, "readTimeout");
      return this;
    }

    /**
     * Longest time reading one response body may take, however steadily it arrives; default
     * 5 min. The read timeout alone never ends a body dripping one byte a second. Like a read
     * timeout, running out of time fails the attempt, which is retried.
     *
     * @param d a positive duration
     * @return this builder
     */
    public Builder bodyTimeout(Duration d) {
      this.bodyTimeout = Objects.requireNonNull(d, "bodyTimeout");
      return this;
    }

    /**
     * Cap on a response body after decompression; default 50 MiB. Enforced while streaming, also
     * when {@code Content-Length} is absent or wrong.
     *
     * @param bytes a positive number of bytes
     * @return this builder
     */
    public Builder maxBodyBytes(long bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Redirects followed before failing; default 5.
     *
     * @param n zero or more
     * @return this builder
     */
    public Builder maxRedirects(int n) {
      this.maxRedirects = n;
      return this;
    }

    /**
     * Attempts per request, the first included; default 4 (one try and three retries).
     *
     * @param n one or more
     * @return this builder
     */
    public Builder maxAttempts(int n) {
      this.maxAttempts = n;
      return this;
    }

    /**
     * The wait before the first retry when the server gives no {@code Retry-After}; it doubles
     * with each further retry, and each wait is jittered between half and all of that; default 1 s.
     *
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder retryBackoff(Duration d) {
      this.retryBackoff = Objects.requireNonNull(d, "retryBackoff");
      return this;
    }

    /**
     * The longest single wait before a retry; default 120 s. A {@code Retry-After} asking for
     * more fails the fetch at once rather than hanging.
     *
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder maxRetryWait(Duration d) {
      this.maxRetryWait = Objects.requireNonNull(d, "maxRetryWait");
      return this;
    }

    /**
     * Minimum interval between the starts of two requests to one host, for hosts without their
     * own setting; default zero (no wait).
     *
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder defaultHostInterval(Duration d) {
      this.defaultHostInterval = Objects.requireNonNull(d, "defaultHostInterval");
      return this;
    }

    /**
     * Minimum interval between the starts of two requests to {@code host}, held across threads.
     * {@code "*.example.org"} covers every subdomain of example.org; an exact host wins over a
     * wildcard. arXiv's hosts ({@code arxiv.org}, {@code *.arxiv.org}) default to 3 s.
     *
     * @param host a host name, matched ignoring case, or {@code *.} and a domain
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder hostInterval(String host, Duration d) {
      String h = Objects.requireNonNull(host, "host").strip().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        throw new ConfigurationException("hostInterval needs a host name");
      }
      hostIntervals.put(h, Objects.requireNonNull(d, "interval"));
      return this;
    }

    /**
     * Keeps validated responses (those with an ETag or Last-Modified) in {@code dir}, so a later
     * fetch of the same URL, also by another process, is a conditional GET and a 304 is served
     * from there. Entries are written atomically; a corrupt one is ignored.
     *
     * @param dir a directory, created when first needed
     * @return this builder
     */
    public Builder cacheDirectory(Path dir) {
      this.cacheDirectory = Objects.requireNonNull(dir, "cacheDirectory");
      return this;
    }

    /**
     * Serves every fetch from {@code recordings} and never touches the network: no socket is
     * opened, no politeness wait or retry happens, and the cache is not used. A URL without a
     * recording fails with a {@link FetchException}; a recorded error status fails as it would live.
     *
     * @param recordings the recorded answers
     * @return this builder
     */
    public Builder replay(Recordings recordings) {
      this.replay = Objects.requireNonNull(recordings, "recordings");
      return this;
    }

    /**
     * Also writes every live answer (final statuses and redirect hops) as a cassette in
     * {@code dir}, with an {@code index.txt}, so the directory can later be replayed with
     * {@link Recordings#fromDirectory(Path)} or bundled and read with
     * {@link Recordings#fromClasspath(String)}.
     *
     * @param dir a directory, created when first needed
     * @return this builder
     */
    public Builder recordTo(Path dir) {
      this.recordTo = Objects.requireNonNull(dir, "recordTo");
      return this;
    }

    Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker);
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    /**
     * A fetcher with these settings.
     *
     * @return a new fetcher; close it when done
     * @throws ConfigurationException when a setting is out of range or settings contradict
     */
    public HttpFetcher build() {
      positive(connectTimeout, "connectTimeout");
      positive(readTimeout, "readTimeout");
      positive(bodyTimeout, "bodyTimeout");
      notNegative(retryBackoff, "retryBackoff");
      notNegative(maxRetryWait, "maxRetryWait");
      notNegative(defaultHostInterval, "defaultHostInterval");
      hostIntervals.forEach((h, d) -> notNegative(d, "hostInterval(" + h + ")"));
      if (maxBodyBytes <= 0) {
        throw new ConfigurationException("maxBodyBytes must be positive, was " + maxBodyBytes);
      }
      if (maxRedirects < 0) {
        throw new ConfigurationException("maxRedirects must not be negative, was " + maxRedirects);
      }
      if (maxAttempts < 1) {
        throw new ConfigurationException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      if (replay != null && recordTo != null) {
        throw new ConfigurationException("replay and recordTo exclude each other: replay never fetches anything to record");
      }
      return new HttpFetcher(this);
    }

    private static void positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new ConfigurationException(name + " must be positive, was " + d);
      }
    }

    private static void notNegative(Duration d, String name) {
      if (d.isNegative()) {
        throw new ConfigurationException(name + " must not be negative, was " + d);
      }
    }
  }
}
