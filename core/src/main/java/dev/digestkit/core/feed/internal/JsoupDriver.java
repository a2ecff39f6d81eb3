package dev.digestkit.core.feed.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The lenient path: jsoup's XML parser builds a tree from a document StAX rejected (unclosed
 * tags, stray end tags), and this walks it into the same {@link FeedHandler}. jsoup never reads a
 * DTD or resolves an entity, and its input is the already size-capped, DOCTYPE-free text.
 * Namespace prefixes are resolved here from the {@code xmlns} attributes in scope.
 */
final class JsoupDriver {
  private JsoupDriver() {}

  /** RSS fields that hold text only: a field element found inside one was left unclosed. */
  private static final Set<String> LEAVES = Set.of("title", "link", "guid", "pubDate", "author", "category",
      "comments", "description", "dc:creator", "dc:date");
  private static final Set<String> FIELDS = Set.of("title", "link", "guid", "pubDate", "author", "category",
      "comments", "description", "enclosure", "source", "item", "content:encoded", "dc:creator", "dc:date");

  /**
   * jsoup closes an unclosed element only at its parent's end, so {@code <title>A<link>u</link>}
   * would nest the link in the title. Moves such fields, and what follows them, back out after
   * the element left open, which is what the author meant.
   */
  private static void unnest(Document d) {
    for (Element e : d.getAllElements()) {
      Element parent = e.parent();
      if (parent == null || !FIELDS.contains(e.tagName())) {
        continue;
      }
      String p = parent.tagName();
      if (LEAVES.contains(p) || (p.equals("item") && e.tagName().equals("item"))) {
        List<Node> moving = new java.util.ArrayList<>(parent.childNodes().subList(e.siblingIndex(), parent.childNodeSize()));
        Node anchor = parent;
        for (Node n : moving) {
          n.remove();
          anchor.after(n);
          anchor = n;
        }
      }
    }
  }

  static void run(String doc, FeedHandler h) {
    Document d = Jsoup.parse(doc, "", Parser.xmlParser());
    unnest(d);
    ArrayDeque<Map<String, String>> scopes = new ArrayDeque<>();
    scopes.push(Map.of("xml", "http://www.w3.org/XML/1998/namespace"));
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element && !(node instanceof Document)) {
          Element el = (Element) node;
          Map<String, String> scope = scopes.peek();
          Map<String, String> attrs = new HashMap<>();
          for (Attribute a : el.attributes()) {
            String k = a.getKey();
            if (k.equals("xmlns") || k.startsWith("xmlns:")) {
              if (scope == scopes.peek()) {
                scope = new HashMap<>(scopes.peek());
              }
              scope.put(k.equals("xmlns") ? "" : k.substring(6), a.getValue());
            } else {
              attrs.put(k, a.getValue());
            }
          }
          scopes.push(scope);
          String q = el.tagName();
          int colon = q.indexOf(':');
          String prefix = colon > 0 ? q.substring(0, colon) : "";
          String local = colon > 0 ? q.substring(colon + 1) : q;
          String ns = scope.getOrDefault(prefix, "");
          h.start(ns, local, q, attrs.isEmpty() ? Map.of() : attrs);
        } else if (node instanceof TextNode) {
          if (h.wantsText()) {
            h.text(((TextNode) node).getWholeText());
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && !(node instanceof Document)) {
          scopes.pop();
          h.end(((Element) node).tagName());
        }
      }
    }, d);
  }
}
