package dev.digestkit.core.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlKeyTest {
  private static String key(String url) {
    return UrlKey.of(URI.create(url));
  }

  @Test
  void schemeHostCaseDefaultPortAndFragmentDoNotMatter() {
    assertThat(key("HTTPS://Export.ArXiv.org:443/api/query#top")).isEqualTo(key("https://export.arxiv.org/api/query"));
    assertThat(key("http://example.org:80")).isEqualTo(key("http://example.org/"));
  }

  @Test
  void aNonDefaultPortAndThePathCaseDo() {
    assertThat(key("http://example.org:8080/a")).isNotEqualTo(key("http://example.org/a"));
    assertThat(key("http://example.org/A")).isNotEqualTo(key("http://example.org/a"));
  }

  @Test
  void queryParametersAreSortedAndEncodedOneWay() {
    assertThat(key("https://h/q?start=0&id_list=hep-ex%2F0406020v1&search_query="))
        .isEqualTo(key("https://h/q?search_query=&id_list=hep-ex/0406020v1&start=0"))
        .isEqualTo("https://h/q?id_list=hep-ex%2F0406020v1&search_query=&start=0");
  }

  @Test
  void plusInAQueryIsASpaceAsArxivReadsIt() {
    assertThat(key("https://h/q?search_query=au:del_maestro+AND+ti:checkerboard"))
        .isEqualTo(key("https://h/q?search_query=au%3Adel_maestro%20AND%20ti%3Acheckerboard"));
  }

  @Test
  void repeatedParametersAreKeptInValueOrder() {
    assertThat(key("https://h/q?b=2&a=1&a=0&x=100%25")).isEqualTo("https://h/q?a=0&a=1&b=2&x=100%25");
  }

  @Test
  void nonAsciiIsEncodedAsUtf8() {
    assertThat(key("https://h/q?t=%C3%A9t%C3%A9")).isEqualTo(key("https://h/q?t=%c3%a9t%c3%a9"));
  }
}
