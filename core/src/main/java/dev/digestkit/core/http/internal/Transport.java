package dev.digestkit.core.http.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/** Sends one GET and hands back the answer unread: the live network or a replay of recordings. */
public interface Transport extends Closeable {
  /**
   * Sends a GET of {@code uri} with exactly {@code headers}.
   *
   * @throws IOException on a network failure (the caller decides whether to retry)
   */
  Exchange send(URI uri, Map<String, String> headers) throws IOException;

  /** Whether this transport touches the network (and so needs politeness and retries). */
  boolean live();

  @Override
  void close();
}
