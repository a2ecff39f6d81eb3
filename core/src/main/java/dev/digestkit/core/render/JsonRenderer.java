package dev.digestkit.core.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.digestkit.core.DigestException;
import dev.digestkit.core.Json;
import dev.digestkit.core.digest.Digest;

/** Renders a digest as pretty-printed JSON that {@link Json#newMapper()} reads back. */
public final class JsonRenderer implements Renderer {
  private final ObjectWriter writer = Json.newMapper().writerWithDefaultPrettyPrinter();

  /** A JSON renderer. */
  public JsonRenderer() {}

  @Override
  public String render(Digest digest) {
    try {
      return writer.writeValueAsString(digest) + "\n";
    } catch (JsonProcessingException e) {
      throw new DigestException("cannot write digest as JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }
}
