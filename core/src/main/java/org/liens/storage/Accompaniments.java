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

/**
 * Accompaniments with their contacts and documents, and the queries of the active caseload (R8). Saving one whose
 * household, referral, funder, prescriber, predecessor or successor does not exist is a dangling reference.
 * Lists are ordered by opening date; accompaniments opened the same day come in no particular order.
 */
public interface Accompaniments extends AggregateStore<Accompaniment, AccompanimentId> {

  /** The order of every list but {@link #endingBetween}: opening date, then id (any tie-break is allowed). */
  Comparator<Accompaniment> BY_OPENING =
      Comparator.comparing(Accompaniment::openedOn).thenComparing(a -> a.id().value());

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
