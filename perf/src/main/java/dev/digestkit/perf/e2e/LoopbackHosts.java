package dev.digestkit.perf.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many distinct "hosts" on one machine: one WireMock server per loopback address (127.0.0.x),
 * all on the same port. A server bound to 127.0.0.1 does not receive connections made to
 * 127.0.0.10, so each address gets its own small server; the fetcher then sees each address as
 * a separate host for politeness.
 */
final class LoopbackHosts implements AutoCloseable {
  private final Map<String, WireMockServer> servers = new LinkedHashMap<>();
  private final int port;
  private final int delayMillis;

  private LoopbackHosts(List<String> addresses, int delayMillis) throws IOException {
    this.delayMillis = delayMillis;
    this.port = freePort(addresses.get(0));
    for (String address : addresses) {
      WireMockServer server = new WireMockServer(WireMockConfiguration.options()
          .bindAddress(address)
          .port(port)
          .containerThreads(6)
          .jettyAcceptors(1)
          .notifier(new Slf4jNotifier(false)));
      server.start();
      servers.put(address, server);
    }
  }

  /** Starts one server per address; every response will be delayed by {@code delayMillis}. */
  static LoopbackHosts start(List<String> addresses, int delayMillis) throws IOException {
    return new LoopbackHosts(addresses, delayMillis);
  }

  /** Serves {@code body} at {@code path} on {@code address}; returns its URL. */
  URI serve(String address, String path, String contentType, byte[] body) {
    servers.get(address).stubFor(get(urlPathEqualTo(path)).willReturn(aResponse()
        .withStatus(200)
        .withHeader("Content-Type", contentType)
        .withBody(body)
        .withFixedDelay(delayMillis)));
    return url(address, path);
  }

  /** The URL of {@code path} on {@code address}. */
  URI url(String address, String path) {
    return URI.create("http://" + address + ":" + port + path);
  }

  /** The base URL of {@code address}, no trailing slash. */
  String base(String address) {
    return "http://" + address + ":" + port;
  }

  /** Requests {@code address} received. */
  int requests(String address) {
    return servers.get(address).getAllServeEvents().size();
  }

  /** Requests every server received, in total. */
  int totalRequests() {
    return servers.values().stream().mapToInt(s -> s.getAllServeEvents().size()).sum();
  }

  /** Forgets every request received so far (stubs stay). */
  void resetRequests() {
    servers.values().forEach(WireMockServer::resetRequests);
  }

  /** The addresses, in start order. */
  List<String> addresses() {
    return new ArrayList<>(servers.keySet());
  }

  @Override
  public void close() {
    servers.values().forEach(WireMockServer::stop);
  }

  private static int freePort(String address) throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
      return s.getLocalPort();
    }
  }
}
