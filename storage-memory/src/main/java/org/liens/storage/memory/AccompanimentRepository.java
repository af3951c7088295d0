package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;

/**
 * The accompaniments and the active caseload (R8), per prescriber, educator and funder, from indexes kept in the
 * caseload order ({@link SortedIndex}): a list or a page is read in order, never sorted.
 */
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
    return inOrder(store.openAccompaniments.all(Boolean.TRUE));
  }

  @Override
  public List<Accompaniment> openOfPrescriber(OrganisationId prescriber) {
    return inOrder(store.openByPrescriber.all(Checks.required(prescriber, "prescriber")));
  }

  @Override
  public List<Accompaniment> openOfEducator(StaffId educator) {
    return inOrder(store.openByEducator.all(Checks.required(educator, "educator")));
  }

  @Override
  public List<Accompaniment> openOfFunder(OrganisationId funder) {
    return inOrder(store.openByFunder.all(Checks.required(funder, "funder")));
  }

  @Override
  public List<Accompaniment> open(PageRequest page) {
    return inOrder(store.openAccompaniments.page(Boolean.TRUE, Checks.required(page, "page")));
  }

  @Override
  public List<Accompaniment> openOfPrescriber(OrganisationId prescriber, PageRequest page) {
    return inOrder(store.openByPrescriber.page(Checks.required(prescriber, "prescriber"), Checks.required(page, "page")));
  }

  @Override
  public List<Accompaniment> openOfEducator(StaffId educator, PageRequest page) {
    return inOrder(store.openByEducator.page(Checks.required(educator, "educator"), Checks.required(page, "page")));
  }

  @Override
  public List<Accompaniment> openOfFunder(OrganisationId funder, PageRequest page) {
    return inOrder(store.openByFunder.page(Checks.required(funder, "funder"), Checks.required(page, "page")));
  }

  /** The rows of the prescriber's index, each made of its accompaniment as stored (nothing to assemble in memory). */
  @Override
  public List<PrescriberCaseloadRow> prescriberCaseload(OrganisationId prescriber, LocalDate asOf) {
    return rows(store.openByPrescriber.all(Checks.required(prescriber, "prescriber")), asOf);
  }

  @Override
  public List<PrescriberCaseloadRow> prescriberCaseload(OrganisationId prescriber, LocalDate asOf, PageRequest page) {
    return rows(store.openByPrescriber.page(Checks.required(prescriber, "prescriber"), Checks.required(page, "page")),
        asOf);
  }

  @Override
  public List<Accompaniment> endingBetween(LocalDate from, LocalDate to) {
    return between(store.activeByLastDay, from, to, BY_LAST_DAY);
  }

  @Override
  public List<Contact> contactsOf(AccompanimentId accompaniment) {
    return find(accompaniment).map(Accompaniment::contacts).orElse(List.of());
  }

  /** The rows with these ids, in the order of the ids (a caseload index's order: nothing to sort). */
  private List<Accompaniment> inOrder(List<UUID> ids) {
    session.usable();
    return List.copyOf(table.rows(ids));
  }

  private List<PrescriberCaseloadRow> rows(List<UUID> ids, LocalDate asOf) {
    Checks.required(asOf, "asOf");
    session.usable();
    List<Accompaniment> read = table.rows(ids);
    List<PrescriberCaseloadRow> rows = new ArrayList<>(read.size());
    for (Accompaniment accompaniment : read) {
      rows.add(PrescriberCaseloadRow.of(accompaniment, asOf));
    }
    return List.copyOf(rows);
  }

  private List<Accompaniment> byOpening(Collection<UUID> ids) {
    return session.query(table, ids, BY_OPENING);
  }
}
