package org.liens.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A database of one kind that Flyway migrated once per JVM, copied for each test database by the cheapest correct
 * means of that kind: PostgreSQL {@code CREATE DATABASE … TEMPLATE}; MariaDB the template's own
 * {@code SHOW CREATE TABLE} statements (foreign-key checks off, so that tables referring to each other can be
 * created) and its Flyway history rows; H2 the template's {@code SCRIPT}, history rows included. A copy is the
 * migrated schema, history included: the migration test checks a copy against the recorded schema. The server
 * templates are dropped when the JVM exits.
 */
final class MigratedTemplate {
  private static final Map<TestDatabase, MigratedTemplate> TEMPLATES = new ConcurrentHashMap<>();

  private final TestDatabase kind;
  private final String name;
  /** MariaDB and H2: the statements that rebuild the template in an empty database. */
  private final List<String> statements;

  private MigratedTemplate(TestDatabase kind, String name, List<String> statements) {
    this.kind = kind;
    this.name = name;
    this.statements = statements;
  }

  /** The template of {@code kind}, migrated on first use. */
  static MigratedTemplate of(TestDatabase kind) {
    return TEMPLATES.computeIfAbsent(kind, MigratedTemplate::migrate);
  }

  private static MigratedTemplate migrate(TestDatabase kind) {
    String name = "liens_tpl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try {
      kind.createDatabase(name);
      if (kind != TestDatabase.H2) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(kind, name)));
      }
      DataSource template = kind.dataSourceOf(name);
      JdbcStorage.migrate(template);
      List<String> statements = switch (kind) {
        case POSTGRESQL -> List.of();
        case MARIADB -> showCreateTables(template, name);
        case H2 -> script(template);
      };
      if (kind == TestDatabase.H2) {
        kind.dropDatabase(name);
      }
      return new MigratedTemplate(kind, name, statements);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot migrate a template database on " + kind, e);
    }
  }

  /** Creates the database {@code copy} as a copy of this template. */
  synchronized void copyTo(String copy) throws SQLException {
    if (kind == TestDatabase.POSTGRESQL) {
      kind.execute("CREATE DATABASE " + copy + " TEMPLATE " + name);
      return;
    }
    kind.createDatabase(copy);
    try (Connection c = kind.dataSourceOf(copy).getConnection(); Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private static List<String> showCreateTables(DataSource template, String name) throws SQLException {
    List<String> statements = new ArrayList<>();
    statements.add("SET FOREIGN_KEY_CHECKS = 0");
    try (Connection c = template.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = DATABASE() ORDER BY table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows = s.executeQuery("SHOW CREATE TABLE " + table)) {
          rows.next();
          statements.add(rows.getString(2));
        }
      }
    }
    statements.add("INSERT INTO " + JdbcStorage.HISTORY_TABLE + " SELECT * FROM " + name + "."
        + JdbcStorage.HISTORY_TABLE);
    statements.add("SET FOREIGN_KEY_CHECKS = 1");
    return List.copyOf(statements);
  }

  private static List<String> script(DataSource template) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Connection c = template.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
      while (rows.next()) {
        String statement = rows.getString(1);
        if (!statement.startsWith("--") && !statement.startsWith("CREATE USER")) {
          statements.add(statement);
        }
      }
    }
    return List.copyOf(statements);
  }

  private static void dropQuietly(TestDatabase kind, String name) {
    try {
      kind.dropDatabase(name);
    } catch (SQLException e) {
      System.err.println("could not drop the template database " + name + ": " + e.getMessage());
    }
  }
}
