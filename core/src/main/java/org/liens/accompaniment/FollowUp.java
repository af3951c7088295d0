package org.liens.accompaniment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.liens.catalog.ContactTargets;
import org.liens.document.ContactSummary;
import org.liens.document.MissedContact;
import org.liens.pricing.Tariff;
import org.liens.shared.Checks;

/**
 * What an accompaniment holds once its first appointment is fixed (R2–R4, R8): the period, the tariff frozen on
 * that date, the contacts recorded inside the period, the planned home visits and the documents. Only a started
 * accompaniment has one, so no contact, tariff or document exists before the first appointment. Treat as a value
 * type.
 *
 * @param period from the first appointment (R2)
 * @param tariff the tariff in force on the first appointment (R3), if the tariff book priced the offer
 * @param contacts every contact recorded, in recording order, each inside the period, no id twice (R4)
 * @param plannedVisits the planned home-visit schedule, spread over the period (R4)
 * @param documents the DIA, the E.M.T map and the action report written so far (R8)
 */
public record FollowUp(
    CarePeriod period, Optional<Tariff> tariff, List<Contact> contacts, List<PlannedVisit> plannedVisits,
    Documents documents) {
  /**
   * Checks the components: {@code period} and {@code documents} required; {@code contacts} and {@code plannedVisits}
   * copied unmodifiable, without null element; {@code tariff} an {@code Optional}, never null; and the rules stated for the type.
   *
   * @param period from the first appointment (R2)
   * @param tariff the tariff in force on the first appointment (R3), if the tariff book priced the offer
   * @param contacts every contact recorded, in recording order, each inside the period, no id twice (R4)
   * @param plannedVisits the planned home-visit schedule, spread over the period (R4)
   * @param documents the DIA, the E.M.T map and the action report written so far (R8)
   */
  public FollowUp {
    Checks.required(period, "period");
    Checks.optional(tariff, "tariff");
    boolean checked = contacts instanceof Recorded recorded && recorded.period.equals(period);
    contacts = checked ? contacts : Checks.listOf(contacts, "contacts"); // a Recorded is immutable, null-free
    plannedVisits = Checks.listOf(plannedVisits, "plannedVisits");
    Checks.required(documents, "documents");
    if (!checked) {
      List<ContactId> ids = new ContactIds(contacts);
      Consistency.check(Consistency.distinct(ids), "contact recorded twice");
      for (int i = 0; i < contacts.size(); i++) {
        Consistency.check(period.contains(contacts.get(i).date()), "contact outside the period");
      }
    } // else recording() checked the one new contact against the others, already checked for this period
  }

  /** The follow-up on the first appointment: no contact, no document, the default visit schedule. */
  static FollowUp starting(CarePeriod period, Optional<Tariff> tariff, Optional<ContactTargets> targets) {
    return new FollowUp(period, tariff, List.of(), schedule(period, targets), Documents.NONE);
  }

  /**
   * The follow-up that stored fields describe, for storage adapters: present exactly when {@code period} is, and
   * nothing else without it.
   *
   * @throws IllegalStateException if a tariff, a contact, a planned visit or a document comes without a period
   */
  static Optional<FollowUp> stored(Optional<CarePeriod> period, Optional<Tariff> tariff, List<Contact> contacts,
      List<PlannedVisit> plannedVisits, Documents documents) {
    if (period.isEmpty()) {
      Consistency.check(tariff.isEmpty(), "a tariff is frozen only once started");
      Consistency.check(contacts.isEmpty(), "contact outside the period");
      Consistency.check(plannedVisits.isEmpty(), "home visits are planned only once started");
      Consistency.check(documents.equals(Documents.NONE), "documents are written only once started");
    }
    return period.map(p -> new FollowUp(p, tariff, contacts, plannedVisits, documents));
  }

  /**
   * The default visit schedule: the minimum number of home visits of the target, spread evenly over the period,
   * the first on the first appointment: visit {@code i} of {@code n} falls {@code floor(i × days / n)} days after
   * the start. None for offers without targets or without a fixed duration.
   */
  static List<PlannedVisit> schedule(CarePeriod period, Optional<ContactTargets> targets) {
    if (targets.isEmpty() || period.lengthInDays().isEmpty()) {
      return List.of();
    }
    int count = targets.get().homeVisits().min();
    long days = period.lengthInDays().get();
    List<PlannedVisit> visits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      visits.add(PlannedVisit.on(period.start().plusDays(i * days / count)));
    }
    return visits;
  }

  /**
   * With {@code contact} recorded: a new id is appended; the id of a contact still {@link ContactStatus#PLANNED}
   * settles it in place (held, missed, cancelled, or planned again). A held home visit also marks the earliest
   * planned visit not yet done as done. The invariants are checked for this contact only (inside the period, its id
   * new or planned): the others were checked when this follow-up was built, and the constructor knows them by their
   * list ({@link Recorded}).
   *
   * @throws IllegalStateException if the contact is outside the period
   * @throws org.liens.shared.InvalidInputException with {@code INVALID_VALUE} if its id names a settled contact or
   *     one of another kind, or if a new contact comes cancelled
   */
  FollowUp recording(Contact contact) {
    Consistency.check(period.contains(Checks.required(contact, "contact").date()), "contact outside the period");
    int at = indexOf(contact.id());
    Contact[] recorded;
    if (at < 0) {
      Checks.check(contact.status() != ContactStatus.CANCELLED, "only a planned contact can be cancelled");
      recorded = contacts instanceof Recorded r ? Arrays.copyOf(r.contacts, r.contacts.length + 1)
          : contacts.toArray(new Contact[contacts.size() + 1]);
      recorded[contacts.size()] = contact;
    } else {
      Contact planned = contacts.get(at);
      Checks.check(planned.status() == ContactStatus.PLANNED, "contact already recorded");
      Checks.check(planned.kind() == contact.kind(), "a planned contact is settled as a contact of its kind");
      recorded = contacts.toArray(new Contact[0]);
      recorded[at] = contact;
    }
    List<PlannedVisit> planned = plannedVisits;
    for (int i = 0; contact instanceof HomeVisit && contact.status().held() && i < plannedVisits.size(); i++) {
      if (!plannedVisits.get(i).done()) {
        PlannedVisit[] marked = plannedVisits.toArray(new PlannedVisit[0]);
        marked[i] = new PlannedVisit(marked[i].date(), Optional.of(contact.id()));
        planned = List.of(marked);
        break;
      }
    }
    return new FollowUp(period, tariff, new Recorded(recorded, period), planned, documents);
  }

  /** The position of the contact {@code id}, or -1. */
  private int indexOf(ContactId id) {
    for (int i = 0; i < contacts.size(); i++) {
      if (contacts.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return the contact {@code id}, if recorded} */
  Optional<Contact> contact(ContactId id) {
    int at = indexOf(id);
    return at < 0 ? Optional.empty() : Optional.of(contacts.get(at));
  }

  /** {@return the contacts still planned, in recording order} */
  List<Contact> stillPlanned() {
    return contacts.stream().filter(c -> c.status() == ContactStatus.PLANNED).toList();
  }

  /** {@return this follow-up with every contact still planned cancelled, as when the accompaniment ends} */
  FollowUp ending() {
    if (stillPlanned().isEmpty()) {
      return this;
    }
    List<Contact> settled = contacts.stream()
        .map(c -> c.status() == ContactStatus.PLANNED ? c.withStatus(ContactStatus.CANCELLED) : c).toList();
    return new FollowUp(period, tariff, settled, plannedVisits, documents);
  }

  /**
   * Contacts checked for {@link #period}: inside it, no id twice. Only {@link #recording} makes one, after checking
   * the contact it adds; the list is unmodifiable and owns its array.
   */
  private static final class Recorded extends AbstractList<Contact> implements RandomAccess {
    private final Contact[] contacts;
    private final CarePeriod period;

    Recorded(Contact[] contacts, CarePeriod period) {
      this.contacts = contacts;
      this.period = period;
    }

    @Override
    public Contact get(int index) {
      return contacts[index];
    }

    @Override
    public int size() {
      return contacts.length;
    }
  }

  /**
   * Moved to the period {@code moved}: the planned visits not yet done move by the same number of days (kept inside
   * the new period), done ones stay.
   */
  FollowUp movedTo(CarePeriod moved) {
    long shift = ChronoUnit.DAYS.between(period.start(), moved.start());
    LocalDate latest = moved.lastDay().orElse(LocalDate.MAX);
    List<PlannedVisit> planned = plannedVisits.stream()
        .map(v -> v.done() ? v : PlannedVisit.on(clamp(v.date().plusDays(shift), moved.start(), latest)))
        .toList();
    return new FollowUp(moved, tariff, contacts, planned, documents);
  }

  FollowUp with(Documents changed) {
    return new FollowUp(period, tariff, contacts, plannedVisits, changed);
  }

  /** The number of held contacts of {@code kind} dated on or before {@code date}: only those count (issue 14). */
  int countUpTo(ContactKind kind, LocalDate date) {
    int count = 0;
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (c.kind() == kind && c.status() == ContactStatus.HELD && !c.date().isAfter(date)) {
        count++;
      }
    }
    return count;
  }

  /** The number of missed contacts of {@code kind} dated on or before {@code date}. */
  int missedUpTo(ContactKind kind, LocalDate date) {
    int count = 0;
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      if (c.kind() == kind && c.status().missed() && !c.date().isAfter(date)) {
        count++;
      }
    }
    return count;
  }

  /** The ids of contacts, as a view: checking them for duplicates copies nothing. */
  private static final class ContactIds extends AbstractList<ContactId> {
    private final List<Contact> contacts;

    ContactIds(List<Contact> contacts) {
      this.contacts = contacts;
    }

    @Override
    public ContactId get(int index) {
      return contacts.get(index).id();
    }

    @Override
    public int size() {
      return contacts.size();
    }
  }

  /**
   * The contacts held by {@code date} against {@code targets}, and those missed by then, for the action report (R4,
   * R8, issue 14).
   */
  ContactSummary summaryAt(LocalDate date, Optional<ContactTargets> targets) {
    List<MissedContact> missed = contacts.stream().filter(c -> c.status().missed() && !c.date().isAfter(date))
        .map(c -> new MissedContact(c.date(), c.kind(), c.status())).toList();
    return new ContactSummary(countUpTo(ContactKind.HOME_VISIT, date), countUpTo(ContactKind.REMOTE_CONTACT, date),
        countUpTo(ContactKind.WORKSHOP_SESSION, date), targets, missed);
  }

  /** The date of the latest contact that happened (held or missed); planned and cancelled ones do not count. */
  Optional<LocalDate> lastContact() {
    return contacts.stream().filter(c -> c.status().happened()).map(Contact::date).max(LocalDate::compareTo);
  }

  private static LocalDate clamp(LocalDate date, LocalDate min, LocalDate max) {
    return date.isBefore(min) ? min : date.isAfter(max) ? max : date;
  }
}
