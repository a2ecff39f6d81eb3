package dev.digestkit.core.render;

import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.Section;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.digest.internal.Items;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.render.internal.Formats;
import java.net.URI;
import java.util.Optional;

/**
 * Renders the seeds' shape as CommonMark: a title and date, the editorial, then per section
 * headlines with links, papers with category and abstract, and leaderboards as tables; failed
 * sources in a footer. Source text is escaped so it cannot inject markup or HTML, and only
 * http(s) links are emitted.
 */
public final class MarkdownRenderer implements Renderer {
  /** A Markdown renderer. */
  public MarkdownRenderer() {}

  @Override
  public String render(Digest d) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(esc(d.title())).append("\n\n").append(Formats.longDate(d.date())).append("\n\n");
    d.editorial().ifPresent(e -> out.append(esc(e).replace("\n\n", "\u0000").replace("\n", " ").replace("\u0000", "\n\n")).append("\n\n"));
    for (Section s : d.sections()) {
      out.append("## ").append(esc(s.title())).append("\n\n");
      if (s.isEmpty()) {
        out.append("_Nothing new._\n\n");
      }
      for (DigestEntry e : s.entries()) {
        entry(out, e);
      }
    }
    footer(out, d);
    return out.toString();
  }

  private static void entry(StringBuilder out, DigestEntry e) {
    if (e.item() instanceof Announcement a) {
      out.append("### ").append(link(Optional.of(a.url()), Formats.title(a))).append("\n\n");
      out.append(esc(Formats.byline(a))).append("\n\n");
      e.summary().ifPresent(t -> out.append("**TL;DR:** ").append(esc(t)).append("\n\n"));
      if (!Formats.summary(a).isEmpty()) {
        out.append(esc(Formats.summary(a))).append("\n\n");
      }
    } else if (e.item() instanceof Paper p) {
      String cat = Formats.category(p);
      out.append("### ").append(link(Items.link(p), Formats.title(p)))
          .append(cat.isEmpty() ? "" : " `" + cat.replace("`", "") + "`").append("\n\n");
      if (!p.authors().isEmpty()) {
        out.append('*').append(esc(Formats.authors(p.authors()))).append("*\n\n");
      }
      e.summary().ifPresent(t -> out.append("**TL;DR:** ").append(esc(t)).append("\n\n"));
      if (!p.abstractText().isEmpty()) {
        out.append(esc(p.abstractText().text())).append("\n\n");
      }
    } else {
      board(out, (Leaderboard) e.item());
    }
    String signals = Formats.signals(e.item());
    if (!signals.isEmpty()) {
      out.append('*').append(esc(signals)).append("*\n\n");
    }
    if (!e.related().isEmpty()) {
      out.append("Also:");
      e.related().stream().filter(Items::isWebLink).forEach(u -> out.append(' ').append(link(Optional.of(u), u.toString())));
      out.append("\n\n");
    }
    e.notes().forEach(n -> out.append("- ").append(esc(n)).append('\n'));
    if (!e.notes().isEmpty()) {
      out.append('\n');
    }
    if (!e.reasons().isEmpty()) {
      out.append("> ").append(esc(Formats.reasons(e))).append("\n\n");
    }
  }

  private static void board(StringBuilder out, Leaderboard b) {
    out.append("### ").append(link(b.sourceUrl(), b.name())).append("\n\n");
    b.description().ifPresent(d -> out.append(esc(d)).append("\n\n"));
    out.append("| # | Model |");
    b.metrics().forEach(m -> out.append(' ').append(cell(m.label())).append(" |"));
    out.append("\n|--:|:--|");
    b.metrics().forEach(m -> out.append("--:|"));
    out.append('\n');
    for (LeaderboardEntry row : b.entries()) {
      out.append("| ").append(row.rank()).append(" | ").append(cell(row.model().displayName())).append(" |");
      for (Metric m : b.metrics()) {
        out.append(' ').append(cell(Formats.cell(row, m))).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void footer(StringBuilder out, Digest d) {
    out.append("---\n\n").append(Formats.sourcesLine(d)).append(".\n");
    for (SourceOutcome o : d.failures()) {
      out.append("\n- `").append(o.spec().replace("`", "")).append("` failed: ").append(esc(o.error().orElse("unknown error")));
    }
    out.append(d.failures().isEmpty() ? "" : "\n");
  }

  private static String link(Optional<URI> url, String text) {
    if (url.isEmpty() || !Items.isWebLink(url.get())) {
      return esc(text);
    }
    String href = url.get().toASCIIString().replace("(", "%28").replace(")", "%29").replace(" ", "%20");
    return "[" + esc(text) + "](" + href + ")";
  }

  private static String cell(String text) {
    return esc(text).replace("|", "\\|");
  }

  /** Escapes Markdown and inline-HTML syntax so source text stays text. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "md";
  }
}
