package dev.digestkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The hostile-document contract can fail: run against a parser with the JDK's unsafe defaults
 * (a DOM parser that resolves external entities), its XXE and entity-bomb checks report failures.
 * Without this, a contract that silently passed everything would look like safety.
 */
class HostileXmlParserContractSelfTest {
  @Test
  void contractCatchesAParserThatResolvesExternalEntities() {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    // Not the 100 MB attribute: a DOM parser would take the whole JVM down with it.
    List<String> checks = List.of("externalFileEntityNeverReadsTheFile", "externalParameterEntityNeverReadsTheFile",
        "externalHttpEntityMakesNoRequest", "externalDtdIsNeverFetched", "billionLaughsIsRefusedOrBounded");
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(checks.stream().map(m -> selectMethod(NaiveDomParser.class, m)).toList()).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    Set<String> failed = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName().replace("()", "")).collect(Collectors.toSet());
    assertThat(summary.getTestsStartedCount()).isEqualTo(checks.size());
    assertThat(failed).contains("externalFileEntityNeverReadsTheFile", "externalHttpEntityMakesNoRequest",
        "externalDtdIsNeverFetched", "billionLaughsIsRefusedOrBounded");
  }

  /**
   * A parser as a careless library would write it: {@code DocumentBuilderFactory} with its
   * defaults. Nested, so Surefire does not run it by itself.
   */
  static class NaiveDomParser extends HostileXmlParserContract {
    @Override
    protected Shape shape() {
      return Shape.RSS;
    }

    @Override
    protected Object parse(InputStream in, URI location) {
      try {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement().getTextContent();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
