package dev.digestkit.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which digest section a publisher's posts belong in. */
public enum PublisherGroup {
  /** AI labs' own announcements: the <em>AI Labs</em> section. */
  LABS,
  /** News sites and newsletters: the <em>From the Wire</em> section. */
  WIRE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static PublisherGroup fromName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
