package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivApiException;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.FetchRequest;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Optional;

/** Fetches one API page, turning arXiv's error entries (even inside HTTP 400 bodies) into {@link ArxivApiException}. */
public final class ApiPages {
  private ApiPages() {}

  /** Fetches and parses the page at {@code uri}; a retry asks caches to revalidate. */
  public static Pager.ApiPage fetch(HttpFetcher fetcher, URI uri, boolean retry) {
    FetchRequest request = FetchRequest.get(uri);
    if (retry) {
      request = request.withHeader("Cache-Control", "no-cache");
    }
    FetchResponse response;
    try {
      response = fetcher.fetch(request);
    } catch (FetchException e) {
      Optional<String> message = e.body().flatMap(body -> errorMessage(body, uri));
      if (message.isPresent()) {
        throw new ArxivApiException(uri, e.status().orElse(0), message.get(), e);
      }
      throw e;
    }
    // Read from the response's own bytes; the view lets the parser's shared factory forget them.
    ReleasableInputStream view = new ReleasableInputStream(response.openStream());
    try {
      AtomReader atom = new AtomReader(view, uri, response.status());
      var papers = atom.readAll();
      return new Pager.ApiPage(atom.totalResults(), papers);
    } finally {
      view.release();
    }
  }

  /** arXiv's message when {@code body} is an API error document. */
  public static Optional<String> errorMessage(byte[] body, URI uri) {
    try {
      new AtomReader(new ByteArrayInputStream(body), uri, 0).readAll();
      return Optional.empty();
    } catch (ArxivApiException e) {
      return Optional.of(e.arxivMessage());
    } catch (DigestException e) {
      return Optional.empty();
    }
  }
}
