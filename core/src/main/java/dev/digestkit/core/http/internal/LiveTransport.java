package dev.digestkit.core.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5 (classic) with every policy of its own switched off: redirects, retries,
 * decompression and cookies are the fetcher's, so they are applied once and counted correctly.
 */
public final class LiveTransport implements Transport {
  private final CloseableHttpClient client;
  private final Duration bodyTimeout;

  /**
   * @param connectTimeout time allowed to open a connection
   * @param readTimeout longest silence allowed while waiting for or reading a response
   * @param bodyTimeout longest time reading one body may take, however steadily it arrives
   */
  public LiveTransport(Duration connectTimeout, Duration readTimeout, Duration bodyTimeout) {
    this.bodyTimeout = bodyTimeout;
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(64)
            .setMaxConnPerRoute(8)
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(readTimeout))
                .build())
            .build())
        .setDefaultRequestConfig(RequestConfig.custom()
            .setRedirectsEnabled(false)
            .setResponseTimeout(Timeout.of(readTimeout))
            .build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableDefaultUserAgent()
        .build();
  }

  @Override
  public boolean live() {
    return true;
  }

  @Override
  @SuppressWarnings("deprecation")
  public Exchange send(URI uri, Map<String, String> headers) throws IOException {
    HttpGet get = new HttpGet(uri);
    headers.forEach(get::setHeader);
    CloseableHttpResponse response = client.execute(get);
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (Header header : response.getHeaders()) {
      h.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
    }
    HttpEntity entity = response.getEntity();
    InputStream body;
    try {
      body = entity == null ? InputStream.nullInputStream() : new DeadlineInputStream(entity.getContent(), bodyTimeout);
    } catch (IOException | RuntimeException e) {
      get.cancel();
      response.close(CloseMode.IMMEDIATE);
      throw e;
    }
    return new LiveExchange(get, response, h, body);
  }

  @Override
  public void close() {
    client.close(CloseMode.GRACEFUL);
  }

  private static final class LiveExchange implements Exchange {
    private final HttpGet get;
    private final CloseableHttpResponse response;
    private final Map<String, List<String>> headers;
    private final InputStream body;

    LiveExchange(HttpGet get, CloseableHttpResponse response, Map<String, List<String>> headers, InputStream body) {
      this.get = get;
      this.response = response;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public int status() {
      return response.getCode();
    }

    @Override
    public Map<String, List<String>> headers() {
      return headers;
    }

    @Override
    public InputStream body() {
      return body;
    }

    @Override
    public void abort() {
      // Cancelling shuts the connection at once; a plain close would drain the rest of the body.
      get.cancel();
      response.close(CloseMode.IMMEDIATE);
    }

    @Override
    public void close() {
      try {
        body.close();
        response.close();
      } catch (IOException e) {
        abort();
      }
    }
  }
}
