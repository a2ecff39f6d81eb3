package dev.digestkit.perf.parsers;

import dev.digestkit.perf.inputs.Document;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor: a StAX pass that only walks the events and counts entry elements ({@code entry},
 * {@code item}, OAI {@code record}). No parser that reads the same events can be faster.
 *
 * <p>Uses {@link XMLInputFactory#newFactory()}, the same lookup a library gets, with the
 * settings untrusted XML needs (no DTD, no external entities). Thread-safe.
 */
public final class BareStax {
  private final XMLInputFactory factory;

  /** A pass over a freshly configured factory. */
  public BareStax() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
  }

  /** The StAX implementation in use, for reports. */
  public String implementation() {
    return factory.getClass().getName();
  }

  /**
   * Walks every event of the document.
   *
   * @return the number of entry elements seen
   * @throws IllegalStateException when the document is not well-formed XML
   */
  public int count(Document doc) {
    try {
      XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(doc.bytes()));
      int entries = 0;
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            String local = r.getLocalName();
            if (local.equals("entry") || local.equals("item") || local.equals("record")) {
              entries++;
            }
          }
        }
      } finally {
        r.close();
      }
      return entries;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(doc.name() + ": " + e.getMessage(), e);
    }
  }
}
