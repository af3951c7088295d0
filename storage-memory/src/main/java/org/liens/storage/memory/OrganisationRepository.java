package org.liens.storage.memory;

import java.util.List;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.storage.AggregateKind;
import org.liens.storage.Organisations;

/** The organisations: prescribers, funders, clients (R12). */
final class OrganisationRepository extends AggregateTable<Organisation, OrganisationId> implements Organisations {
  OrganisationRepository(Session session) {
    super(session, AggregateKind.ORGANISATION, session.store.organisations, Organisation::withVersion);
  }

  @Override
  public List<Organisation> all() {
    return session.query(table, table.ids(), BY_NAME);
  }
}
