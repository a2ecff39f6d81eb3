package dev.digestkit.core.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the text fields of recorded arXiv and feed documents under {@code /text/} for tests. */
final class FixtureTexts {
  private FixtureTexts() {}

  private static final Set<String> TEXT_FIELDS = Set.of("id", "title", "summary", "description", "guid");

  /** One entry's text fields by local element name: id, title, summary, description, guid. */
  record Entry(String file, Map<String, String> fields) {
    String get(String name) {
      return fields.getOrDefault(name, "");
    }
  }

  /** The entries ({@code entry} or {@code item} elements) of a fixture; JSON cassettes are unwrapped. */
  static List<Entry> entries(String file) {
    byte[] bytes = bytes(file);
    if (file.endsWith(".json")) {
      try {
        String body = new ObjectMapper().readTree(bytes).get("body").asText();
        // The recorder stored the response bytes as ISO-8859-1 chars; undo that to get the UTF-8 bytes.
        bytes = body.getBytes(StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<Entry> entries = new ArrayList<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      Map<String, String> fields = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("entry") || name.equals("item")) {
            fields = new LinkedHashMap<>();
          } else if (fields != null && TEXT_FIELDS.contains(name) && !fields.containsKey(name)) {
            fields.put(name, r.getElementText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && fields != null
            && (r.getLocalName().equals("entry") || r.getLocalName().equals("item"))) {
          entries.add(new Entry(file, fields));
          fields = null;
        }
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot read fixture " + file, e);
    }
    return entries;
  }

  static byte[] bytes(String file) {
    try (InputStream in = FixtureTexts.class.getResourceAsStream("/text/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /text/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
