package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Child rows (team members, contacts) of several accompaniments read by a second statement, with the version of the
 * row each was joined to, so that {@link AccompanimentRepository} tells a consistent read from one a concurrent save
 * slipped into.
 *
 * @param <C> the child value
 */
final class ChildRowsRead<C> {
  private final Map<UUID, Long> versions = new HashMap<>();
  private final Map<UUID, List<C>> children = new LinkedHashMap<>();

  Void add(Row row, Optional<C> child) throws SQLException {
    UUID id = row.uuid("aggregate_id");
    versions.put(id, row.number("aggregate_version"));
    List<C> list = children.computeIfAbsent(id, k -> new ArrayList<>());
    child.ifPresent(list::add);
    return null;
  }

  /** Whether rows were found for the accompaniment {@code id}, joined to its {@code version}. */
  boolean sameVersion(UUID id, long version) {
    return Long.valueOf(version).equals(versions.get(id));
  }

  /** Whether the rows found for {@code id} (if any: an accompaniment may have none) joined its version. */
  boolean sameVersion(UUID id, long version, ChildRowsRead<?> always) {
    Long read = versions.get(id);
    return read == null ? always.sameVersion(id, version) : read == version;
  }

  List<C> of(UUID id) {
    return children.getOrDefault(id, List.of());
  }
}
