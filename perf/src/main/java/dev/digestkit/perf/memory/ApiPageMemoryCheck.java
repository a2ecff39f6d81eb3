package dev.digestkit.perf.memory;

import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.perf.inputs.ArxivApiPage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Memory check: a 2,000-entry arXiv API page (the real page scaled up, about 4.6 MB) fetched
 * from a local server through the core fetcher and read by the arXiv adapter. Run it with
 * {@code -Xmx32m}; it prints the peak heap and exits 1 when a paper is missing.
 */
public final class ApiPageMemoryCheck {
  static final int ENTRIES = 2000;

  private ApiPageMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args ignored
   * @throws IOException when the local server cannot start
   */
  public static void main(String[] args) throws IOException {
    try (HeapWatch heap = HeapWatch.start()) {
      long t0 = System.nanoTime();
      int papers = papers(ENTRIES);
      double seconds = (System.nanoTime() - t0) / 1e9;
      boolean ok = papers == ENTRIES;
      System.out.printf(Locale.ROOT, "api page: %d of %d papers in %.2f s; %s: %s%n",
          papers, ENTRIES, seconds, heap.summary(), ok ? "PASS" : "FAIL");
      if (!ok) {
        System.exit(1);
      }
    }
  }

  /**
   * Serves a page of {@code entries} entries on 127.0.0.1, fetches and reads it.
   *
   * @return the number of papers the adapter read
   * @throws IOException when the local server cannot start
   */
  public static int papers(int entries) throws IOException {
    try (LocalHttpServer server = LocalHttpServer.start("/api/query", "application/atom+xml; charset=utf-8",
            (query, out) -> ArxivApiPage.write(out, entries));
        HttpFetcher fetcher = HttpFetcher.builder().build()) {
      FetchResponse response = fetcher.fetch(server.url());
      try (InputStream in = response.openStream()) {
        return ArxivDocument.parse(in, response.uri()).papers().size();
      }
    }
  }
}
