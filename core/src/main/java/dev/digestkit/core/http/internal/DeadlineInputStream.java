package dev.digestkit.core.http.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Ends a body that keeps arriving too slowly: a server dripping one byte a second never trips the
 * socket's read timeout, so the whole read gets a deadline too. Checked before every read; a
 * single read still blocks at most the socket's read timeout.
 */
final class DeadlineInputStream extends FilterInputStream {
  private final long deadline;
  private final Duration limit;

  DeadlineInputStream(InputStream in, Duration limit) {
    super(in);
    this.limit = limit;
    this.deadline = System.nanoTime() + limit.toNanos();
  }

  private void check() throws SocketTimeoutException {
    if (System.nanoTime() - deadline > 0) {
      throw new SocketTimeoutException("body not complete within the body timeout of " + limit.toMillis() + " ms");
    }
  }

  @Override
  public int read() throws IOException {
    check();
    return super.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    check();
    return super.read(b, off, len);
  }

  @Override
  public long skip(long n) throws IOException {
    check();
    return super.skip(n);
  }
}
