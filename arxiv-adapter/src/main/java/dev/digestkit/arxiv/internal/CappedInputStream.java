package dev.digestkit.arxiv.internal;

import dev.digestkit.core.ParseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Refuses a document once more than a set number of bytes has been read from it. StAX keeps a
 * whole attribute value or text run in memory, so without a cap one 100 MB attribute is an
 * OutOfMemoryError; with it, it is a {@link ParseException}.
 */
final class CappedInputStream extends FilterInputStream {
  private final long cap;
  private final URI location;
  private long read;

  CappedInputStream(InputStream in, long cap, URI location) {
    super(in);
    this.cap = cap;
    this.location = location;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > cap) {
      throw new ParseException(String.valueOf(location), "document larger than the cap of " + cap + " bytes");
    }
  }
}
