package org.liens.storage;

import java.util.Comparator;
import java.util.List;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;

/** Partner organisations: prescribers and funders (R12). */
public interface Organisations extends AggregateStore<Organisation, OrganisationId> {

  /** The order of {@link #all()}: name as {@link String#compareTo} orders it, then id. */
  Comparator<Organisation> BY_NAME = Comparator.comparing(Organisation::name).thenComparing(o -> o.id().value());

  /** {@return every organisation, ordered by name as {@link String#compareTo} orders it, then by id} */
  List<Organisation> all();
}
