package org.liens.storage.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.event.DomainEvent;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.shared.StorageException;
import org.liens.storage.Repositories;

/**
 * Run by {@link FlywayIsOptionalTest} in a class loader without Flyway: a storage over a migrated H2 database
 * works, and asking it to migrate says that Flyway is missing. Answers what it saw, one line per fact.
 */
public final class WithoutFlyway implements Function<String, String> {

  @Override
  public String apply(String url) {
    List<String> seen = new ArrayList<>();
    try {
      Class.forName("org.flywaydb.core.Flyway");
      seen.add("flyway present");
    } catch (ClassNotFoundException e) {
      seen.add("flyway absent");
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    List<DomainEvent> events = new ArrayList<>();
    JdbcStorage storage = JdbcStorage.builder(dataSource).build();
    Liens liens = Liens.builder().storage(storage).listener(events::add).build();
    Organisation ccas = liens.organisations()
        .register(Actor.of("coordinator-1", Role.COORDINATOR), "CCAS", OrganisationKind.CCAS);
    seen.add("stored " + storage.read((Repositories r) -> r.organisations().find(ccas.id())).isPresent());
    seen.add("events " + events.size());
    try {
      JdbcStorage.builder(dataSource).migrate(true).build();
      seen.add("migrated");
    } catch (StorageException e) {
      seen.add(e.code() + ": " + e.getMessage());
    }
    return String.join("\n", seen);
  }
}
