package org.liens.storage.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.liens.json.StorageJson;

/** Binds the parameters of a prepared statement in order, the dialect's way. Values are only ever bound, never spliced into SQL. */
final class Args {
  private final PreparedStatement statement;
  private final Dialect dialect;
  private int index = 1;

  Args(PreparedStatement statement, Dialect dialect) {
    this.statement = statement;
    this.dialect = dialect;
  }

  Args uuid(UUID value) throws SQLException {
    dialect.setUuid(statement, index++, value);
    return this;
  }

  Args uuid(Optional<UUID> value) throws SQLException {
    return uuid(value.orElse(null));
  }

  Args text(String value) throws SQLException {
    if (value == null) {
      statement.setNull(index++, Types.VARCHAR);
    } else {
      statement.setString(index++, value);
    }
    return this;
  }

  Args text(Optional<String> value) throws SQLException {
    return text(value.orElse(null));
  }

  /** An enum, by name. */
  Args name(Enum<?> value) throws SQLException {
    return text(value == null ? null : value.name());
  }

  /** A nested value as JSON text ({@link StorageJson#write}). */
  Args json(Object value) throws SQLException {
    return text(value == null ? null : StorageJson.write(value));
  }

  Args json(Optional<?> value) throws SQLException {
    return json(value.orElse(null));
  }

  Args date(LocalDate value) throws SQLException {
    if (value == null) {
      statement.setNull(index++, Types.DATE);
    } else {
      statement.setObject(index++, value);
    }
    return this;
  }

  Args date(Optional<LocalDate> value) throws SQLException {
    return date(value.orElse(null));
  }

  Args instant(Instant value) throws SQLException {
    dialect.setInstant(statement, index++, value);
    return this;
  }

  Args number(long value) throws SQLException {
    statement.setLong(index++, value);
    return this;
  }

  Args bool(boolean value) throws SQLException {
    statement.setBoolean(index++, value);
    return this;
  }

  Args integer(int value) throws SQLException {
    statement.setInt(index++, value);
    return this;
  }

  Args integer(Optional<Integer> value) throws SQLException {
    if (value.isEmpty()) {
      statement.setNull(index++, Types.INTEGER);
    } else {
      statement.setInt(index++, value.get());
    }
    return this;
  }

  /** An exact decimal (a percentage). */
  Args decimal(BigDecimal value) throws SQLException {
    if (value == null) {
      statement.setNull(index++, Types.DECIMAL);
    } else {
      statement.setBigDecimal(index++, value);
    }
    return this;
  }

  Args number(Optional<Long> value) throws SQLException {
    if (value.isEmpty()) {
      statement.setNull(index++, Types.BIGINT);
    } else {
      statement.setLong(index++, value.get());
    }
    return this;
  }
}
