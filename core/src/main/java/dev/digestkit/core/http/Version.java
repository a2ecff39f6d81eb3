package dev.digestkit.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** digestkit's version, read from the jar so the User-Agent never goes stale. */
final class Version {
  private static final String VERSION = load();

  private Version() {}

  static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("/dev/digestkit/core/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
