package dev.digestkit.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.arxiv.internal.ApiPages;
import dev.digestkit.arxiv.internal.AtomReader;
import dev.digestkit.arxiv.internal.Pager;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * API pages handed to the pager as they are parsed ({@link ApiPages#page}) against pages read
 * whole first, as before: the same papers in the same order, and the same failure for a page
 * that fails, on every API test document and on thousands of seeded mutations, with random page
 * sizes and limits (so pages are cut short and limits reached mid-page).
 */
class StreamedPagesTest {
  private static final URI URL = URI.create("https://export.arxiv.org/api/query?search_query=all:x");

  @Test
  void everyApiTestPageGivesTheSamePapers() {
    Random rnd = new Random(1);
    for (byte[] doc : pages()) {
      samePapers(doc, rnd, "page of " + doc.length + " bytes");
    }
  }

  @Test
  void mutatedPagesGiveTheSamePapersOrTheSameFailure() {
    List<byte[]> docs = pages();
    Random rnd = new Random(20261123);
    for (int c = 0; c < 1500; c++) {
      samePapers(mutate(docs.get(rnd.nextInt(docs.size())), rnd), rnd, "mutation " + c);
    }
  }

  // A page with a second totalResults after its entries: the pager must see the final value, so
  // the page is read whole. Here the later value ends the result at the page's end.
  @Test
  void aTotalAfterTheEntriesIsHonoured() {
    String page = new String(Fixtures.cassette("arxiv-api/q_testing_s0_m10_bc5a6c384fe9.json").body(), StandardCharsets.UTF_8);
    String moved = page.replace("</feed>", "<opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">10"
        + "</opensearch:totalResults></feed>");
    Outcome o = run(moved.getBytes(StandardCharsets.UTF_8), 10, 1000, true);
    assertThat(o.failure).isNull();
    assertThat(o.papers).hasSize(10);
  }

  private static void samePapers(byte[] doc, Random rnd, String what) {
    int want = 1 + rnd.nextInt(30);
    long max = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(30) : Long.MAX_VALUE;
    Outcome whole = run(doc, want, max, false);
    Outcome streamed = run(doc, want, max, true);
    assertThat(streamed.failure).as("%s, page size %d, max %d: failure", what, want, max).isEqualTo(whole.failure);
    if (whole.failure == null) {
      assertThat(streamed.papers).as("%s, page size %d, max %d", what, want, max).isEqualTo(whole.papers);
    } else {
      // A streamed page hands out its papers before the one that fails; a whole page none.
      assertThat(streamed.papers.size()).as("%s: papers before the failure", what).isGreaterThanOrEqualTo(whole.papers.size());
      assertThat(streamed.papers.subList(0, whole.papers.size())).as("%s: papers before the failure", what).isEqualTo(whole.papers);
    }
  }

  private record Outcome(List<Paper> papers, String failure) {}

  // One request: the document as its first page, then empty pages (which end it, or fail it when
  // totalResults promised more, without retries).
  private static Outcome run(byte[] doc, int pageSize, long max, boolean streamed) {
    Function<URI, Pager.ApiPage> first = uri -> {
      FetchResponse r = new FetchResponse(uri, uri, 200, Map.of(), doc, false);
      if (streamed) {
        return ApiPages.page(r, uri);
      }
      AtomReader atom = new AtomReader(new ByteArrayInputStream(doc), uri, 200);
      List<Paper> papers = atom.readAll();
      return new Pager.ApiPage(atom.totalResults(), papers);
    };
    int[] calls = {0};
    Pager.PageFetcher fetcher = (uri, retry) -> calls[0]++ == 0 ? first.apply(uri)
        : new Pager.ApiPage(java.util.OptionalLong.of(1_000_000), List.of());
    Pager pager = new Pager(List.of(request()), 0, Long.MAX_VALUE, max, fetcher, pageSize, 0, 30_000);
    List<Paper> papers = new ArrayList<>();
    try {
      pager.forEachRemaining(papers::add);
      return new Outcome(papers, null);
    } catch (RuntimeException e) {
      return new Outcome(papers, e.getClass().getName() + ": " + e.getMessage());
    }
  }

  private static Pager.Request request() {
    return new Pager.Request() {
      @Override
      public URI uri(long start, int max) {
        return URI.create(URL + "&start=" + start + "&max_results=" + max);
      }

      @Override
      public String description() {
        return "all:x";
      }

      @Override
      public boolean unbounded() {
        return false;
      }
    };
  }

  private static byte[] mutate(byte[] doc, Random rnd) {
    byte[] d = doc.clone();
    switch (rnd.nextInt(5)) {
      case 0 -> d = DocumentMutations.truncate(d, rnd);
      case 1 -> d = DocumentMutations.flipBytes(d, rnd);
      case 2 -> d = DocumentMutations.dropStretch(d, rnd);
      case 3 -> {
        // Another totalResults (valid or not) after the entries, or in a comment.
        String s = new String(d, StandardCharsets.UTF_8);
        String extra = switch (rnd.nextInt(3)) {
          case 0 -> "<opensearch:totalResults xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">" + rnd.nextInt(40)
              + "</opensearch:totalResults>";
          case 1 -> "<o:totalResults xmlns:o=\"http://a9.com/-/spec/opensearch/1.1/\">many</o:totalResults>";
          default -> "<!-- totalResults -->";
        };
        d = s.replace("</feed>", extra + "</feed>").getBytes(StandardCharsets.UTF_8);
      }
      default -> {
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n && d.length > 0; i++) {
          d[rnd.nextInt(d.length)] = (byte) rnd.nextInt(256);
        }
      }
    }
    return d;
  }

  private static List<byte[]> pages() {
    List<byte[]> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(StreamedPagesTest.class.getResource("/arxiv-api").toURI()))) {
      for (String name : files.map(p -> p.getFileName().toString()).sorted().toList()) {
        docs.add(name.endsWith(".json") ? Fixtures.cassette("arxiv-api/" + name).body() : Fixtures.bytes("arxiv-api/" + name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return docs;
  }
}
