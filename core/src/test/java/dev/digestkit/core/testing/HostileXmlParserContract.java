package dev.digestkit.core.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-document guarantees every XML (or HTML) parser in digestkit must keep. A module
 * proves them for its parser by extending this class and saying how to call the parser:
 * each hostile document is refused with a {@link DigestException} or read leniently, within
 * {@link #bound()}, without an {@link OutOfMemoryError} at the build's {@code -Xmx256m}, without
 * reading a local file and without making a network request.
 */
public abstract class HostileXmlParserContract {
  /** Anything a document makes the parser fetch lands here; it must stay empty. */
  @RegisterExtension
  static WireMockExtension trap = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir
  Path tmp;

  private String secret;
  private Path secretFile;

  /** The document shape the parser reads. */
  protected abstract Shape shape();

  /**
   * Parses {@code in} as read from {@code location} and returns what the parser produced; its
   * {@code toString()} must show every text the parser kept (records do).
   */
  protected abstract Object parse(InputStream in, URI location);

  /** The time each hostile document may take. */
  protected Duration bound() {
    return Duration.ofSeconds(30);
  }

  /** The largest text a leniently handled entity bomb may leave in the result. */
  protected int maxResultChars() {
    return 1_000_000;
  }

  @BeforeEach
  void plantSecret() throws IOException {
    secret = "SECRET-" + UUID.randomUUID();
    secretFile = tmp.resolve("secret.txt");
    Files.writeString(secretFile, secret, StandardCharsets.UTF_8);
    trap.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<!ENTITY leaked \"LEAKED\">LEAKED")));
  }

  @Test
  void externalFileEntityNeverReadsTheFile() {
    String out = outcome(HostileDocuments.xxeFile(shape(), secretFile));
    assertThat(out).doesNotContain(secret);
  }

  @Test
  void externalParameterEntityNeverReadsTheFile() {
    String out = outcome(HostileDocuments.xxeParameterEntity(shape(), secretFile));
    assertThat(out).doesNotContain(secret);
  }

  @Test
  void externalHttpEntityMakesNoRequest() {
    String out = outcome(HostileDocuments.xxeHttp(shape(), URI.create(trap.baseUrl() + "/xxe")));
    assertThat(out).doesNotContain("LEAKED");
    assertThat(trap.getAllServeEvents()).isEmpty();
  }

  @Test
  void externalDtdIsNeverFetched() {
    outcome(HostileDocuments.externalDtd(shape(), URI.create(trap.baseUrl() + "/evil.dtd")));
    assertThat(trap.getAllServeEvents()).isEmpty();
  }

  @Test
  void billionLaughsIsRefusedOrBounded() {
    assertThat(outcome(HostileDocuments.billionLaughs(shape())).length()).isLessThan(maxResultChars());
  }

  @Test
  void quadraticBlowupIsRefusedOrBounded() {
    assertThat(outcome(HostileDocuments.quadraticBlowup(shape())).length()).isLessThan(maxResultChars());
  }

  @Test
  void nesting100000DeepIsRefusedOrRead() {
    outcome(HostileDocuments.deepNesting(shape(), 100_000));
  }

  @Test
  void hundredMegabyteAttributeIsRefusedOrReadWithoutOutOfMemory() {
    outcome(HostileDocuments.hugeAttribute(shape(), 100L * 1024 * 1024));
  }

  @Test
  void invalidUtf8IsRefusedOrReplaced() {
    outcome(HostileDocuments.invalidUtf8(shape()));
  }

  private String outcome(byte[] doc) {
    return outcome(new ByteArrayInputStream(doc));
  }

  /**
   * Runs the parser within the bound and returns what it produced or the refusal's messages.
   * Anything thrown that is not a DigestException (an Error included) fails the test.
   */
  private String outcome(InputStream doc) {
    URI location = URI.create("https://example.org/hostile.xml");
    return assertTimeoutPreemptively(bound(), () -> {
      Object result;
      try (InputStream in = doc) {
        result = parse(in, location);
      } catch (DigestException e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
          messages.append(t).append('\n');
        }
        return messages.toString();
      }
      return String.valueOf(result);
    });
  }
}
