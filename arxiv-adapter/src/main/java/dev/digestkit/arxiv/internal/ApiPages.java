package dev.digestkit.arxiv.internal;

import dev.digestkit.arxiv.ArxivApiException;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.http.FetchRequest;
import dev.digestkit.core.http.FetchResponse;
import dev.digestkit.core.http.HttpFetcher;
import dev.digestkit.core.model.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
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
    return page(response, uri);
  }

  /** The page in a fetched response: streamed when that changes nothing the pager sees. */
  public static Pager.ApiPage page(FetchResponse response, URI uri) {
    // Read from the response's own bytes; the view lets the parser's shared factory forget them.
    ReleasableInputStream view = new ReleasableInputStream(response.openStream());
    try {
      AtomReader atom = new AtomReader(view, uri, response.status());
      if (atom.totalResults().isPresent() && mentionsTotalResultsOnce(response)) {
        // The header's totalResults is final (see below), so the page can be handed out as it is
        // parsed: the pager then holds the body and one paper, not the body and all its papers.
        return Pager.ApiPage.streaming(atom.totalResults(), new Iterator<>() {
          @Override
          public boolean hasNext() {
            return atom.hasNext();
          }

          @Override
          public Paper next() {
            return atom.next();
          }
        }, view::release);
      }
      var papers = atom.readAll();
      view.release();
      return new Pager.ApiPage(atom.totalResults(), papers);
    } catch (RuntimeException e) {
      view.release();
      throw e;
    }
  }

  // True when the body holds the word totalResults at most twice: the open and close tag of the
  // header's element, which the reader has already read. A later element could change the value
  // the pager acts on, and every such element spells the word out (XML names admit no character
  // references), so any further occurrence, even in a comment, means the page is read whole.
  private static boolean mentionsTotalResultsOnce(FetchResponse response) {
    // Knuth-Morris-Pratt over the body's bytes: "tot" can restart inside a partial match.
    byte[] word = "totalResults".getBytes(StandardCharsets.US_ASCII);
    int[] fail = new int[word.length];
    for (int i = 1, k = 0; i < word.length; i++) {
      while (k > 0 && word[i] != word[k]) {
        k = fail[k - 1];
      }
      if (word[i] == word[k]) {
        k++;
      }
      fail[i] = k;
    }
    int seen = 0;
    int matched = 0;
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = response.openStream()) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          while (matched > 0 && b != word[matched]) {
            matched = fail[matched - 1];
          }
          if (b == word[matched]) {
            matched++;
          }
          if (matched == word.length) {
            matched = fail[matched - 1];
            if (++seen > 2) {
              return false;
            }
          }
        }
      }
    } catch (IOException e) {
      return false;
    }
    return true;
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
