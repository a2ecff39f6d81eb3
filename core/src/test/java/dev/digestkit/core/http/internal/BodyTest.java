package dev.digestkit.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The chunked body against the plain array it replaces: the same bytes, length and checksum, and
 * a stream that behaves like {@link ByteArrayInputStream} under any mix of reads, skips, marks and
 * resets, on thousands of seeded random bodies read through streams that deliver bytes in
 * random-sized pieces.
 */
class BodyTest {
  private static final int CASES = 600;

  @Test
  void randomBodiesReadInRandomPiecesComeBackExactly() throws IOException {
    Random rnd = new Random(20261123);
    for (int c = 0; c < CASES; c++) {
      byte[] data = randomBytes(rnd, randomLength(rnd));
      long declared = switch (rnd.nextInt(3)) {
        case 0 -> -1;
        case 1 -> data.length;
        default -> rnd.nextInt(Body.MAX_CHUNK * 2);  // a wrong declaration only sizes the first chunk
      };
      Body.Builder b = new Body.Builder(declared);
      InputStream in = new Dribble(data, rnd.nextLong());
      while (b.read(in, Long.MAX_VALUE) >= 0) {
        // keep reading
      }
      Body body = b.build();

      assertThat(body.length()).as("case %d", c).isEqualTo(data.length);
      assertThat(body.toArray()).as("case %d", c).isEqualTo(data);
      assertThat(body.crc32()).as("case %d", c).isEqualTo(crc(data));
      assertThat(body.openStream().readAllBytes()).as("case %d", c).isEqualTo(data);
      for (byte[] part : body.parts()) {
        assertThat(part.length).isBetween(1, Body.MAX_CHUNK);
      }
      sameAsByteArrayInputStream(body, data, new Random(rnd.nextLong()), c);
    }
  }

  @Test
  void readAllMatchesTheDecodedBytesForEveryCoding() throws IOException {
    Random rnd = new Random(7);
    for (int c = 0; c < 200; c++) {
      byte[] data = randomBytes(rnd, randomLength(rnd) / 4);
      byte[] gz = gzip(data);
      byte[] zlib = deflate(data);
      assertThat(BodyReader.readAll(new Dribble(data, c), "", data.length, Long.MAX_VALUE).toArray()).isEqualTo(data);
      assertThat(BodyReader.readAll(new Dribble(data, c), "identity", -1, Long.MAX_VALUE).toArray()).isEqualTo(data);
      assertThat(BodyReader.readAll(new Dribble(gz, c), "gzip", gz.length, Long.MAX_VALUE).toArray()).isEqualTo(data);
      assertThat(BodyReader.readAll(new Dribble(zlib, c), "deflate", -1, Long.MAX_VALUE).toArray()).isEqualTo(data);
    }
  }

  @Test
  void capIsExactWhateverTheChunking() throws IOException {
    Random rnd = new Random(11);
    for (int c = 0; c < 100; c++) {
      byte[] data = randomBytes(rnd, 1 + randomLength(rnd));
      assertThat(BodyReader.readAll(new Dribble(data, c), "", -1, data.length).length()).isEqualTo(data.length);
      assertThatThrownBy(() -> BodyReader.readAll(new Dribble(data, 1), "", -1, data.length - 1))
          .isInstanceOf(BodyReader.TooLargeException.class);
      byte[] gz = gzip(data);
      assertThatThrownBy(() -> BodyReader.readAll(new Dribble(gz, 2), "gzip", gz.length, data.length - 1))
          .isInstanceOf(BodyReader.TooLargeException.class);
    }
  }

  @Test
  void aCutBodyKeepsEveryByteThatArrived() {
    Random rnd = new Random(13);
    for (int c = 0; c < 100; c++) {
      byte[] data = randomBytes(rnd, 2 + randomLength(rnd));
      int cut = 1 + rnd.nextInt(data.length - 1);
      InputStream broken = new Dribble(Arrays.copyOf(data, cut), c) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n < 0) {
            throw new IOException("connection reset");
          }
          return n;
        }

