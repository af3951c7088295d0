package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.Contact;
import org.liens.staff.StaffId;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.storage.Accompaniments;
import org.liens.storage.AggregateKind;

/** The accompaniments and the active caseload (R8), per prescriber, educator and funder, from indexes. */
final class AccompanimentRepository extends AggregateTable<Accompaniment, AccompanimentId>
    implements Accompaniments {
  AccompanimentRepository(Session session) {
    super(session, AggregateKind.ACCOMPANIMENT, session.store.accompaniments, Accompaniment::withVersion);
  }

  @Override
  public List<Accompaniment> ofHousehold(HouseholdId household) {
    return byOpening(store.accompanimentsByHousehold.get(Checks.required(household, "household")));
  }

  @Override
  public List<Accompaniment> open() {
    return byOpening(store.openAccompaniments.get(Boolean.TRUE));
  }

  @Override
  public List<Accompaniment> openOfPrescriber(OrganisationId prescriber) {
    return byOpening(store.openByPrescriber.get(Checks.required(prescriber, "prescriber")));
  }

  @Override
  public List<Accompaniment> openOfEducator(StaffId educator) {
    return byOpening(store.openByEducator.get(Checks.required(educator, "educator")));
  }

  @Override
  public List<Accompaniment> openOfFunder(OrganisationId funder) {
    return byOpening(store.openByFunder.get(Checks.required(funder, "funder")));
  }

  @Override
  public List<Accompaniment> endingBetween(LocalDate from, LocalDate to) {
    return between(store.activeByLastDay, from, to, BY_LAST_DAY);
  }

  @Override
  public List<Contact> contactsOf(AccompanimentId accompaniment) {
    return find(accompaniment).map(Accompaniment::contacts).orElse(List.of());
  }

  private List<Accompaniment> byOpening(Collection<UUID> ids) {
    return session.query(table, ids, BY_OPENING);
  }
}
