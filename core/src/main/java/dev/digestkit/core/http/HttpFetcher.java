package dev.digestkit.core.http;

import dev.digestkit.core.FetchException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client every digestkit source uses. Built once with {@link #builder()},
 * immutable and thread-safe afterwards; close it to release connections.
 */
public final class HttpFetcher implements Closeable {
  /** Default cap on a response body, counted after decompression. */
  public static final long DEFAULT_MAX_BODY_BYTES = 50L * 1024 * 1024;

  private final CloseableHttpClient client;
  private final String userAgent;
  private final long maxBodyBytes;

  private HttpFetcher(Builder b) {
    this.userAgent = "digestkit/" + Version.get() + (b.contact == null ? "" : " (+" + b.contact + ")");
    this.maxBodyBytes = b.maxBodyBytes;
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(b.connectTimeout))
                .setSocketTimeout(Timeout.of(b.readTimeout))
                .build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom().setMaxRedirects(b.maxRedirects).build())
        .disableAutomaticRetries()
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The User-Agent header this fetcher sends. */
  public String userAgent() {
    return userAgent;
  }

  /** GETs {@code uri}. */
  public FetchResponse fetch(URI uri) {
    return fetch(FetchRequest.get(uri));
  }

  /**
   * GETs the request's URL.
   *
   * @return the response when the final status is 2xx
   * @throws FetchException on a network failure, an error status, or a body over the cap
   */
  public FetchResponse fetch(FetchRequest request) {
    URI uri = request.uri();
    HttpGet get = new HttpGet(uri);
    get.setHeader("User-Agent", userAgent);
    request.headers().forEach(get::setHeader);
    try {
      return client.execute(get, response -> {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
          headers.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        byte[] body = read(uri, response.getEntity());
        int status = response.getCode();
        if (status >= 400) {
          byte[] kept = body.length > FetchException.MAX_BODY_KEPT ? java.util.Arrays.copyOf(body, FetchException.MAX_BODY_KEPT) : body;
          throw new FetchException(uri, status, kept, "HTTP error " + status, null);
        }
        return new FetchResponse(uri, uri, status, headers, body, false);
      });
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException(uri, "request failed: " + e, e);
    }
  }

  private byte[] read(URI uri, HttpEntity entity) throws IOException {
    if (entity == null) {
      return new byte[0];
    }
    try (InputStream in = entity.getContent()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > maxBodyBytes) {
          throw new FetchException(uri, "response body exceeds the cap of " + maxBodyBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      // Closing idle connections cannot lose data; nothing useful to report.
    }
  }

  /** Settings for an {@link HttpFetcher}; every setting has a sensible default. */
  public static final class Builder {
    private String contact;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxRedirects = 5;

    private Builder() {}

    /** A contact address (mail or URL) put in the User-Agent, as arXiv and others ask. */
    public Builder contact(String contact) {
      this.contact = Objects.requireNonNull(contact, "contact");
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d);
      return this;
    }

    public Builder readTimeout(Duration d) {
      this.readTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** Cap on a response body after decompression; default {@value #DEFAULT_MAX_BODY_BYTES_TEXT}. */
    public Builder maxBodyBytes(long bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    public Builder maxRedirects(int n) {
      this.maxRedirects = n;
      return this;
    }

    static final String DEFAULT_MAX_BODY_BYTES_TEXT = "50 MiB";

    public HttpFetcher build() {
      return new HttpFetcher(this);
    }
  }
}
