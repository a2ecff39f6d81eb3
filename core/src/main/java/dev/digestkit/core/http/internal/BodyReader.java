package dev.digestkit.core.http.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing {@code Content-Encoding}, and counts the decoded bytes as they
 * stream so that neither a huge body nor a compression bomb is ever held whole in memory.
 */
public final class BodyReader {
  private static final int BUFFER = 16 * 1024;

  private BodyReader() {}

  /** The decoded body is larger than allowed; nothing more was read. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message);
    }
  }

  /** The connection broke off in the middle of the body; {@link #partial()} holds what arrived. */
  public static final class TruncatedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Body partial;

    TruncatedException(Body partial, IOException cause) {
      super("body cut off after " + partial.length() + " bytes: " + cause.getMessage(), cause);
      this.partial = partial;
    }

    /** The decoded bytes read before the cut. */
    public Body partial() {
      return partial;
    }
  }

  /** The body is not valid in its declared {@code Content-Encoding}; retrying will not help. */
  public static final class UndecodableException extends IOException {
    private static final long serialVersionUID = 1L;

    UndecodableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Reads the whole decoded body into a {@link Body}: straight into the chunks it is kept in,
   * never into a growing array that is copied (see {@link Body} for why).
   *
   * @param raw the body as it came off the wire
   * @param contentEncoding the {@code Content-Encoding} header, or empty
   * @param contentLength the declared length, or -1
   * @param cap the most decoded bytes accepted
   * @throws TooLargeException when the decoded body (or its declared length) exceeds {@code cap}
   */
  public static Body readAll(InputStream raw, String contentEncoding, long contentLength, long cap) throws IOException {
    boolean encoded = !encodings(contentEncoding).isEmpty();
    if (!encoded && contentLength > cap) {
      throw new TooLargeException("Content-Length " + contentLength + " exceeds the cap of " + cap + " bytes");
    }
    InputStream in = decode(raw, contentEncoding);
    Body.Builder out = new Body.Builder(encoded ? -1 : Math.min(cap, contentLength));
    try {
      // Ask for at most one byte beyond the cap: enough to know it was exceeded.
      while (out.read(in, cap - out.size() + 1) >= 0) {
        if (out.size() > cap) {
          throw new TooLargeException("body exceeds the cap of " + cap + " bytes"
              + (encoded ? " after " + contentEncoding + " decoding" : ""));
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new UndecodableException("body is not valid " + contentEncoding + ": " + e.getMessage(), e);
    } catch (TooLargeException e) {
      throw e;
    } catch (IOException e) {
      if (out.size() > 0) {
        throw new TruncatedException(out.build(), e);
      }
      throw e;
    }
    return out.build();
  }

  /**
   * Reads at most {@code max} decoded bytes, for error bodies a caller only needs the start of.
   * Decoding problems end the read quietly: what was read so far is returned.
   */
  public static byte[] readPrefix(InputStream raw, String contentEncoding, int max) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      InputStream in = decode(raw, contentEncoding);
      byte[] buf = new byte[BUFFER];
      int n;
      while (out.size() < max && (n = in.read(buf, 0, Math.min(buf.length, max - out.size()))) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // An error body is a courtesy; a broken one must not hide the status that caused it.
    }
    return out.toByteArray();
  }

  private static List<String> encodings(String contentEncoding) {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return List.of();
    }
    List<String> list = new ArrayList<>();
    for (String e : contentEncoding.split(",")) {
      String t = e.trim().toLowerCase(Locale.ROOT);
      if (!t.isEmpty() && !t.equals("identity")) {
        list.add(t);
      }
    }
    return list;
  }

  private static InputStream decode(InputStream raw, String contentEncoding) throws IOException {
    List<String> codings = encodings(contentEncoding);
    // Codings are listed in the order they were applied, so they are undone last first.
    Collections.reverse(codings);
    if (codings.isEmpty()) {
      return raw;
    }
    // An empty body labelled gzip (seen on 204-like answers) is empty, not corrupt.
    PushbackInputStream peek = new PushbackInputStream(raw, 1);
    int first = peek.read();
    if (first < 0) {
      return InputStream.nullInputStream();
    }
    peek.unread(first);
    InputStream in = peek;
    for (String c : codings) {
      switch (c) {
        case "gzip":
        case "x-gzip":
          try {
            in = new GZIPInputStream(in, BUFFER);
          } catch (java.util.zip.ZipException e) {
            throw new UndecodableException("body is not valid gzip: " + e.getMessage(), e);
          }
          break;
        case "deflate":
          in = inflate(in);
          break;
        default:
          throw new UndecodableException("unsupported Content-Encoding " + c, null);
      }
    }
    return in;
  }

  // "deflate" should mean zlib-wrapped (RFC 1950) but some servers send raw deflate: sniff it.
  private static InputStream inflate(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, BUFFER);
    b.mark(2);
    int cmf = b.read();
    int flg = b.read();
    b.reset();
    boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    return new InflaterInputStream(b, new Inflater(!zlib), BUFFER);
  }
}
