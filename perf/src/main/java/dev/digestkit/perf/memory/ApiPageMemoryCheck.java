package dev.digestkit.perf.memory;

import dev.digestkit.arxiv.ArxivClient;
import dev.digestkit.arxiv.ArxivDocument;
import dev.digestkit.arxiv.ArxivQuery;
import dev.digestkit.arxiv.ArxivSearch;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.perf.inputs.ArxivApiPage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Memory check: a 2,000-entry arXiv API page (the real page scaled up, about 4.6 MB) fetched
 * from a local server through the core fetcher and read by the arXiv adapter. Run it with
 * {@code -Xmx32m} (the limit; it passes at 22 MiB); it prints the peak heap and exits 1
 * when a paper is missing.
 *
 * <p>By default the page is read whole by {@link ArxivDocument#parse}, which holds the body and
 * all 2,000 papers at the end. With the argument {@code client} it is streamed through
 * {@link ArxivClient#search(ArxivSearch)} with a page size of 2,000, which holds the body and the
 * paper being counted.
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
    boolean client = args.length > 0 && args[0].equals("client");
    try (HeapWatch heap = HeapWatch.start()) {
      long t0 = System.nanoTime();
      long papers = client ? streamed(ENTRIES) : papers(ENTRIES);
      double seconds = (System.nanoTime() - t0) / 1e9;
      boolean ok = papers == ENTRIES;
      System.out.printf(Locale.ROOT, "api page%s: %d of %d papers in %.2f s; %s: %s%n", client ? " (ArxivClient, streamed)" : "",
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

  /**
   * Serves a page of {@code entries} entries on 127.0.0.1 and streams it through
   * {@link ArxivClient} in one request of {@code entries} results.
   *
   * @return the number of distinct papers the client handed out
   * @throws IOException when the local server cannot start
   */
  public static long streamed(int entries) throws IOException {
    try (LocalHttpServer server = LocalHttpServer.start("/api/query", "application/atom+xml; charset=utf-8",
            (query, out) -> ArxivApiPage.write(out, entries));
        HttpFetcher fetcher = HttpFetcher.builder().build()) {
      ArxivClient client = ArxivClient.builder().fetcher(fetcher).apiUrl(server.url()).pageSize(entries).build();
      ArxivSearch search = ArxivSearch.builder().query(ArxivQuery.raw("all:testing")).maxResults(entries).build();
      // Distinct by id without holding the papers: ids are 2601.00001 upwards, one bit each.
      java.util.BitSet seen = new java.util.BitSet(entries + 1);
      search(client, search).forEach(p -> seen.set(Integer.parseInt(p.id().substring(5))));
      return server.requests() == 1 ? seen.cardinality() : -1;
    }
  }

  private static Iterable<Paper> search(ArxivClient client, ArxivSearch search) {
    return client.search(search);
  }
}
