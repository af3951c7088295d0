package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.shared.Checks;
import org.liens.storage.Organisations;

/** {@code liens_organisation}: name, kind and SIREN as columns, the postal address as JSON. */
final class OrganisationRepository extends AggregateTable<Organisation, OrganisationId> implements Organisations {
  static final String TABLE = "liens_organisation";
  static final List<String> COLUMNS = List.of("name", "kind", "siren", "address");


  OrganisationRepository(Session session) {
    super(session, TABLE, "organisation", COLUMNS);
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    Checks.required(id, "id");
    session.usable();
    return tx.queryOne("find organisation", select("o") + " WHERE o.id = ?", args -> args.uuid(id.value()),
        OrganisationRepository::organisation);
  }

  @Override
  public List<Organisation> all() {
    session.usable();
    List<Organisation> all = tx.query("list organisations", select("o"), args -> {},
        OrganisationRepository::organisation);
    all.sort(BY_NAME);
    return List.copyOf(all);
  }

  static Organisation organisation(Row row) throws SQLException {
    return new Organisation(OrganisationId.of(row.uuid("id")), row.number("version"), row.text("name"),
        row.name("kind", OrganisationKind.class), row.optionalText("siren"),
        row.optionalJson("address", PostalAddress.class));
  }

  @Override
  void bind(Args args, Organisation organisation) throws SQLException {
    args.text(organisation.name()).name(organisation.kind()).text(organisation.siren())
        .json(organisation.address());
  }

  @Override
  List<Reference> references(Organisation organisation) {
    return List.of();
  }

  @Override
  Organisation atVersion(Organisation organisation, long version) {
    return organisation.withVersion(version);
  }
}
