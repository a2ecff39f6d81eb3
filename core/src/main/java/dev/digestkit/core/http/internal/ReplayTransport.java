package dev.digestkit.core.http.internal;

import dev.digestkit.core.FetchException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Serves recorded answers; never opens a socket. */
public final class ReplayTransport implements Transport {
  private final CassetteIndex index;

  /** @param index the recordings to serve */
  public ReplayTransport(CassetteIndex index) {
    this.index = index;
  }

  @Override
  public boolean live() {
    return false;
  }

  @Override
  public Exchange send(URI uri, Map<String, String> headers) throws IOException {
    Cassette c = index.find(uri).orElseThrow(() -> new FetchException(uri,
        "no recording for " + uri + " (replay mode, " + index.size() + " recordings in " + index.description() + ")"));
    byte[] body = c.body().bytes();
    InputStream in = new ByteArrayInputStream(body);
    return new Exchange() {
      @Override
      public int status() {
        return c.status();
      }

      @Override
      public Map<String, List<String>> headers() {
        return c.headers();
      }

      @Override
      public InputStream body() {
        return in;
      }

      @Override
      public void abort() {}

      @Override
      public void close() {}
    };
  }

  @Override
  public void close() {}
}
