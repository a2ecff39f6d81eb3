package dev.digestkit.arxiv;

import java.util.Arrays;
import java.util.Random;

/** The byte-level damage the streaming tests apply to recorded documents (seeded, repeatable). */
final class DocumentMutations {
  private DocumentMutations() {}

  /** Cut off anywhere, as a broken connection would. */
  static byte[] truncate(byte[] d, Random rnd) {
    return Arrays.copyOf(d, rnd.nextInt(d.length + 1));
  }

  /** One to five bytes turned into markup characters. */
  static byte[] flipBytes(byte[] d, Random rnd) {
    for (int i = 0, n = 1 + rnd.nextInt(5); i < n && d.length > 0; i++) {
      d[rnd.nextInt(d.length)] = (byte) "<>&/\"=x \n;#".charAt(rnd.nextInt(11));
    }
    return d;
  }

  /** A stretch of up to 400 bytes dropped: often an element's end, sometimes a header. */
  static byte[] dropStretch(byte[] d, Random rnd) {
    int from = rnd.nextInt(d.length + 1);
    int to = Math.min(d.length, from + rnd.nextInt(400));
    byte[] e = new byte[d.length - (to - from)];
    System.arraycopy(d, 0, e, 0, from);
    System.arraycopy(d, to, e, from, d.length - to);
    return e;
  }
}
