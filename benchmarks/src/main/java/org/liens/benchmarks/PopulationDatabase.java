package org.liens.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.storage.jdbc.JdbcStorage;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A new, migrated database for one benchmark trial, dropped by {@link #close()}: on PostgreSQL a database created
 * on the server of {@code -Dliens.bench.postgres} (default {@value #POSTGRES}, the user needs CREATEDB), named
 * {@code -Dliens.bench.database-prefix} (default {@code liens_bench_}) and a random suffix, or an in-memory H2.
 * Also reads and writes whole tables with plain JDBC, for the baselines.
 */
public final class PopulationDatabase implements AutoCloseable {
  /** The PostgreSQL server used unless {@code -Dliens.bench.postgres} names another. */
  static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  final String kind;
  final DataSource dataSource;
  final JdbcStorage storage;
  private final String name;

  private PopulationDatabase(String kind, String name, DataSource dataSource) {
    this.kind = kind;
    this.name = name;
    this.dataSource = dataSource;
    JdbcStorage.migrate(dataSource);
    this.storage = JdbcStorage.builder(dataSource).build();
  }

  /**
   * {@return a new migrated database}
   *
   * @param kind {@code postgresql} or {@code h2}
   */
  public static PopulationDatabase create(String kind) {
    String name = System.getProperty("liens.bench.database-prefix", "liens_bench_")
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (kind.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      return new PopulationDatabase(kind, name, h2);
    }
    if (!kind.equals("postgresql")) {
      throw new IllegalArgumentException("a benchmark database is postgresql or h2");
    }
    String server = System.getProperty("liens.bench.postgres", POSTGRES);
    execute(server, "CREATE DATABASE " + name);
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(server.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
    return new PopulationDatabase(kind, name, pg);
  }

  /** {@return whether a PostgreSQL server answers at {@code -Dliens.bench.postgres}} */
  static boolean postgresAvailable() {
    try (Connection c = DriverManager.getConnection(System.getProperty("liens.bench.postgres", POSTGRES))) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void execute(String url, String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run a statement on the benchmark server", e);
    }
  }

  /**
   * Every row of {@code table}, its values as the driver reads them, and the column names first.
   *
   * @param table the table
   * @return the column names, then one array per row
   */
  List<Object[]> read(String table) {
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet result = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData meta = result.getMetaData();
      String[] names = new String[meta.getColumnCount()];
      for (int i = 0; i < names.length; i++) {
        names[i] = meta.getColumnName(i + 1).toLowerCase(java.util.Locale.ROOT);
      }
      rows.add(names);
      while (result.next()) {
        Object[] row = new Object[names.length];
        for (int i = 0; i < row.length; i++) {
          Object value = result.getObject(i + 1);
          // H2 reads long text as a CLOB, which closes with its connection
          row[i] = value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
        }
        rows.add(row);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read a benchmark table", e);
    }
    return rows;
  }

  /**
   * Runs statements in one transaction.
   *
   * @param sql the statements
   */
  void execute(String... sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run a statement on the benchmark database", e);
    }
  }

  /** Drops the database (PostgreSQL) or closes it (H2). */
  @Override
  public void close() {
    if (kind.equals("h2")) {
      execute("SHUTDOWN");
    } else {
      execute(System.getProperty("liens.bench.postgres", POSTGRES), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
