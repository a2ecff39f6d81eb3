package dev.digestkit.core.http.internal;

import dev.digestkit.core.internal.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of validated responses for conditional GET. One file per URL (named by the SHA-256
 * of its {@link UrlKey}): a magic line, one line of JSON metadata, then the body. The metadata
 * carries the body's length and CRC-32, so a torn or tampered entry is recognised and ignored.
 */
public final class HttpCache {
  private static final Logger log = LoggerFactory.getLogger(HttpCache.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAGIC = "digestkit-http-cache 1\n";

  private final Path dir;

  /** @param dir the cache directory; created on first store */
  public HttpCache(Path dir) {
    this.dir = dir;
  }

  /**
   * A cached answer.
   *
   * @param finalUri the URL the body was read from, after redirects
   * @param etag the validator {@code ETag}, if the server sent one
   * @param lastModified the validator {@code Last-Modified}, if the server sent one
   * @param contentType the {@code Content-Type}, if any
   * @param body the decoded body
   */
  public record Entry(URI finalUri, Optional<String> etag, Optional<String> lastModified, Optional<String> contentType, byte[] body) {}

  /** The entry for {@code uri}; empty when there is none or it is unusable (logged at warn). */
  public Optional<Entry> load(URI uri) {
    Path file = fileFor(uri);
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      log.warn("cache entry {} for {} cannot be read, fetching afresh: {}", file, uri, e.toString());
      return Optional.empty();
    }
    try {
      byte[] magic = MAGIC.getBytes(StandardCharsets.US_ASCII);
      if (all.length < magic.length || !new String(all, 0, magic.length, StandardCharsets.US_ASCII).equals(MAGIC)) {
        throw new IOException("not a cache entry");
      }
      int nl = indexOf(all, (byte) '\n', magic.length);
      if (nl < 0) {
        throw new IOException("truncated metadata");
      }
      ObjectNode meta = (ObjectNode) JSON.readTree(new String(all, magic.length, nl - magic.length, StandardCharsets.UTF_8));
      byte[] body = java.util.Arrays.copyOfRange(all, nl + 1, all.length);
      CRC32 crc = new CRC32();
      crc.update(body);
      if (meta.path("length").asLong(-1) != body.length || meta.path("crc32").asLong(-1) != crc.getValue()) {
        throw new IOException("body length or checksum does not match");
      }
      if (!UrlKey.of(uri).equals(meta.path("key").asText())) {
        throw new IOException("entry belongs to another URL");
      }
      return Optional.of(new Entry(URI.create(meta.path("finalUrl").asText()), text(meta, "etag"),
          text(meta, "lastModified"), text(meta, "contentType"), body));
    } catch (IOException | RuntimeException e) {
      log.warn("cache entry {} for {} is corrupt and is ignored: {}", file, uri, e.getMessage());
      return Optional.empty();
    }
  }

  /** Stores an answer; a failure is logged at warn and otherwise ignored (the cache is an optimisation). */
  public void store(URI uri, URI finalUri, Optional<String> etag, Optional<String> lastModified, Optional<String> contentType, Body body) {
    ObjectNode meta = JSON.createObjectNode();
    meta.put("key", UrlKey.of(uri));
    meta.put("url", uri.toString());
    meta.put("finalUrl", finalUri.toString());
    etag.ifPresent(v -> meta.put("etag", v));
    lastModified.ifPresent(v -> meta.put("lastModified", v));
    contentType.ifPresent(v -> meta.put("contentType", v));
    meta.put("length", body.length());
    meta.put("crc32", body.crc32());
    Path file = fileFor(uri);
    try {
      // The body's chunks are written as they are: caching a large body costs no copy of it.
      List<byte[]> parts = new ArrayList<>();
      parts.add(MAGIC.getBytes(StandardCharsets.US_ASCII));
      parts.add((JSON.writeValueAsString(meta) + "\n").getBytes(StandardCharsets.UTF_8));
      parts.addAll(body.parts());
      AtomicFiles.write(file, parts.toArray(new byte[0][]));
      log.debug("cached {} ({} bytes) in {}", uri, body.length(), file);
    } catch (IOException e) {
      log.warn("cannot write cache entry {} for {}: {}", file, uri, e.toString());
    }
  }

  /** The file that holds {@code uri}'s entry. */
  public Path fileFor(URI uri) {
    return dir.resolve(sha256(UrlKey.of(uri)).substring(0, 40) + ".entry");
  }

  private static Optional<String> text(ObjectNode meta, String field) {
    return meta.path(field).isTextual() ? Optional.of(meta.path(field).asText()) : Optional.empty();
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
