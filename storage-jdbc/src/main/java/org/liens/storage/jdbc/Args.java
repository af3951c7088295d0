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

/**
 * Binds the parameters of a prepared statement in order, the dialect's way. Values are only ever bound, never
 * spliced into SQL. For a PostgreSQL {@code COPY} ({@link CopyText}), the same calls write the fields of a row of
 * COPY's text format instead, so that a row is bound by the same code whichever way it is sent.
 */
final class Args {
  private final PreparedStatement statement;
  private final Dialect dialect;
  private final CopyText copy;
  private int index = 1;

  Args(PreparedStatement statement, Dialect dialect) {
    this.statement = statement;
    this.dialect = dialect;
    this.copy = null;
  }

  /** Arguments written as the fields of one row of a {@code COPY … FROM STDIN} in text format. */
  Args(CopyText copy) {
    this.statement = null;
    this.dialect = Dialect.POSTGRESQL;
    this.copy = copy;
  }

  Args uuid(UUID value) throws SQLException {
    if (copy != null) {
      copy.field(value == null ? null : value.toString());
      return this;
    }
    dialect.setUuid(statement, index++, value);
    return this;
  }

  Args uuid(Optional<UUID> value) throws SQLException {
    return uuid(value.orElse(null));
  }

  Args text(String value) throws SQLException {
    if (copy != null) {
      copy.field(value);
    } else if (value == null) {
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
    if (copy != null) {
      copy.field(value == null ? null : value.toString());
    } else if (value == null) {
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
    if (copy != null) {
      copy.field(value == null ? null : value.toString());
      return this;
    }
    dialect.setInstant(statement, index++, value);
    return this;
  }

  Args number(long value) throws SQLException {
    if (copy != null) {
      copy.field(Long.toString(value));
      return this;
    }
    statement.setLong(index++, value);
    return this;
  }

  Args bool(boolean value) throws SQLException {
    if (copy != null) {
      copy.field(value ? "t" : "f");
      return this;
    }
    statement.setBoolean(index++, value);
    return this;
  }

  Args integer(int value) throws SQLException {
    if (copy != null) {
      copy.field(Integer.toString(value));
      return this;
    }
    statement.setInt(index++, value);
    return this;
  }

  Args integer(Optional<Integer> value) throws SQLException {
    if (copy != null) {
      copy.field(value.map(String::valueOf).orElse(null));
    } else if (value.isEmpty()) {
      statement.setNull(index++, Types.INTEGER);
    } else {
      statement.setInt(index++, value.get());
    }
    return this;
  }

  /** An exact decimal (a percentage). */
  Args decimal(BigDecimal value) throws SQLException {
    if (copy != null) {
      copy.field(value == null ? null : value.toPlainString());
    } else if (value == null) {
      statement.setNull(index++, Types.DECIMAL);
    } else {
      statement.setBigDecimal(index++, value);
    }
    return this;
  }

  Args number(Optional<Long> value) throws SQLException {
    if (copy != null) {
      copy.field(value.map(String::valueOf).orElse(null));
    } else if (value.isEmpty()) {
      statement.setNull(index++, Types.BIGINT);
    } else {
      statement.setLong(index++, value.get());
    }
    return this;
  }
}
