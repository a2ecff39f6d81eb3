package dev.digestkit.arxiv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.Paper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagerTest {

  private static final class FakeArxiv implements Pager.PageFetcher {
    final long total;
    final List<String> asked = new ArrayList<>();

    FakeArxiv(long total) {
      this.total = total;
    }

    @Override
    public Pager.ApiPage fetch(URI uri, boolean retry) {
      asked.add(uri.getQuery());
      String q = uri.getQuery();
      int start = Integer.parseInt(q.replaceAll(".*start=(\\d+).*", "$1"));
      int max = Integer.parseInt(q.replaceAll(".*max_results=(\\d+).*", "$1"));
      List<Paper> papers = IntStream.range(start, (int) Math.min(total, start + max))
          .mapToObj(i -> Paper.builder(String.format("2401.%05d", i + 1)).build()).toList();
      return new Pager.ApiPage(OptionalLong.of(total), papers);
    }
  }

  private static Pager.Request request() {
    return new Pager.Request() {
      @Override
      public URI uri(long start, int max) {
        return URI.create("http://test/api?search_query=x&start=" + start + "&max_results=" + max);
      }

      @Override
      public String description() {
        return "x";
      }

      @Override
      public boolean unbounded() {
        return false;
      }
    };
  }

  @Test
  void aTenThousandPaperQueryFetchesEachPageOnlyWhenItIsReached() {
    FakeArxiv arxiv = new FakeArxiv(50_000);
    Pager pager = new Pager(List.of(request()), 0, 10_000, 10_000, arxiv, 2_000, 3, 30_000);

    long seen = 0;
    while (pager.hasNext()) {
      Paper p = pager.next();
      seen++;
      assertThat(arxiv.asked).as("pages fetched after %d papers", seen).hasSize((int) ((seen - 1) / 2_000) + 1);
      assertThat(p.id()).isEqualTo(String.format("2401.%05d", seen));
    }

    assertThat(seen).isEqualTo(10_000);
    assertThat(arxiv.asked).hasSize(5).last().asString().endsWith("start=8000&max_results=2000");
  }

  @Test
  void stopsAtTotalResultsWithoutAskingForAnEmptyPage() {
    FakeArxiv arxiv = new FakeArxiv(25);
    Pager pager = new Pager(List.of(request()), 0, Long.MAX_VALUE, Long.MAX_VALUE, arxiv, 10, 3, 30_000);
    List<Paper> all = new ArrayList<>();
    pager.forEachRemaining(all::add);
    assertThat(all).hasSize(25);
    assertThat(arxiv.asked).hasSize(3);
  }
}
