package dev.digestkit.arxiv.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream handed to a StAX reader that can let go of the document once the reading is done.
 *
 * <p>Why: the JDK's {@code XMLInputFactory} keeps the last reader it made (to reuse it), and that
 * reader keeps the stream it read, so {@link Xml}'s shared factory held the whole last document
 * (4.6 MB for a 2,000-entry API page, plus whatever the stream came from) until the next document
 * was opened. {@link #release()} cuts that link: the factory then holds only this empty shell.
 */
final class ReleasableInputStream extends InputStream {
  private InputStream in;

  ReleasableInputStream(InputStream in) {
    this.in = in;
  }

  /** Drops the document; reads return end of stream afterwards. */
  void release() {
    in = InputStream.nullInputStream();
  }

  @Override
  public int read() throws IOException {
    return in.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return in.read(b, off, len);
  }

  @Override
  public long skip(long n) throws IOException {
    return in.skip(n);
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  // The caller owns the document stream and closes it; closing this shell only releases it.
  @Override
  public void close() {
    release();
  }
}
