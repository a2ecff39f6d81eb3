package dev.digestkit.perf.memory;

import dev.digestkit.arxiv.ArxivHarvester;
import dev.digestkit.arxiv.FileHarvestCheckpoint;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.perf.inputs.OaiPages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory check: a harvest of 200,000 OAI-PMH records (1,000 per page, like arXiv's) through
 * {@link ArxivHarvester} from a local server that generates each page while sending it, with a
 * file checkpoint saved after every page, as a real bulk harvest runs. Run it with
 * {@code -Xmx64m}; it prints the peak heap and exits 1 unless every record arrived exactly once.
 */
public final class HarvestMemoryCheck {
  static final int RECORDS = 200_000;
  static final int PAGE = 1000;
  private static final String TOKEN = "resumptionToken=page-";

  private HarvestMemoryCheck() {}

  /**
   * What a run saw.
   *
   * @param total records served
   * @param distinct records the sink received exactly once, with a paper
   * @param wrong records that were repeated, unknown or without a paper
   * @param pages pages the harvester fetched
   * @param complete whether the harvester reached the last page
   * @param seconds wall time of the harvest
   */
  public record Outcome(int total, int distinct, long wrong, int pages, boolean complete, double seconds) {
    /** True when every record arrived exactly once and the harvest completed. */
    public boolean ok() {
      return distinct == total && wrong == 0 && complete;
    }
  }

  /**
   * Runs the check.
   *
   * @param args optionally the number of records (default 200,000)
   * @throws IOException when the local server cannot start
   */
  public static void main(String[] args) throws IOException {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : RECORDS;
    try (HeapWatch heap = HeapWatch.start()) {
      Outcome o = run(total, PAGE);
      System.out.printf(Locale.ROOT, "harvest: %,d of %,d records exactly once (%d wrong), %d pages, %.1f s (%,.0f records/s); %s: %s%n",
          o.distinct(), o.total(), o.wrong(), o.pages(), o.seconds(), o.total() / o.seconds(), heap.summary(),
          o.ok() ? "PASS" : "FAIL");
      if (!o.ok()) {
        System.exit(1);
      }
    }
  }

  /**
   * Harvests {@code total} generated records, {@code pageSize} per page, and checks each arrives once.
   *
   * @throws IOException when the local server cannot start or the checkpoint folder cannot be made
   */
  public static Outcome run(int total, int pageSize) throws IOException {
    OaiPages pages = OaiPages.load();
    Path dir = Files.createTempDirectory("perf-harvest");
    try (LocalHttpServer server = LocalHttpServer.start("/oai", "text/xml; charset=utf-8", (query, out) -> {
          int at = query.indexOf(TOKEN);
          int page = at < 0 ? 0 : Integer.parseInt(query.substring(at + TOKEN.length()).split("&")[0]);
          int first = page * pageSize;
          int count = Math.max(0, Math.min(pageSize, total - first));
          pages.writePage(out, first, count, total,
              first + count < total ? Optional.of("page-" + (page + 1)) : Optional.empty());
        });
        HttpFetcher fetcher = HttpFetcher.builder().build()) {
      BitSet seen = new BitSet(total);
      AtomicLong wrong = new AtomicLong();
      long t0 = System.nanoTime();
      ArxivHarvester.Result result = ArxivHarvester.builder()
          .fetcher(fetcher)
          .baseUrl(server.url())
          .set("physics:hep-ex")
          .checkpoint(new FileHarvestCheckpoint(dir.resolve("checkpoint.json")))
          .build()
          .harvest(record -> {
            String id = record.identifier().substring(record.identifier().lastIndexOf(':') + 1);
            int index = OaiPages.index(id);
            if (index < 0 || index >= total || seen.get(index) || record.paper().isEmpty()) {
              wrong.incrementAndGet();
            } else {
              seen.set(index);
            }
          });
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Outcome(total, seen.cardinality(), wrong.get(), result.pages(), result.complete(), seconds);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }
}
