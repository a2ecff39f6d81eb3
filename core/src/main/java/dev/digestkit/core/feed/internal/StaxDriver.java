package dev.digestkit.core.feed.internal;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams a repaired document through the JDK's StAX parser into a {@link FeedHandler}. */
final class StaxDriver {
  private StaxDriver() {}

  /**
   * The JDK's own implementation (not whatever the class path offers), locked down: no DTD, no
   * external entities, no resolver. {@link XmlRepair} has already removed any DOCTYPE; this is the
   * second line of defence. One per thread: the StAX API does not promise that a factory may
   * create readers concurrently.
   */
  private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(StaxDriver::newFactory);

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external entities are never resolved: " + systemId);
    });
    return f;
  }

  private static String qname(XMLStreamReader r) {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  private static String attributeName(XMLStreamReader r, int i) {
    String p = r.getAttributePrefix(i);
    String local = r.getAttributeLocalName(i);
    return p == null || p.isEmpty() ? local : p + ":" + local;
  }

  private static Map<String, String> hashMap(XMLStreamReader r, int n) {
    Map<String, String> attrs = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      attrs.put(attributeName(r, i), r.getAttributeValue(i));
    }
    return attrs;
  }

  private static Map<String, String> smallMap(XMLStreamReader r, int n) {
    String k0 = attributeName(r, 0);
    String k1 = attributeName(r, 1);
    try {
      return n == 2 ? Map.of(k0, r.getAttributeValue(0), k1, r.getAttributeValue(1))
          : Map.of(k0, r.getAttributeValue(0), k1, r.getAttributeValue(1), attributeName(r, 2), r.getAttributeValue(2));
    } catch (IllegalArgumentException duplicate) {
      return hashMap(r, n); // the parser rejects repeated attributes; this only keeps the old answer if one came
    }
  }

  static void run(String doc, FeedHandler h) throws XMLStreamException {
    XMLStreamReader r = FACTORY.get().createXMLStreamReader(new StringReader(doc));
    try {
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT: {
            int n = r.getAttributeCount();
            Map<String, String> attrs;
            if (n == 0) {
              attrs = Map.of();
            } else if (n == 1) {
              // a guid's isPermaLink, a link's href: one attribute needs no hash table
              String p = r.getAttributePrefix(0);
              String local = r.getAttributeLocalName(0);
              attrs = Map.of(p == null || p.isEmpty() ? local : p + ":" + local, r.getAttributeValue(0));
            } else if (n <= 3 && !h.wantsText()) {
              // an Atom link's href, rel and type: looked up by name only (a captured field's
              // children keep a HashMap, whose order their markup is written in)
              attrs = smallMap(r, n);
            } else {
              attrs = hashMap(r, n);
            }
            String ns = r.getNamespaceURI();
            String prefix = r.getPrefix();
            String local = r.getLocalName();
            // the qualified name is only written into a captured field's markup
            String qname = prefix == null || prefix.isEmpty() || !h.wantsText() ? local : prefix + ":" + local;
            h.start(ns == null ? "" : ns, local, qname, attrs);
            break;
          }
          case XMLStreamConstants.END_ELEMENT:
            h.end(h.wantsEndName() ? qname(r) : "");
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
            if (h.wantsText()) {
              h.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
            break;
          case XMLStreamConstants.ENTITY_REFERENCE:
            // only reachable if a DTD slipped through: never expand, keep the name as text
            if (h.wantsText()) {
              h.text("&" + r.getLocalName() + ";");
            }
            break;
          default:
            break;
        }
      }
    } finally {
      r.close();
    }
  }
}
