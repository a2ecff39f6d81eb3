package dev.digestkit.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.Json;
import dev.digestkit.core.feed.Lab;
import dev.digestkit.core.feed.LabRegistry;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digestkit labs}: lists the registry of known AI labs and news sites. */
@Command(name = "labs", mixinStandardHelpOptions = true, description = "List the registry of known AI labs and news sites.")
final class LabsCommand implements Callable<Integer> {
  @Option(names = "--group", paramLabel = "labs|wire", description = "Only this group.")
  String group;

  @Option(names = "--labs-file", paramLabel = "FILE", description = "Your registry file: extends the bundled one, same id replaces.")
  Path labsFile;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LabRegistry registry = labsFile == null ? LabRegistry.bundled() : LabRegistry.withOverrides(labsFile);
    List<Lab> labs = group == null ? registry.all() : registry.group(AnnouncementsCommand.group(spec, group));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = Json.newMapper();
      ArrayNode arr = mapper.createArrayNode();
      for (Lab l : labs) {
        ObjectNode o = arr.addObject();
        o.put("id", l.id());
        o.put("name", l.name());
        o.put("group", l.group().wireName());
        o.put("homepage", l.homepage().map(URI::toString).orElse(null));
        o.put("feed", l.feed().map(URI::toString).orElse(null));
        o.put("listing", l.listing().map(x -> x.page().toString()).orElse(null));
        o.put("verified", l.verified());
      }
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
    } else {
      for (Lab l : labs) {
        String where = l.feed().map(u -> "feed " + u).orElseGet(() -> "listing " + l.listing().get().page());
        out.printf("%-26s %-5s %-44s %s%s%n", l.id(), l.group().wireName(), l.name(), where, l.verified() ? "" : "  (unverified)");
      }
    }
    out.flush();
    return 0;
  }

}
