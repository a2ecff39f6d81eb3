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
import java.util.ArrayList;
import java.util.List;

/**
 * Renders plain text for a terminal or an e-mail: underlined headings, links on their own
 * lines, leaderboards as aligned columns, failed sources in a footer. Control characters from
 * sources are dropped, so a feed cannot send terminal escape sequences.
 */
public final class TextRenderer implements Renderer {
  /** Prose is wrapped to lines of at most this many characters (a longer word stands alone). */
  public static final int WIDTH = 100;

  /** A plain-text renderer. */
  public TextRenderer() {}

  @Override
  public String render(Digest d) {
    StringBuilder out = new StringBuilder();
    heading(out, d.title(), '=');
    out.append(Formats.longDate(d.date())).append("\n\n");
    d.editorial().ifPresent(e -> {
      for (String para : clean(e).split("\n\\s*\n")) {
        out.append(wrap(para.strip(), "")).append("\n\n");
      }
    });
    for (Section s : d.sections()) {
      heading(out, s.title(), '-');
      if (s.isEmpty()) {
        out.append("Nothing new.\n\n");
      }
      for (DigestEntry e : s.entries()) {
        entry(out, e);
      }
    }
    out.append(Formats.sourcesLine(d)).append(".\n");
    for (SourceOutcome o : d.failures()) {
      out.append("  ! ").append(clean(Formats.failure(o))).append('\n');
    }
    return out.toString();
  }

  private static void entry(StringBuilder out, DigestEntry e) {
    if (e.item() instanceof Announcement a) {
      out.append("* ").append(clean(Formats.title(a))).append('\n');
      out.append("  ").append(clean(Formats.byline(a))).append('\n');
      e.summary().ifPresent(t -> out.append(wrap("TL;DR: " + clean(t), "  ")).append('\n'));
      if (!Formats.summary(a).isEmpty()) {
        out.append(wrap(clean(Formats.summary(a)), "  ")).append('\n');
      }
      Items.link(a).filter(Items::isWebLink).ifPresent(u -> out.append("  ").append(u).append('\n'));
    } else if (e.item() instanceof Paper p) {
      String cat = Formats.category(p);
      out.append("* ").append(clean(Formats.title(p))).append(cat.isEmpty() ? "" : " [" + clean(cat) + "]").append('\n');
      if (!p.authors().isEmpty()) {
        out.append("  ").append(clean(Formats.authors(p.authors()))).append('\n');
      }
      e.summary().ifPresent(t -> out.append(wrap("TL;DR: " + clean(t), "  ")).append('\n'));
      if (!p.abstractText().isEmpty()) {
        out.append(wrap(clean(p.abstractText().text()), "  ")).append('\n');
      }
      Items.link(p).filter(Items::isWebLink).ifPresent(u -> out.append("  ").append(u).append('\n'));
    } else {
      board(out, (Leaderboard) e.item());
    }
    e.related().stream().filter(Items::isWebLink).forEach(u -> out.append("  also: ").append(u).append('\n'));
    String signals = Formats.signals(e.item());
    if (!signals.isEmpty()) {
      out.append("  ").append(clean(signals)).append('\n');
    }
    e.notes().forEach(n -> out.append("  note: ").append(clean(n)).append('\n'));
    if (!e.reasons().isEmpty()) {
      out.append(wrap(clean(Formats.reasons(e)), "  ")).append('\n');
    }
    out.append('\n');
  }

  private static void board(StringBuilder out, Leaderboard b) {
    out.append(clean(b.name())).append('\n');
    b.description().ifPresent(d -> out.append(clean(d)).append('\n'));
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("#", "Model"));
    b.metrics().forEach(m -> header.add(clean(m.label())));
    rows.add(header.toArray(String[]::new));
    for (LeaderboardEntry r : b.entries()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(r.rank()), clean(r.model().displayName())));
      for (Metric m : b.metrics()) {
        row.add(Formats.cell(r, m));
      }
      rows.add(row.toArray(String[]::new));
    }
    int[] widths = new int[header.size()];
    rows.forEach(r -> {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    });
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int i = 0; i < r.length; i++) {
        String pad = " ".repeat(widths[i] - r[i].length());
        line.append(' ').append(i == 1 ? r[i] + pad : pad + r[i]).append(' ');
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** Lines of at most {@link #WIDTH} characters, each starting with {@code indent}. */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    return out.append(line).toString();
  }

  private static void heading(StringBuilder out, String title, char underline) {
    String t = clean(title);
    out.append(t).append('\n').append(String.valueOf(underline).repeat(Math.max(3, t.length()))).append("\n\n");
  }

  // Keeps printable text only: no ESC sequences or other control characters reach a terminal.
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\n' || !Character.isISOControl(cp)) {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }
}
