package org.liens.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Whether the PostgreSQL server of {@link CaseloadPostgresBenchmark} answers, for the build's set-up check. */
final class CaseloadPostgresBenchmarkReach {
  private CaseloadPostgresBenchmarkReach() {}

  /** {@return why the server cannot be reached, or an empty text when it answers} */
  static String reason() {
    try (Connection connection = DriverManager.getConnection(CaseloadPostgresBenchmark.serverUrl())) {
      return connection.isValid(5) ? "" : "the PostgreSQL server does not answer";
    } catch (SQLException e) {
      return "no PostgreSQL server at " + CaseloadPostgresBenchmark.serverUrl().replaceAll("(?i)password=[^&;]*",
          "password=***") + " (" + e.getSQLState() + ")";
    }
  }
}
