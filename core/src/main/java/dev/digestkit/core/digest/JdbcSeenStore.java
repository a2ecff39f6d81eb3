package dev.digestkit.core.digest;

import dev.digestkit.core.DigestException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A {@link SeenStore} in a SQL table, for teams that keep state in a database. Plain JDBC: one
 * table {@code digestkit_seen(seen_key VARCHAR(1024) PRIMARY KEY, first_seen TIMESTAMP)},
 * created if missing. Each {@link #markSeen} call is one transaction. Thread-safe when the
 * {@link DataSource} is.
 */
public final class JdbcSeenStore implements SeenStore {
  private static final int CHUNK = 200;
  private final DataSource dataSource;

  private JdbcSeenStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A store on {@code dataSource}, creating the table when it does not exist.
   *
   * @throws DigestException when the database cannot be reached or the table cannot be created
   */
  public static JdbcSeenStore create(DataSource dataSource) {
    JdbcSeenStore store = new JdbcSeenStore(Objects.requireNonNull(dataSource, "dataSource"));
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS digestkit_seen ("
          + "seen_key VARCHAR(1024) NOT NULL PRIMARY KEY, first_seen TIMESTAMP NOT NULL)");
    } catch (SQLException e) {
      throw new DigestException("cannot create seen-store table digestkit_seen: " + e.getMessage(), e);
    }
    return store;
  }

  @Override
  public Set<String> seen(Collection<String> keys) {
    try (Connection c = dataSource.getConnection()) {
      return existing(c, keys);
    } catch (SQLException e) {
      throw new DigestException("cannot read seen-store: " + e.getMessage(), e);
    }
  }

  @Override
  public void markSeen(Collection<String> keys, Instant when) {
    if (keys.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        Set<String> fresh = new LinkedHashSet<>(keys);
        fresh.removeAll(existing(c, fresh));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO digestkit_seen (seen_key, first_seen) VALUES (?, ?)")) {
          for (String k : fresh) {
            ps.setString(1, k);
            ps.setTimestamp(2, Timestamp.from(when));
            ps.addBatch();
          }
          ps.executeBatch();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new DigestException("cannot write seen-store: " + e.getMessage(), e);
    }
  }

  private static Set<String> existing(Connection c, Collection<String> keys) throws SQLException {
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = c.prepareStatement("SELECT seen_key FROM digestkit_seen WHERE seen_key IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      }
    }
    return found;
  }
}
