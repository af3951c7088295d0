package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the tests run on. H2 is embedded; the servers' URLs come from {@code LIENS_POSTGRES_URL} and
 * {@code LIENS_MARIADB_URL}, with local defaults. A server that cannot be reached skips its tests with the reason
 * printed, unless {@code CI=true}: then its tests fail.
 *
 * <p>Each test class gets a database of its own, named {@code liens_t_<random>}, through a pool
 * ({@link PooledDataSource}). A migrated one ({@link #create()}) is a copy of a template that Flyway migrated once
 * per JVM and database kind ({@link MigratedTemplate}); the migration tests take empty ones ({@link #createEmpty()}).
 * On PostgreSQL and MariaDB they are databases (the PostgreSQL user needs CREATEDB), on H2 in-memory databases.
 */
enum TestDatabase {
  H2(Dialect.H2, null, null),
  POSTGRESQL(Dialect.POSTGRESQL, "LIENS_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
  MARIADB(Dialect.MARIADB, "LIENS_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

  /** The Liens tables, children first. */
  static final List<String> TABLES = List.of("liens_figure_file", "liens_figure_household", "liens_figure_money",
      "liens_figure_agreement", "liens_figure_agreement_funder", "liens_figure_place", "liens_orientation",
      "liens_partner_service_key", "liens_partner_service", "liens_partner_structure", "liens_audit_subject",
      "liens_audit_entry", "liens_event",
      "liens_invoice_sequence", "liens_credit_note", "liens_invoice", "liens_document_number", "liens_group_attendance", "liens_group_session", "liens_workshop_series", "liens_quote", "liens_agreement_accompaniment",
      "liens_agreement_offer", "liens_agreement_funder", "liens_contact", "liens_accompaniment_team",
      "liens_referral", "liens_accompaniment", "liens_funding_agreement", "liens_staff_member", "liens_organisation",
      "liens_household");

  private static final Map<TestDatabase, String> UNREACHABLE = new ConcurrentHashMap<>();
  private static final Map<TestDatabase, PooledDataSource> ADMIN = new ConcurrentHashMap<>();

  final Dialect dialect;
  private final String variable;
  private final String defaultUrl;

  TestDatabase(Dialect dialect, String variable, String defaultUrl) {
    this.dialect = dialect;
    this.variable = variable;
    this.defaultUrl = defaultUrl;
  }

  /** The server URL (the environment's or the local default); null for H2. */
  String url() {
    if (variable == null) {
      return null;
    }
    String url = System.getenv(variable);
    return url == null || url.isBlank() ? defaultUrl : url;
  }

  static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Why the database cannot be used, or the empty string if it can. Checked once per JVM. */
  String unreachableReason() {
    return UNREACHABLE.computeIfAbsent(this, db -> {
      if (db == H2) {
        return "";
      }
      try (Connection c = db.adminDataSource().getConnection()) {
        return c.isValid(5) ? "" : db + " at " + db.printableUrl() + " does not answer";
      } catch (SQLException e) {
        return db + " is not reachable at " + db.printableUrl() + " (" + e.getClass().getSimpleName() + ", SQLSTATE "
            + e.getSQLState() + "); set " + db.variable + " or start the server to run these tests";
      }
    });
  }

  private String printableUrl() {
    return url().replaceAll("(?i)password=[^&;]*", "password=***");
  }

  /** A pooled DataSource on the database the URL names (the server's "test" database), for setting up and killing. */
  DataSource adminDataSource() {
    return ADMIN.computeIfAbsent(this, db -> new PooledDataSource(db.dataSource(db.url())));
  }

  /** An unpooled DataSource on the database {@code name} (H2: in memory, kept until it is shut down). */
  DataSource dataSourceOf(String name) {
    return dataSource(switch (this) {
      case POSTGRESQL, MARIADB -> url().replaceFirst("^(jdbc:[a-z]+://[^/?]+)/?[^?]*", "$1/" + name);
      case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    });
  }

  private DataSource dataSource(String url) {
    switch (this) {
      case POSTGRESQL -> {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setConnectTimeout(5);
        return ds;
      }
      case MARIADB -> {
        try {
          return new MariaDbDataSource(url + (url.contains("?") ? "&" : "?") + "connectTimeout=5000");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
      default -> {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        return ds;
      }
    }
  }

  /** A new database of this kind with the Liens schema: a copy of the migrated template. */
  FreshDatabase create() {
    String name = newName();
    try {
      MigratedTemplate.of(this).copyTo(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot copy the migrated template on " + this, e);
    }
    return new FreshDatabase(this, name, new PooledDataSource(dataSourceOf(name)), true);
  }

  /** A new, empty database of this kind. */
  FreshDatabase createEmpty() {
    String name = newName();
    try {
      createDatabase(name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + this, e);
    }
    return new FreshDatabase(this, name, new PooledDataSource(dataSourceOf(name)), false);
  }

  private static String newName() {
    return "liens_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** Creates the empty database {@code name} (H2: nothing to do, the first connection creates it). */
  void createDatabase(String name) throws SQLException {
    switch (this) {
      case POSTGRESQL -> execute("CREATE DATABASE " + name);
      case MARIADB -> execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      case H2 -> {
        // created on first connection
      }
    }
  }

  /** Drops the database {@code name}, closing every connection still open on it. */
  void dropDatabase(String name) throws SQLException {
    switch (this) {
      case POSTGRESQL -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      case MARIADB -> execute("DROP DATABASE IF EXISTS " + name);
      case H2 -> {
        try (Connection c = dataSourceOf(name).getConnection(); Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
    }
  }

  void drop(FreshDatabase database) {
    try {
      dropDatabase(database.name);
    } catch (SQLException e) {
      System.err.println("could not drop test database " + database.name + ": " + e.getMessage());
    }
  }

  /** Empties every Liens table of the database, fast, for the next property try. */
  void empty(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      switch (this) {
        case POSTGRESQL -> s.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
        case MARIADB -> {
          s.execute("SET FOREIGN_KEY_CHECKS = 0");
          for (String table : TABLES) {
            s.execute("DELETE FROM " + table);
          }
          s.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        default -> {
          s.execute("SET REFERENTIAL_INTEGRITY FALSE");
          for (String table : TABLES) {
            s.execute("TRUNCATE TABLE " + table);
          }
          s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database", e);
    }
  }

  /** The server's id of the session behind {@code connection}. */
  long sessionId(Connection connection) throws SQLException {
    String sql = switch (this) {
      case POSTGRESQL -> "SELECT pg_backend_pid()";
      case MARIADB -> "SELECT CONNECTION_ID()";
      case H2 -> "SELECT SESSION_ID()";
    };
    try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Kills the server session {@code id} from another connection, as an operator or a crash would. */
  void kill(DataSource dataSource, long id) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      switch (this) {
        case POSTGRESQL -> {
          // waits (up to 5 s) until the backend has exited
          try (PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            s.setInt(1, (int) id);
            s.executeQuery().close();
          }
        }
        case MARIADB -> {
          try (Statement s = c.createStatement()) {
            s.execute("KILL " + id);
          }
        }
        case H2 -> {
          try (PreparedStatement s = c.prepareStatement("CALL ABORT_SESSION(?)")) {
            s.setInt(1, (int) id);
            s.execute();
          }
        }
      }
    }
  }

  /** Runs one statement on the server's "test" database. */
  void execute(String sql) throws SQLException {
    try (Connection c = adminDataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public String toString() {
    return switch (this) {
      case H2 -> "H2";
      case POSTGRESQL -> "PostgreSQL";
      case MARIADB -> "MariaDB";
    };
  }
}
