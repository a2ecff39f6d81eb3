package dev.digestkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {
    List<JsonNode> lines() throws Exception {
      List<JsonNode> l = new ArrayList<>();
      for (String s : out.split("\n")) {
        if (!s.isBlank()) {
          l.add(MAPPER.readTree(s));
        }
      }
      return l;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  Path copy(String name) throws Exception {
    Path p = tmp.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void printsOneFeedAsOneJsonObject() throws Exception {
    Run r = run("feed", copy("distill_openai_blog.xml").toString());

    assertThat(r.exit()).isZero();
    List<JsonNode> lines = r.lines();
    assertThat(lines).hasSize(1);
    JsonNode feed = lines.get(0);
    assertThat(feed.has("source")).isFalse();
    assertThat(feed.get("format").asText()).isEqualTo("RSS_2_0");
    assertThat(feed.get("title").asText()).isEqualTo("OpenAI News");
    assertThat(feed.get("link").asText()).isEqualTo("https://openai.com/news");
    assertThat(feed.get("bozo").asBoolean()).isFalse();
    JsonNode e = feed.get("entries").get(0);
    assertThat(e.get("title").asText()).isEqualTo("The next phase of the Microsoft OpenAI partnership");
    assertThat(e.get("link").asText()).isEqualTo("https://openai.com/index/next-phase-of-microsoft-partnership");
    assertThat(e.get("published").asText()).isEqualTo("2026-04-27T06:00:00Z");
    assertThat(e.get("updated").isNull()).isTrue();
    assertThat(e.fieldNames()).toIterable()
        .containsExactly("id", "title", "link", "published", "updated", "summary", "authors", "categories");
  }

  @Test
  void severalPathsGiveJsonLinesWithSourceAndAnUnreadableFileGivesAnErrorAndExit3() throws Exception {
    Path bad = tmp.resolve("missing.xml");
    Path broken = tmp.resolve("broken.xml");
    Files.writeString(broken, "<rss version=\"2.0\"><channel><title>B</title><item><title>Fish & chips</title><link>/x</link></item>");

    Run r = run("feed", "--base", "https://base.example/feed/", copy("distill_huggingface_blog.xml").toString(), bad.toString(),
        broken.toString());

    assertThat(r.exit()).isEqualTo(3);
    List<JsonNode> lines = r.lines();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("source").asText()).endsWith("distill_huggingface_blog.xml");
    assertThat(lines.get(0).get("entries")).hasSize(3);
    assertThat(lines.get(1).get("source").asText()).isEqualTo(bad.toString());
    assertThat(lines.get(1).get("error").asText()).contains("missing.xml");
    JsonNode b = lines.get(2);
    assertThat(b.get("bozo").asBoolean()).isTrue();
    assertThat(b.get("entries").get(0).get("title").asText()).isEqualTo("Fish & chips");
    assertThat(b.get("entries").get(0).get("link").asText()).isEqualTo("https://base.example/x");
  }
}
