package dev.digestkit.core.render;

import dev.digestkit.core.DigestException;
import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.Section;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.digest.internal.Items;
import dev.digestkit.core.internal.Checks;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Metric;
import dev.digestkit.core.model.Paper;
import dev.digestkit.core.render.internal.Formats;
import dev.digestkit.core.render.internal.Html;
import dev.digestkit.core.render.internal.Svg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a standalone HTML page: no JavaScript, no external resources, leaderboards as inline
 * SVG (a bar chart of the headline metric, a score-versus-price scatter). Every piece of source
 * text is HTML-escaped and only absolute http(s) links become anchors, so a feed entry carrying
 * {@code <script>} or a {@code javascript:} link shows as text. A Content-Security-Policy meta
 * tag forbids scripts, frames and every other fetch; the inline stylesheet is allowed by its hash.
 *
 * <p>The page is built from templates an application can replace with
 * {@link Builder#template(Part, String)}: {@code {{name}}} placeholders receive escaped text,
 * {@code {{{name}}}} placeholders receive fragments this renderer built. See {@link Part} for
 * each template's placeholders. Immutable and thread-safe.
 */
public final class HtmlRenderer implements Renderer {
  /** The replaceable templates, with the placeholders each receives. */
  public enum Part {
    /**
     * The page: {@code {{csp}} {{title}} {{date}} {{iso_date}} {{{style}}} {{{editorial}}}
     * {{{sections}}} {{{footer}}}}.
     */
    PAGE("page.html"),
    /** The stylesheet, inserted by {@code {{{style}}}} (its hash goes into the CSP). */
    STYLESHEET("style.css"),
    /** One section: {@code {{id}} {{title}} {{{entries}}}}. */
    SECTION("section.html"),
    /**
     * A lab or wire post: {@code {{{title_link}}} {{publisher}} {{{time}}} {{summary}}
     * {{{tldr}}} {{{signals}}} {{{related}}} {{{notes}}} {{{why}}}}.
     */
    ANNOUNCEMENT("announcement.html"),
    /**
     * A paper: {@code {{{title_link}}} {{category}} {{authors}} {{{tldr}}} {{abstract}}
     * {{{signals}}} {{{related}}} {{{notes}}} {{{why}}}}.
     */
    PAPER("paper.html"),
    /**
     * A leaderboard: {@code {{id}} {{{title_link}}} {{description}} {{{table}}} {{{bar_chart}}}
     * {{{scatter_chart}}} {{{notes}}}}.
     */
    LEADERBOARD("leaderboard.html"),
    /** The footer: {@code {{summary}} {{{failures}}}}. */
    FOOTER("footer.html");

    private final String resource;

    Part(String resource) {
      this.resource = resource;
    }

    /** The default template's class path resource. */
    public String resource() {
      return "/dev/digestkit/core/render/html/" + resource;
    }

    /** The default template's text. */
    public String defaultTemplate() {
      try (InputStream in = HtmlRenderer.class.getResourceAsStream(resource())) {
        if (in == null) {
          throw new DigestException("missing template resource " + resource());
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new DigestException("cannot read template " + resource() + ": " + e.getMessage(), e);
      }
    }
  }

  private final Map<Part, String> templates;

  private HtmlRenderer(Map<Part, String> templates) {
    this.templates = templates;
  }

  /** A builder starting from the default templates. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String render(Digest d) {
    String css = templates.get(Part.STYLESHEET);
    String csp = "default-src 'none'; style-src '" + sha256(css) + "'; img-src 'none'; "
        + "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";
    StringBuilder sections = new StringBuilder();
    for (Section s : d.sections()) {
      StringBuilder entries = new StringBuilder();
      for (DigestEntry e : s.entries()) {
        entries.append(entry(e));
      }
      if (s.isEmpty()) {
        entries.append("<p class=\"empty\">Nothing new.</p>\n");
      }
      sections.append(Html.fill(templates.get(Part.SECTION),
          Map.of("id", s.kind().wireName(), "title", s.title()), Map.of("entries", entries.toString())));
    }
    String editorial = d.editorial().map(HtmlRenderer::paragraphs).map(p -> "<section class=\"editorial\" id=\"editorial\">" + p + "</section>").orElse("");
    return Html.fill(templates.get(Part.PAGE),
        Map.of("csp", csp, "title", d.title(), "date", Formats.longDate(d.date()), "iso_date", d.date().toString()),
        Map.of("style", "<style>" + css + "</style>", "editorial", editorial, "sections", sections.toString(),
            "footer", footer(d)));
  }

  private String entry(DigestEntry e) {
    String related = related(e);
    String notes = e.notes().isEmpty() ? "" : "<ul class=\"notes\">" + String.join("", e.notes().stream()
        .map(n -> "<li>" + Html.escape(n) + "</li>").toList()) + "</ul>";
    // Written summaries, signals and reasons are optional lines: absent, they leave no empty element.
    String tldr = e.summary().map(t -> "<p class=\"tldr\">" + Html.escape(t) + "</p>").orElse("");
    String signalLine = Formats.signals(e.item());
    String signals = signalLine.isEmpty() ? "" : "<p class=\"signals\">" + Html.escape(signalLine) + "</p>";
    String why = e.reasons().isEmpty() ? "" : "<p class=\"why\">" + Html.escape(Formats.reasons(e)) + "</p>";
    Map<String, String> extras = Map.of("tldr", tldr, "signals", signals, "why", why);
    if (e.item() instanceof Announcement a) {
      String time = a.time().map(t -> " · <time datetime=\"" + Html.escape(t.toString()) + "\">"
          + Html.escape(Formats.shortDate(t)) + "</time>").orElse("");
      return Html.fill(templates.get(Part.ANNOUNCEMENT),
          Map.of("publisher", a.publisher().name(), "summary", Formats.summary(a)),
          with(extras, Map.of("title_link", Html.link(a.url(), Formats.title(a)), "time", time, "related", related, "notes", notes)));
    }
    if (e.item() instanceof Paper p) {
      return Html.fill(templates.get(Part.PAPER),
          Map.of("category", Formats.category(p), "authors", Formats.authors(p.authors()), "abstract", p.abstractText().text()),
          with(extras, Map.of("title_link", Html.link(Items.link(p).orElse(null), Formats.title(p)), "related", related, "notes", notes)));
    }
    Leaderboard b = (Leaderboard) e.item();
    return Html.fill(templates.get(Part.LEADERBOARD),
        Map.of("id", b.id(), "description", b.description().orElse("")),
        Map.of("title_link", Html.link(b.sourceUrl().orElse(null), b.name()), "table", table(b),
            "bar_chart", Svg.bars(b).orElse(""), "scatter_chart", Svg.scatter(b).orElse(""), "notes", notes));
  }

  private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
    Map<String, String> all = new java.util.HashMap<>(a);
    all.putAll(b);
    return all;
  }

  private static String related(DigestEntry e) {
    List<String> links = e.related().stream().filter(Items::isWebLink).map(u -> Html.link(u, u.toString())).toList();
    return links.isEmpty() ? "" : "<p class=\"related\">Also: " + String.join(" · ", links) + "</p>";
  }

  private static String table(Leaderboard b) {
    StringBuilder t = new StringBuilder("<table class=\"board\"><thead><tr><th>#</th><th class=\"model\">Model</th>");
    b.metrics().forEach(m -> t.append("<th>").append(Html.escape(m.label())).append("</th>"));
    t.append("</tr></thead><tbody>");
    for (LeaderboardEntry row : b.entries()) {
      t.append("<tr><td>").append(row.rank()).append("</td><td class=\"model\">")
          .append(Html.escape(row.model().displayName())).append("</td>");
      for (Metric m : b.metrics()) {
        t.append("<td>").append(Html.escape(Formats.cell(row, m))).append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</tbody></table>").toString();
  }

  private String footer(Digest d) {
    StringBuilder f = new StringBuilder();
    if (!d.failures().isEmpty()) {
      f.append("<ul class=\"failures\">");
      for (SourceOutcome o : d.failures()) {
        f.append("<li class=\"failed\">").append(Html.escape(Formats.failure(o))).append("</li>");
      }
      f.append("</ul>");
    }
    return Html.fill(templates.get(Part.FOOTER), Map.of("summary", Formats.sourcesLine(d) + "."), Map.of("failures", f.toString()));
  }

  private static String paragraphs(String text) {
    StringBuilder b = new StringBuilder();
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        b.append("<p>").append(Html.escape(p.strip())).append("</p>");
      }
    }
    return b.toString();
  }

  private static String sha256(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  /** Collects template overrides; single-threaded. */
  public static final class Builder {
    private final Map<Part, String> templates = new EnumMap<>(Part.class);

    private Builder() {}

    /**
     * Replaces one template. Templates are the application's own, trusted text: they are not
     * escaped, only the values filled into them are.
     */
    public Builder template(Part part, String template) {
      templates.put(Checks.notNull(part, "part"), Checks.notNull(template, "template"));
      return this;
    }

    /** Builds the renderer; parts not replaced use the defaults. */
    public HtmlRenderer build() {
      Map<Part, String> all = new EnumMap<>(Part.class);
      for (Part p : Part.values()) {
        all.put(p, Optional.ofNullable(templates.get(p)).orElseGet(p::defaultTemplate));
      }
      return new HtmlRenderer(Map.copyOf(all));
    }
  }
}
