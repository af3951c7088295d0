package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.accompaniment.application.CaseloadPage;
import org.liens.accompaniment.application.PrescriberView;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.household.HouseholdId;
import org.liens.organisation.Organisation;
import org.liens.staff.StaffId;
import org.liens.storage.PageRequest;
import org.liens.storage.PrescriberCaseloadRow;
import org.liens.storage.Storage;

/**
 * The prescriber's caseload read as rows (issue 13, target 3): an adapter's own query
 * ({@code Accompaniments.prescriberCaseload}) returns exactly the rows {@link PrescriberCaseloadRow#of} makes of the
 * whole accompaniments {@code openOfPrescriber} lists, paged alike, and the caseload service builds from them the
 * very views {@link PrescriberView#of(Accompaniment, org.liens.organisation.OrganisationId, LocalDate)} gives, with
 * the same audit entry. The random accompaniments get contacts of both kinds in every status (held, missed, planned,
 * cancelled), some after the date counted up to, and open ones an action report.
 */
public interface PrescriberCaseloadContract extends StorageFactory {

  /**
   * {@return up to twelve random accompaniments opened on a handful of days, so that pages split a day; none closed
   * (a closed one is in no caseload), so that most stay open}
   */
  @Provide
  default Arbitrary<List<Population.Spec>> prescriberPopulations() {
    return Population.specs().map(s -> new Population.Spec(s.household(), s.offer(), s.prescriber(), s.funder(),
        s.team(), s.receivedDay() % 3, s.openedAfter() % 2, s.startAfter(), s.visits(),
        s.ending() == Population.Ending.CLOSED ? Population.Ending.NONE : s.ending(), s.sharing()))
        .list().ofMaxSize(12);
  }

