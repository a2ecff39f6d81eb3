package dev.digestkit.core.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * A response body held as a list of chunks of at most {@link #MAX_CHUNK} bytes, read straight off
 * the wire into the chunks it is kept in.
 *
 * <p>Why chunks rather than one array: a body read into a growing array (a
 * {@code ByteArrayOutputStream}) is at its peak two arrays at once while it grows and then copied
 * once more to trim it, so a 4.6 MB API page cost up to three times its size on the heap, in
 * arrays so large that the collector has to find them contiguous space. Chunks are allocated once,
 * filled in place and never copied; only the last one is trimmed. {@link #MAX_CHUNK} stays below
 * half of G1's smallest region (1 MiB), so no chunk is a humongous object.
 *
 * <p>Immutable once built: nothing hands out a chunk except {@link #parts()}, for writers that
 * promise not to modify them.
 */
public final class Body {
  /**
   * The largest chunk: 64 bytes short of 256 KiB, so that four of them with their array headers
   * fill a 1 MiB G1 region; at exactly 256 KiB only three fit and a quarter of every region
   * holding a body would stay empty.
   */
  static final int MAX_CHUNK = 256 * 1024 - 64;
  /** The first chunk when the length is not known in advance. */
  static final int FIRST_CHUNK = 8 * 1024;

  /** The empty body. */
  public static final Body EMPTY = new Body(new byte[0][], 0);

  private final byte[][] chunks;
  private final int length;

  private Body(byte[][] chunks, int length) {
    this.chunks = chunks;
    this.length = length;
  }

  /** A body holding a copy of {@code bytes}. */
  public static Body copyOf(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Body(new byte[][] {bytes.clone()}, bytes.length);
  }

  /**
   * A body over {@code bytes} itself, not a copy: for arrays nobody else holds (a cache file just
   * read, a recording), so that wrapping them costs nothing.
   */
  public static Body wrap(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Body(new byte[][] {bytes}, bytes.length);
  }

  /** The length in bytes. */
  public int length() {
    return length;
  }

  /** The bytes as one new array. */
  public byte[] toArray() {
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
  }

  /** A new stream over the bytes; it supports {@code mark}/{@code reset} at no cost. */
  public InputStream openStream() {
    return new BodyStream(chunks, length);
  }

  /** The CRC-32 of the bytes. */
  public long crc32() {
    CRC32 crc = new CRC32();
    for (byte[] c : chunks) {
      crc.update(c);
    }
    return crc.getValue();
  }

  /** The chunks themselves, in order, for writing out; the caller must not modify them. */
  public List<byte[]> parts() {
    return List.of(chunks);
  }

  /**
   * True when {@code in} is a stream over bytes already in memory whose {@code mark}/{@code reset}
   * cost nothing and whose {@code available()} is exactly what is left: a body's own stream or a
   * plain {@link java.io.ByteArrayInputStream} (not a subclass, which could change that). A
   * reader that must read a document twice can then rewind it instead of copying it.
   */
  public static boolean inMemory(InputStream in) {
    return in instanceof BodyStream || in.getClass() == java.io.ByteArrayInputStream.class;
  }

  /**
   * Collects bytes into chunks: {@link #read} fills them straight from a stream, {@link #build}
   * trims the last one. Chunks double from {@link #FIRST_CHUNK} (or start at the declared
   * length) up to {@link #MAX_CHUNK}, so a small body costs one small array.
   */
  public static final class Builder {
    private final List<byte[]> full = new ArrayList<>();
    private byte[] current;
    private int pos;
    private long total;

    /**
     * @param expected the declared length, or -1 when unknown; only sizes the first chunk
     */
    public Builder(long expected) {
      int first = expected > 0 ? (int) Math.min(expected, MAX_CHUNK) : FIRST_CHUNK;
      current = new byte[first];
    }

    /** Bytes collected so far. */
    public long size() {
      return total;
    }

    /**
     * Reads from {@code in} into the current chunk, at most {@code max} bytes (at least 1).
     *
     * @return the number of bytes read, or -1 at the end of the stream
     */
    public int read(InputStream in, long max) throws IOException {
      if (pos == current.length) {
        // Probe one byte before allocating another chunk, so a body that exactly fills its
        // chunk (the usual case when Content-Length sized it) costs no extra array.
        int b = in.read();
        if (b < 0) {
          return -1;
        }
        full.add(current);
        current = new byte[(int) Math.min(MAX_CHUNK, Math.max(FIRST_CHUNK, (long) current.length * 2))];
        current[0] = (byte) b;
        pos = 1;
        total++;
        return 1;
      }
      int n = in.read(current, pos, (int) Math.min(current.length - pos, Math.max(1, max)));
      if (n > 0) {
        pos += n;
        total += n;
      }
      return n;
    }

    /** The body collected so far; the builder must not be used afterwards. */
    public Body build() {
      if (total == 0) {
        return EMPTY;
      }
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("body of " + total + " bytes is too large for one response");
      }
      byte[][] all = new byte[full.size() + (pos > 0 ? 1 : 0)][];
      for (int i = 0; i < full.size(); i++) {
        all[i] = full.get(i);
      }
      if (pos > 0) {
        all[all.length - 1] = pos == current.length ? current : Arrays.copyOf(current, pos);
      }
      current = null;
      full.clear();
      return new Body(all, (int) total);
    }
  }

  /** A stream over the chunks; mark and reset just remember a position. */
  private static final class BodyStream extends InputStream {
    private final byte[][] chunks;
    private final int length;
    private int chunk;
    private int pos;
    private int offset;
    private int markChunk;
    private int markPos;
    private int markOffset;

    BodyStream(byte[][] chunks, int length) {
      this.chunks = chunks;
      this.length = length;
    }

    @Override
    public int read() {
      while (chunk < chunks.length) {
        byte[] c = chunks[chunk];
        if (pos < c.length) {
          offset++;
          return c[pos++] & 0xff;
        }
        chunk++;
        pos = 0;
      }
      return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      // As ByteArrayInputStream, which this replaces: end of stream wins over an empty request.
      if (offset >= length) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int done = 0;
      while (done < len && chunk < chunks.length) {
        byte[] c = chunks[chunk];
        int n = Math.min(len - done, c.length - pos);
        if (n == 0) {
          chunk++;
          pos = 0;
          continue;
        }
        System.arraycopy(c, pos, b, off + done, n);
        pos += n;
        done += n;
      }
      offset += done;
      return done == 0 ? -1 : done;
    }

    @Override
    public long skip(long n) {
      long done = 0;
      while (done < n && chunk < chunks.length) {
        int k = (int) Math.min(n - done, chunks[chunk].length - pos);
        if (k == 0) {
          chunk++;
          pos = 0;
          continue;
        }
        pos += k;
        done += k;
      }
      offset += (int) done;
      return done;
    }

    @Override
    public int available() {
      return length - offset;
    }

    @Override
    public boolean markSupported() {
      return true;
    }

    @Override
    public void mark(int readlimit) {
      markChunk = chunk;
      markPos = pos;
      markOffset = offset;
    }

    @Override
    public void reset() {
      chunk = markChunk;
      pos = markPos;
      offset = markOffset;
    }
  }
}
