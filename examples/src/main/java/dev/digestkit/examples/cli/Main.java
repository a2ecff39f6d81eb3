package dev.digestkit.examples.cli;

import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.FetchException;
import dev.digestkit.core.ParseException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code digestkit} command line. Exit codes: 0 success, 2 bad usage, 3 bad input or a
 * failed fetch. Errors are one line on stderr; {@code --verbose} adds the stack trace.
 */
@Command(
    name = "digestkit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Fetch, parse and assemble research digests: arXiv papers, lab announcements, leaderboards.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DigestCommand.class,
      PapersCommand.class,
      FeedCommand.class,
      LabsCommand.class,
      AnnouncementsCommand.class,
      LeaderboardCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for bad usage (unknown option, missing argument). */
  public static final int EXIT_USAGE = 2;
  /** Exit code for bad input or a failed fetch. */
  public static final int EXIT_INPUT = 3;

  @Option(names = "--verbose", description = "Print stack traces on errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. For tests and embedding. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured picocli command tree. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(Main::exitCode);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean verbose = parseResult.hasMatchedOption("--verbose")
          || (parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose"));
      PrintWriter err = commandLine.getErr();
      err.println("digestkit: " + oneLine(ex));
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return exitCode(ex);
    });
    // Usage errors are one line too (picocli would print the whole usage help after them).
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      PrintWriter err = failed.getErr();
      String message = oneLine(ex);
      String hint = failed.getCommandSpec().qualifiedName() + " --help";
      err.println("digestkit: " + message + (message.contains("--help") ? "" : " (see " + hint + ")"));
      if (Arrays.asList(args).contains("--verbose")) {
        ex.printStackTrace(err);
      }
      err.flush();
      return EXIT_USAGE;
    });
    cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
    return cl;
  }

  static int exitCode(Throwable ex) {
    if (ex instanceof CommandLine.ParameterException) {
      return EXIT_USAGE;
    }
    if (ex instanceof FetchException || ex instanceof ParseException || ex instanceof ConfigurationException
        || ex instanceof DigestException || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
      return EXIT_INPUT;
    }
    return 1;
  }

  private static String oneLine(Throwable ex) {
    String m = ex.getMessage();
    return (m == null || m.isBlank() ? ex.getClass().getSimpleName() : m).replace('\n', ' ');
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand; see digestkit --help");
  }

  /** Reads the version from the jar's manifest, falling back to "dev". */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"digestkit " + (v == null ? "dev" : v)};
    }
  }
}