  /**
   * Contract (prescriber caseload rows): every adapter's rows, whole and paged, equal the reference rows of the whole
   * accompaniments; the service's views and pages equal the views of the whole accompaniments, and its audit entry
   * names the households shown.
   *
   * @param specs the random accompaniments written
   * @param seed the contacts and action reports added to the open ones
   * @param asOfDays the date counted up to, in days after the first possible referral
   * @param size the size of the pages
   */
  @Property(tries = 50)
  @Label("prescriber caseload rows: the adapter's rows and the service's views equal those of the whole accompaniments")
  default void prescriber_rows_equal_those_of_the_whole_accompaniments(
      @ForAll("prescriberPopulations") List<Population.Spec> specs, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 250) int asOfDays, @ForAll @IntRange(min = 1, max = 4) int size) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);
    LocalDate asOf = Population.BASE.plusDays(asOfDays);
    addContactsAndReports(storage, p, new Random(seed), asOf);

    int[] counted = new int[3]; // held and missed contacts counted in the views, report copies shown
    Liens liens = Liens.builder().storage(storage).clock(new TestClock(asOf)).build();
    for (Organisation o : p.organisations) {
      List<Accompaniment> whole = storage.read(r -> r.accompaniments().openOfPrescriber(o.id()));
      List<PrescriberCaseloadRow> expected = whole.stream().map(a -> PrescriberCaseloadRow.of(a, asOf)).toList();
      List<PrescriberCaseloadRow> rows = storage.read(r -> r.accompaniments().prescriberCaseload(o.id(), asOf));
      assertThat(rows).containsExactlyElementsOf(expected);
      assertThat(pages(storage, o, asOf, size)).containsExactlyElementsOf(expected);

      List<PrescriberView> views = whole.stream().map(a -> PrescriberView.of(a, o.id(), asOf)).toList();
      assertThat(expected.stream().map(row -> PrescriberView.of(row, o.id())).toList())
          .containsExactlyElementsOf(views);
      Actor actor = Actor.of("prescriber-" + o.id().value(), Role.PRESCRIBER, o.id());
      assertThat(liens.caseload().ofPrescriber(actor, o.id())).containsExactlyElementsOf(views);
      List<PrescriberView> paged = new ArrayList<>();
      PageRequest page = PageRequest.first(size);
      int reads = 1;
      for (CaseloadPage<PrescriberView> read = liens.caseload().ofPrescriber(actor, o.id(), page);
          ; read = liens.caseload().ofPrescriber(actor, o.id(), page), reads++) {
        paged.addAll(read.entries());
        if (read.next().isEmpty()) {
          break;
        }
        page = read.next().get();
      }
      assertThat(paged).containsExactlyElementsOf(views);
      for (PrescriberView view : views) {
        view.progress().ifPresent(progress -> {
          counted[0] += progress.homeVisits().done() + progress.remoteContacts().done();
          counted[1] += progress.homeVisits().missed() + progress.remoteContacts().missed();
        });
        counted[2] += view.report().isPresent() ? 1 : 0;
      }

      List<AuditEntry> trail = storage.read(r -> r.auditTrail().ofActor(actor.userId(), AuditEntry.EARLIEST,
          AuditEntry.END));
      assertThat(trail).hasSize(1 + reads).allMatch(e -> e.outcome() == AuditOutcome.ALLOWED
          && e.operation().equals(trail.get(0).operation()));
      Set<HouseholdId> shown = new LinkedHashSet<>();
      whole.forEach(a -> shown.add(a.household()));
      assertThat(trail.stream().filter(e -> e.households().equals(shown)).count()).isPositive();
      Set<HouseholdId> named = new LinkedHashSet<>();
      trail.forEach(e -> named.addAll(e.households()));
      assertThat(named).isEqualTo(shown);
    }
    Statistics.label("views with held and missed contacts counted").collect(counted[0] > 0 && counted[1] > 0);
    Statistics.label("views with the action report's copy").collect(counted[2] > 0);
  }

  /**
   * Adds to each active accompaniment (with contact targets) up to six contacts of both kinds in random statuses,
   * some on the very date counted up to, and to one in three an action report, as the services would, one
   * transaction each.
   */
  private static void addContactsAndReports(Storage storage, Population p, Random random, LocalDate asOf) {
    for (int i = 0; i < p.accompaniments.size(); i++) {
      Accompaniment a = p.accompaniments.get(i);
      if (a.status() != AccompanimentStatus.ACTIVE || a.offer().contactTargets().isEmpty()) {
        continue;
      }
      LocalDate start = a.period().orElseThrow().start();
      StaffId educator = a.team().get(0);
      Accompaniment changed = a;
      int contacts = random.nextInt(7);
      for (int c = 0; c < contacts; c++) {
        boolean onTheDate = random.nextInt(3) == 0 && !asOf.isBefore(start) && asOf.isBefore(start.plusDays(170));
        LocalDate date = onTheDate ? asOf : start.plusDays(random.nextInt(170));
        ContactStatus status = ContactStatus.values()[random.nextInt(ContactStatus.values().length)];
        ContactId id = ContactId.of(new UUID(random.nextLong(), random.nextLong()));
        boolean visit = random.nextBoolean();
        ContactStatus first = status == ContactStatus.CANCELLED ? ContactStatus.PLANNED : status;
        changed = changed.record(contact(visit, id, date, educator, first), Population.TODAY).after();
        if (status == ContactStatus.CANCELLED) {
          changed = changed.record(contact(visit, id, date, educator, status), Population.TODAY).after();
        }
      }
      if (random.nextInt(3) == 0) {
        changed = changed.writeActionReport(start.plusDays(random.nextInt(100)), "Bilan.",
            Profiles.parentAndCaregiverWithChild(), Population.TODAY).after();
      }
      Accompaniment toSave = changed;
      p.accompaniments.set(i, storage.inTransaction(r -> r.accompaniments().save(toSave)));
    }
  }

  private static Contact contact(boolean visit, ContactId id, LocalDate date, StaffId educator, ContactStatus status) {
    return visit ? new HomeVisit(id, date, educator, status)
        : new RemoteContact(id, date, educator, RemoteChannel.PHONE, status);
  }

  /** Every page of the prescriber's rows from the first, each in its own read; every page but the last is full. */
  private static List<PrescriberCaseloadRow> pages(Storage storage, Organisation o, LocalDate asOf, int size) {
    List<PrescriberCaseloadRow> all = new ArrayList<>();
    PageRequest page = PageRequest.first(size);
    while (true) {
      PageRequest current = page;
      List<PrescriberCaseloadRow> rows = storage.read(r -> r.accompaniments().prescriberCaseload(o.id(), asOf,
          current));
      List<Accompaniment> whole = storage.read(r -> r.accompaniments().openOfPrescriber(o.id(), current));
      assertThat(rows).extracting(PrescriberCaseloadRow::id).containsExactlyElementsOf(
          whole.stream().map(Accompaniment::id).toList());
      all.addAll(rows);
      if (rows.size() < size) {
        return all;
      }
      page = PageRequest.after(rows.get(rows.size() - 1).cursor(), size);
    }
  }
}
