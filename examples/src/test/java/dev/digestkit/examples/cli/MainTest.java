package dev.digestkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digestkit.core.FetchException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Runs the real command tree with one extra subcommand that fails the way a fetch fails. */
  private int runWithFailingSubcommand(String... args) {
    CommandLine cl = Main.commandLine();
    cl.addSubcommand("boom", new Boom());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new FetchException(URI.create("https://export.arxiv.org/api/query"), 503, new byte[0],
          "HTTP 503 from export.arxiv.org\nafter 4 tries", null);
    }
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: digestkit").contains("digest").contains("papers");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void versionPrintsTheVersionAndExitsZero() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("digestkit ");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void unknownOptionExitsTwoWithOneLineErrorAndNoStackTrace() {
    assertThat(run("--no-such-option")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("digestkit: ").contains("--no-such-option");
    assertThat(err.toString()).doesNotContain("\tat ", "Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingSubcommandIsAUsageError() {
    assertThat(run()).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines()).singleElement().asString().contains("missing subcommand");
  }

  @Test
  void verboseAddsTheStackTraceToAUsageError() {
    assertThat(run("--verbose", "--no-such-option")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err.toString().lines().findFirst()).hasValueSatisfying(
        first -> assertThat(first).startsWith("digestkit: ").contains("--no-such-option"));
    assertThat(err.toString()).contains("\tat picocli.");
  }

  @Test
  void failedFetchExitsThreeWithOneLineError() {
    assertThat(runWithFailingSubcommand("boom")).isEqualTo(Main.EXIT_INPUT);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("digestkit: HTTP 503 from export.arxiv.org after 4 tries").contains("export.arxiv.org/api/query");
  }

  @Test
  void verboseAddsTheStackTraceToAFailure() {
    assertThat(runWithFailingSubcommand("--verbose", "boom")).isEqualTo(Main.EXIT_INPUT);
    assertThat(err.toString()).startsWith("digestkit: HTTP 503 from export.arxiv.org after 4 tries")
        .contains(FetchException.class.getName()).contains("\tat dev.digestkit.examples.cli.MainTest$Boom.call");
  }
}