        @Override
        public int read() throws IOException {
          int n = super.read();
          if (n < 0) {
            throw new IOException("connection reset");
          }
          return n;
        }
      };
      assertThatThrownBy(() -> BodyReader.readAll(broken, "", data.length, Long.MAX_VALUE))
          .isInstanceOfSatisfying(BodyReader.TruncatedException.class,
              e -> assertThat(e.partial().toArray()).isEqualTo(Arrays.copyOf(data, cut)));
    }
  }

  @Test
  void onlyPlainInMemoryStreamsCountAsInMemory() {
    assertThat(Body.inMemory(Body.copyOf(new byte[] {1}).openStream())).isTrue();
    assertThat(Body.inMemory(Body.EMPTY.openStream())).isTrue();
    assertThat(Body.inMemory(new ByteArrayInputStream(new byte[1]))).isTrue();
    assertThat(Body.inMemory(new ByteArrayInputStream(new byte[1]) { })).isFalse();
    assertThat(Body.inMemory(new java.io.BufferedInputStream(new ByteArrayInputStream(new byte[1])))).isFalse();
  }

  @Test
  void copyOfDoesNotShareTheCallersArray() {
    byte[] data = {1, 2, 3};
    Body body = Body.copyOf(data);
    data[0] = 9;
    assertThat(body.toArray()).containsExactly(1, 2, 3);
  }

  // Applies the same random operations to the body's stream and to a ByteArrayInputStream over
  // the same bytes; every answer must agree.
  private static void sameAsByteArrayInputStream(Body body, byte[] data, Random rnd, int c) {
    InputStream a = body.openStream();
    ByteArrayInputStream b = new ByteArrayInputStream(data);
    for (int op = 0; op < 40; op++) {
      try {
        switch (rnd.nextInt(6)) {
          case 0 -> assertThat(a.read()).as("case %d read()", c).isEqualTo(b.read());
          case 1 -> {
            int len = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : rnd.nextInt(Body.MAX_CHUNK + 1000);
            int off = rnd.nextInt(5);
            byte[] x = new byte[off + len + rnd.nextInt(3)];
            byte[] y = x.clone();
            assertThat(a.read(x, off, len)).as("case %d read(b, %d, %d)", c, off, len).isEqualTo(b.read(y, off, len));
            assertThat(x).isEqualTo(y);
          }
          case 2 -> {
            long n = rnd.nextInt(Body.MAX_CHUNK * 2);
            assertThat(a.skip(n)).as("case %d skip", c).isEqualTo(b.skip(n));
          }
          case 3 -> assertThat(a.available()).as("case %d available", c).isEqualTo(b.available());
          case 4 -> {
            a.mark(0);
            b.mark(0);
          }
          default -> {
            a.reset();
            b.reset();
          }
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    try {
      assertThat(a.readAllBytes()).as("case %d rest", c).isEqualTo(b.readAllBytes());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int randomLength(Random rnd) {
    return switch (rnd.nextInt(5)) {
      case 0 -> rnd.nextInt(16);
      case 1 -> Body.MAX_CHUNK * (1 + rnd.nextInt(3)) + rnd.nextInt(3) - 1;  // chunk boundaries
      case 2 -> rnd.nextInt(1_500_000);
      default -> rnd.nextInt(40_000);
    };
  }

  private static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static long crc(byte[] b) {
    CRC32 crc = new CRC32();
    crc.update(b);
    return crc.getValue();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  /** Hands out its bytes in random-sized pieces, as a socket does. */
  private static class Dribble extends InputStream {
    private final byte[] data;
    private final Random rnd;
    private int pos;

    Dribble(byte[] data, long seed) {
      this.data = data;
      this.rnd = new Random(seed);
    }

    @Override
    public int read() throws IOException {
      return pos < data.length ? data[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pos >= data.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, data.length - pos), 1 + rnd.nextInt(rnd.nextBoolean() ? 100 : 70_000));
      System.arraycopy(data, pos, b, off, n);
      pos += n;
      return n;
    }
  }
}
