/**
 * HTTP fetching for every digestkit source: one shared {@link dev.digestkit.core.http.HttpFetcher}.
 *
 * <p>What the fetcher promises:
 * <ul>
 *   <li>It names itself: {@code User-Agent: digestkit/<version> (+<contact>)}.</li>
 *   <li>Politeness per host: the starts of two requests to one host are at least that host's
 *       interval apart (3 s for arXiv's hosts by default), whatever the number of threads; requests
 *       to different hosts never wait for each other.</li>
 *   <li>Retries: connection failures, timeouts, 408, 429 and 5xx are retried with exponential
 *       backoff and jitter, obeying {@code Retry-After} (seconds or HTTP-date) up to a maximum
 *       wait; other 4xx are not retried. After the last attempt a
 *       {@link dev.digestkit.core.FetchException} says how many attempts were made and why the
 *       last one failed, with the status and the start of the body when the server answered.</li>
 *   <li>Bodies are decoded from gzip or deflate and capped (50 MiB by default) while streaming,
 *       counted after decoding, so neither a huge body nor a compression bomb exhausts memory.
 *       Redirects are followed up to a bound.</li>
 *   <li>With a cache directory, responses carrying an ETag or Last-Modified are kept, and the next
 *       fetch asks with {@code If-None-Match}/{@code If-Modified-Since}; a 304 returns the kept
 *       body marked {@link dev.digestkit.core.http.FetchResponse#fromCache()}.</li>
 *   <li>Replay serves {@link dev.digestkit.core.http.Recordings} without any network, and
 *       {@code recordTo} writes live answers in the same cassette format.</li>
 *   <li>Only {@link dev.digestkit.core.DigestException} subtypes escape; nothing is printed, only
 *       logged through SLF4J (debug for routine I/O, warn for retries and recovered problems).</li>
 * </ul>
 */
package dev.digestkit.core.http;
