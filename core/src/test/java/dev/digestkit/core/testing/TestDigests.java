package dev.digestkit.core.testing;

import static dev.digestkit.core.testing.TestItems.*;

import dev.digestkit.core.digest.Digest;
import dev.digestkit.core.digest.DigestEntry;
import dev.digestkit.core.digest.Section;
import dev.digestkit.core.digest.SectionKind;
import dev.digestkit.core.digest.SourceOutcome;
import dev.digestkit.core.digest.TimeWindow;
import dev.digestkit.core.model.Announcement;
import dev.digestkit.core.model.Item;
import dev.digestkit.core.model.Publisher;
import dev.digestkit.core.model.Text;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Digests built directly from records, for renderer tests. */
public final class TestDigests {
  /** What an executed script or handler would add to the page; it must never appear. */
  public static final String MARKER = "x-pwned";
  private static final String JS = "document.body.appendChild(document.createElement('x-'+'pwned'))";

  private TestDigests() {}

  public static DigestEntry entry(Item item, URI... related) {
    return new DigestEntry(item, 0, List.of(related), List.of(), "stub:test");
  }

  /** The seed-like digest, with one failed source. */
  public static Digest seedLike() {
    Publisher openai = lab("openai", "OpenAI");
    Publisher verge = wire("verge", "The Verge");
    return new Digest("The Inference Report", DATE, TimeWindow.days(DATE, 1),
        Optional.of("Compute allocation is the new constraint.\n\nDistribution is the moat."),
        List.of(
            new Section(SectionKind.LABS, "AI Labs", List.of(entry(post(openai, "Introducing GPT-5.5",
                "https://openai.com/index/gpt-5-5/", DAY, "<p>Our newest model.</p>"), URI.create("https://arxiv.org/abs/2604.00001")))),
            new Section(SectionKind.WIRE, "From the Wire", List.of(entry(post(verge, "Amazon commits $5 billion to Anthropic",
                "https://verge.example/amazon", DAY, "5 gigawatts of Trainium.")))),
            new Section(SectionKind.PAPERS, "Research Papers", List.of(entry(playCoder()), entry(edgeOfStability()))),
            new Section(SectionKind.BENCHMARKS, "Benchmarks", List.of(entry(artificialAnalysis().top(5)), entry(sweRebench())))),
        List.of(
            new SourceOutcome("lab:openai", SourceOutcome.Status.OK, 1, Duration.ofMillis(120), Optional.empty(), List.of()),
            new SourceOutcome("feed:https://down.example/rss", SourceOutcome.Status.FAILED, 0, Duration.ofMillis(80),
                Optional.of("HTTP error 503 [https://down.example/rss, HTTP 503]"), List.of())));
  }

  /** A digest whose source text tries every trick to run script in the HTML page. */
  public static Digest hostile() {
    Publisher evil = new Publisher("evil", "Evil <b onmouseover=\"" + JS + "\">Lab</b>", Optional.empty(), Optional.empty(),
        dev.digestkit.core.model.PublisherGroup.LABS);
    Announcement scriptTitle = new Announcement("1", evil, Text.plain("Breaking <script>" + JS + "</script> news"),
        URI.create("javascript:" + JS), Optional.of(DAY), Optional.empty(),
        Text.plain("<img src=x onerror=\"" + JS + "\"><iframe src=\"javascript:" + JS + "\"></iframe>"),
        List.of(), List.of(), Optional.empty());
    Announcement dataLink = new Announcement("2", evil, Text.plain("Data link </title><script>" + JS + "</script>"),
        URI.create("data:text/html,%3Cscript%3Ealert(1)%3C/script%3E"), Optional.of(DAY), Optional.empty(),
        Text.plain("\"><svg onload=\"" + JS + "\">"), List.of(), List.of(), Optional.empty());
    Announcement wireItem = new Announcement("3", wire("w", "Wire <style>body{display:none}</style>"),
        Text.plain("Normal wire story"), URI.create("https://wire.example/story"), Optional.of(DAY), Optional.empty(),
        Text.plain("</p></article></section><script>" + JS + "</script>"), List.of(), List.of(), Optional.empty());
    return new Digest("Hostile <script>" + JS + "</script>", DATE, TimeWindow.days(DATE, 1),
        Optional.of("<script>" + JS + "</script>"),
        List.of(
            new Section(SectionKind.LABS, "AI Labs", List.of(
                entry(scriptTitle, URI.create("vbscript:msgbox(1)"), URI.create("javascript:" + JS), URI.create("https://arxiv.org/abs/2604.00001")),
                entry(dataLink))),
            new Section(SectionKind.WIRE, "From the Wire", List.of(entry(wireItem))),
            new Section(SectionKind.PAPERS, "Research Papers", List.of(entry(playCoder()))),
            new Section(SectionKind.BENCHMARKS, "Benchmarks", List.of(entry(artificialAnalysis().top(5))))),
        List.of(new SourceOutcome("feed:javascript:" + JS, SourceOutcome.Status.FAILED, 0, Duration.ZERO,
            Optional.of("<script>" + JS + "</script>"), List.of())));
  }
}
