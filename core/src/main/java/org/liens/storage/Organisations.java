package org.liens.storage;

import java.util.List;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;

/** Partner organisations: prescribers and funders (R12). */
public interface Organisations extends AggregateStore<Organisation, OrganisationId> {

  /** Every organisation, by name. */
  List<Organisation> all();
}
