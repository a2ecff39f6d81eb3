package dev.digestkit.benchmarks.reliability;

import dev.digestkit.benchmarks.Leaderboards;
import dev.digestkit.benchmarks.TableConfig;
import dev.digestkit.core.model.MetricUnit;
import dev.digestkit.core.testing.HostileDocuments.Shape;
import dev.digestkit.core.testing.HostileXmlParserContract;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The generic HTML leaderboard reader (jsoup) keeps every hostile-document guarantee. */
class LeaderboardHtmlHostileTest extends HostileXmlParserContract {
  private static final TableConfig CFG = new TableConfig("t", "T", Optional.empty(), Optional.empty(), Optional.of("body"),
      "Model", Optional.empty(), Optional.empty(), Optional.empty(),
      List.of(TableConfig.Column.of("Score", "score", "Score", MetricUnit.SCORE, true)));

  @Override
  protected Shape shape() {
    return Shape.HTML;
  }

  @Override
  protected Object parse(InputStream in, URI location) {
    return Leaderboards.html(CFG).read(in, location, Instant.parse("2026-01-01T00:00:00Z"));
  }
}
