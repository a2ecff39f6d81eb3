package dev.digestkit.core.feed.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a feed's bytes into text. Order of authority: a byte-order mark, then the HTTP charset,
 * then the XML declaration's {@code encoding}, then UTF-8. Bytes invalid in the chosen charset
 * are re-read as windows-1252 (what mislabelled Western feeds almost always are) and reported.
 * ISO-8859-1 and US-ASCII are read as windows-1252, its superset, as browsers do.
 */
public final class Decoding {
  private Decoding() {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decodes {@code bytes}; problems found are added to {@code problems}. */
  public static String decode(byte[] bytes, Optional<Charset> httpCharset, Problems problems) {
    int skip = 0;
    Charset cs = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
      cs = StandardCharsets.UTF_16LE;
    } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
      cs = StandardCharsets.UTF_16BE;
    } else if (httpCharset.isPresent()) {
      cs = httpCharset.get();
    } else {
      String declared = declaredEncoding(bytes);
      if (declared != null && (declared.startsWith("utf-16") || declared.startsWith("utf-32") || declared.startsWith("ucs"))) {
        // the declaration was just read as single bytes, so the document is not in a wide encoding
        problems.add("line 1: declared encoding '" + declared + "' contradicts the bytes; read as UTF-8");
        declared = null;
      }
      if (declared != null) {
        try {
          cs = Charset.forName(declared);
        } catch (IllegalArgumentException e) {
          problems.add("line 1: unknown encoding '" + declared + "', read as UTF-8");
        }
      }
    }
    if (cs == null) {
      cs = StandardCharsets.UTF_8;
    }
    if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
      cs = WINDOWS_1252;
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      // String's own UTF-8 decoder is far faster; it only needs checking when it replaced something
      String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer out = dec.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      Charset fallback = cs.equals(WINDOWS_1252) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      problems.add("bytes are not valid " + cs.name() + "; read as " + fallback.name());
      // new String replaces whatever the fallback cannot map, so this never fails
      return new String(bytes, skip, bytes.length - skip, fallback);
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The {@code encoding} pseudo-attribute of an XML declaration in the first bytes, if any. */
  static String declaredEncoding(byte[] b) {
    int limit = Math.min(b.length, 256);
    String head = new String(b, 0, limit, StandardCharsets.ISO_8859_1);
    int start = head.indexOf("<?xml");
    if (start < 0 || start > 16) {
      return null;
    }
    int end = head.indexOf("?>", start);
    if (end < 0) {
      return null;
    }
    String decl = head.substring(start, end);
    int e = decl.indexOf("encoding");
    if (e < 0) {
      return null;
    }
    int i = e + 8;
    while (i < decl.length() && (decl.charAt(i) == ' ' || decl.charAt(i) == '=')) {
      i++;
    }
    if (i >= decl.length()) {
      return null;
    }
    char q = decl.charAt(i);
    if (q != '"' && q != '\'') {
      return null;
    }
    int close = decl.indexOf(q, i + 1);
    return close < 0 ? null : decl.substring(i + 1, close).trim().toLowerCase(Locale.ROOT);
  }
}
