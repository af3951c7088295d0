package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.storage.AggregateKind;
import org.liens.storage.Organisations;

/** {@code liens_organisation}: name, kind and SIREN as columns, the postal address and Chorus Pro data as JSON. */
final class OrganisationRepository extends AggregateTable<Organisation, OrganisationId> implements Organisations {
  static final String TABLE = "liens_organisation";
  static final List<String> COLUMNS = List.of("name", "kind", "siren", "address", "chorus_pro");

  OrganisationRepository(Session session) {
    super(session, AggregateKind.ORGANISATION, TABLE, "o", COLUMNS, OrganisationRepository::organisation,
        Organisation::withVersion);
  }

  @Override
  public List<Organisation> all() {
    return list("list organisations", null, args -> {}, null, BY_NAME);
  }

  static Organisation organisation(Row row) throws SQLException {
    return new Organisation(OrganisationId.of(row.uuid("id")), row.number("version"), row.text("name"),
        row.name("kind", OrganisationKind.class), row.optionalText("siren"),
        row.optionalJson("address", PostalAddress.class),
        row.optionalJson("chorus_pro", ChorusPro.class));
  }

  @Override
  void bind(Args args, Organisation organisation, boolean links) throws SQLException {
    args.text(organisation.name()).name(organisation.kind()).text(organisation.siren())
        .json(organisation.address()).json(organisation.chorusPro());
  }
}
