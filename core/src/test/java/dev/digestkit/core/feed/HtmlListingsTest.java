package dev.digestkit.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.PublisherGroup;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlListingsTest {
  static final URI PAGE = URI.create("https://huggingface.co/blog/smollm");
  static final Publisher HF = new Publisher("huggingface", "Hugging Face", Optional.of(PAGE), Optional.empty(), PublisherGroup.LABS);

  @Test
  void readsCardsOfARealPageWithCssSelectors() throws Exception {
    HtmlListing listing = new HtmlListing(PAGE, "article.overview-card-wrapper", "h4", "a[href]", Optional.of("time"), Optional.empty());

    List<Announcement> list;
    try (InputStream in = getClass().getResourceAsStream("/feeds/html/distill_lab_blog_article.html")) {
      list = HtmlListings.read(in, PAGE, Optional.empty(), listing, HF);
    }

    assertThat(list).as("each card appears twice on the page; kept once").hasSize(6);
    Announcement first = list.get(0);
    assertThat(first.title().text()).isEqualTo("HuggingFaceFW/fineweb-edu-classifier");
    assertThat(first.url()).isEqualTo(URI.create("https://huggingface.co/HuggingFaceFW/fineweb-edu-classifier"));
    assertThat(first.published()).contains(Instant.parse("2024-11-17T15:00:11Z"));
    assertThat(list).allSatisfy(a -> assertThat(a.publisher()).isEqualTo(HF));
  }

  @Test
  void itemThatIsItselfTheLinkAndRelativeUrls() {
    String html = "<ul><li><a class=post href='/news/a?utm_source=x'><h3>A</h3><time datetime='2026-05-21'>May 21</time></a></li>"
        + "<li><a class=post href='/news/a'><h3>A again</h3></a></li><li><a class=post href='/news/b'><h3>B</h3><p>Sum <b>b</b></p></a></li>"
        + "<li><a class=post href='/news/c'></a></li></ul>";
    HtmlListing listing = new HtmlListing(URI.create("https://lab.example/news"), "a.post", "h3", "a[href]", Optional.of("time"), Optional.of("p"));

    List<Announcement> list = HtmlListings.read(new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        URI.create("https://lab.example/news"), Optional.empty(), listing, HF);

    assertThat(list).extracting(a -> a.url().toString()).containsExactly("https://lab.example/news/a", "https://lab.example/news/b");
    assertThat(list.get(0).published()).contains(Instant.parse("2026-05-21T00:00:00Z"));
    assertThat(list.get(1).summary().text()).isEqualTo("Sum b");
  }
}
