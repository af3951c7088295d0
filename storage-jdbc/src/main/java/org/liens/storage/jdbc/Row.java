package org.liens.storage.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.json.StorageJson;

/** Reads the columns of the current row of a result set, the dialect's way. */
final class Row {
  private final ResultSet rows;
  private final Dialect dialect;

  Row(ResultSet rows, Dialect dialect) {
    this.rows = rows;
    this.dialect = dialect;
  }

  UUID uuid(String column) throws SQLException {
    return dialect.getUuid(rows, column);
  }

  Optional<UUID> optionalUuid(String column) throws SQLException {
    return Optional.ofNullable(uuid(column));
  }

  String text(String column) throws SQLException {
    return rows.getString(column);
  }

  Optional<String> optionalText(String column) throws SQLException {
    return Optional.ofNullable(text(column));
  }

  <E extends Enum<E>> E name(String column, Class<E> type) throws SQLException {
    return Enum.valueOf(type, text(column));
  }

  <E extends Enum<E>> Optional<E> optionalName(String column, Class<E> type) throws SQLException {
    return optionalText(column).map(v -> Enum.valueOf(type, v));
  }

  LocalDate date(String column) throws SQLException {
    return rows.getObject(column, LocalDate.class);
  }

  Optional<LocalDate> optionalDate(String column) throws SQLException {
    return Optional.ofNullable(date(column));
  }

  Instant instant(String column) throws SQLException {
    return dialect.getInstant(rows, column);
  }

  long number(String column) throws SQLException {
    return rows.getLong(column);
  }

  Optional<Long> optionalNumber(String column) throws SQLException {
    return unlessNull(rows.getLong(column));
  }

  boolean bool(String column) throws SQLException {
    return rows.getBoolean(column);
  }

  int integer(String column) throws SQLException {
    return rows.getInt(column);
  }

  Optional<Integer> optionalInteger(String column) throws SQLException {
    return unlessNull(rows.getInt(column));
  }

  /** The primitive just read, or empty when its column held SQL NULL (JDBC reads NULL as zero). */
  private <T> Optional<T> unlessNull(T justRead) throws SQLException {
    return rows.wasNull() ? Optional.empty() : Optional.of(justRead);
  }

  BigDecimal decimal(String column) throws SQLException {
    return rows.getBigDecimal(column);
  }

  /** A nested value written as JSON text by {@link Args#json}. */
  <T> T json(String column, Class<T> type) throws SQLException {
    return StorageJson.read(text(column), type);
  }

  <T> Optional<T> optionalJson(String column, Class<T> type) throws SQLException {
    return optionalText(column).map(json -> StorageJson.read(json, type));
  }

  <T> List<T> jsonList(String column, Class<T> element) throws SQLException {
    return StorageJson.readList(text(column), element);
  }

  <T> Set<T> jsonSet(String column, Class<T> element) throws SQLException {
    return StorageJson.readSet(text(column), element);
  }
}
