package org.liens.storage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.Contact;
import org.liens.staff.StaffId;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * Accompaniments with their contacts and documents, and the queries of the active caseload (R8). Saving one whose
 * household, referral, funder, prescriber, predecessor or successor does not exist is a dangling reference.
 * Lists are ordered by opening date; accompaniments opened the same day come in no particular order.
 */
public interface Accompaniments extends AggregateStore<Accompaniment, AccompanimentId> {

  /** The order of every list but {@link #endingBetween}: opening date, then id (any tie-break is allowed). */
  Comparator<Accompaniment> BY_OPENING =
      Comparator.comparing(Accompaniment::openedOn).thenComparing(a -> a.id().value());

  /**
   * The order of the caseload's pages ({@link PageRequest}), and one order {@link #BY_OPENING} allows: opening
   * date, then id read as an unsigned number ({@link CaseloadCursor#ORDER}), so that every adapter pages alike.
   */
  Comparator<Accompaniment> CASELOAD_ORDER =
      Comparator.comparing(Accompaniment::openedOn).thenComparing(a -> a.id().value(), CaseloadCursor::compareUnsigned);

  /** The order of {@link #endingBetween}: last day, then id (any tie-break is allowed). */
  Comparator<Accompaniment> BY_LAST_DAY =
      Comparator.comparing((Accompaniment a) -> a.lastDay().orElseThrow()).thenComparing(a -> a.id().value());

  /**
   * {@return every accompaniment of a household, open or ended}
   *
   * @param household the household
   */
  List<Accompaniment> ofHousehold(HouseholdId household);

  /** {@return the active caseload: every open (validated or active) accompaniment} */
  List<Accompaniment> open();

  /**
   * {@return the open accompaniments a prescriber referred whose family's consent to share their progress with it is
   * in force ({@link Accompaniment#sharesProgressWithPrescriber()}): what it may consult (R8). An accompaniment
   * whose sharing consent was revoked is left out from the transaction that revoked it on}
   *
   * @param prescriber the partner organisation that prescribes (R12)
   */
  List<Accompaniment> openOfPrescriber(OrganisationId prescriber);

  /**
   * {@return the open accompaniments an educator is on the team of}
   *
   * @param educator the educator who made the contact, a member of the team
   */
  List<Accompaniment> openOfEducator(StaffId educator);

  /**
   * {@return the open accompaniments a funder pays for}
   *
   * @param funder the organisation that pays
   */
  List<Accompaniment> openOfFunder(OrganisationId funder);

  /**
   * {@return one page of {@link #open()}: at most {@code page.size()} of its accompaniments after
   * {@code page.after()}, in {@link #CASELOAD_ORDER}; reading every page in turn returns {@link #open()} in that
   * order}
   *
   * @param page which page
   */
  List<Accompaniment> open(PageRequest page);

  /**
   * {@return one page of {@link #openOfPrescriber(OrganisationId)}, in {@link #CASELOAD_ORDER}, as
   * {@link #open(PageRequest)} pages {@link #open()}}
   *
   * @param prescriber the partner organisation that prescribes (R12)
   * @param page which page
   */
  List<Accompaniment> openOfPrescriber(OrganisationId prescriber, PageRequest page);

  /**
   * {@return the prescriber's caseload as {@link #openOfPrescriber(OrganisationId)} lists it, each accompaniment as
   * the row its prescriber's screen needs ({@link PrescriberCaseloadRow#of}), its contacts counted up to
   * {@code asOf}} An adapter answers it with a query of its own (issue 13: no whole accompaniment assembled); this
   * default derives the rows from the whole accompaniments.
   *
   * @param prescriber the partner organisation that prescribes (R12)
   * @param asOf the date the contacts are counted up to, included (today, from the clock)
   */
  default List<PrescriberCaseloadRow> prescriberCaseload(OrganisationId prescriber, LocalDate asOf) {
    Checks.required(asOf, "asOf");
    return openOfPrescriber(prescriber).stream().map(a -> PrescriberCaseloadRow.of(a, asOf)).toList();
  }

  /**
   * {@return one page of {@link #prescriberCaseload(OrganisationId, LocalDate)}: the rows of
   * {@link #openOfPrescriber(OrganisationId, PageRequest)}, in {@link #CASELOAD_ORDER}}
   *
   * @param prescriber the partner organisation that prescribes (R12)
   * @param asOf the date the contacts are counted up to, included (today, from the clock)
   * @param page which page
   */
  default List<PrescriberCaseloadRow> prescriberCaseload(OrganisationId prescriber, LocalDate asOf, PageRequest page) {
    Checks.required(asOf, "asOf");
    return openOfPrescriber(prescriber, page).stream().map(a -> PrescriberCaseloadRow.of(a, asOf)).toList();
  }

  /**
   * {@return one page of {@link #openOfEducator(StaffId)}, in {@link #CASELOAD_ORDER}, as
   * {@link #open(PageRequest)} pages {@link #open()}}
   *
   * @param educator the educator, a member of the team
   * @param page which page
   */
  List<Accompaniment> openOfEducator(StaffId educator, PageRequest page);

  /**
   * {@return one page of {@link #openOfFunder(OrganisationId)}, in {@link #CASELOAD_ORDER}, as
   * {@link #open(PageRequest)} pages {@link #open()}}
   *
   * @param funder the organisation that pays
   * @param page which page
   */
  List<Accompaniment> openOfFunder(OrganisationId funder, PageRequest page);

  /**
   * {@return the active accompaniments whose last day falls between {@code from} and {@code to}, both included,
   * ordered by last day (ties in no particular order)}
   *
   * @param from the first day, included
   * @param to the last day, included
   */
  List<Accompaniment> endingBetween(LocalDate from, LocalDate to);

  /**
   * {@return the contacts of one accompaniment, in recording order; empty if it does not exist}
   *
   * @param accompaniment the accompaniment
   */
  List<Contact> contactsOf(AccompanimentId accompaniment);
}
