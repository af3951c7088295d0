package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.agenda.Agenda;
import org.liens.agenda.DueItem;
import org.liens.agenda.DuePolicy;
import org.liens.agreement.FundingAgreement;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;

/**
 * What is due (issue 14): {@code agenda().due} equals {@link Agenda#due} over every accompaniment, referral and
 * agreement of the storage read one by one, a brute-force scan, for a coordinator (everything) and an educator (its
 * team's accompaniments only).
 */
public interface AgendaContract extends StorageFactory {

  /**
   * Contract (agenda): on random accompaniments and days, the due list of a coordinator and of each educator equals
   * the brute-force scan.
   *
   * @param specs the random accompaniments written
   * @param day the day asked for, in days after {@code Population.BASE}
   */
  @Property(tries = 15)
  @Label("agenda: the due list equals a brute-force scan, for a coordinator and for each educator")
  default void the_due_list_equals_a_brute_force_scan(
      @ForAll("agendaPopulations") List<Population.Spec> specs, @ForAll @IntRange(max = 500) int day) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);
    Liens liens = Liens.builder().storage(storage).clock(new TestClock(Population.TODAY)).build();
    LocalDate asOf = Population.BASE.plusDays(day);
    List<Accompaniment> all = storage.read(r -> p.accompaniments.stream().map(a -> r.accompaniments().get(a.id()))
        .toList());

    List<DueItem> due = liens.agenda().due(Casebook.COORDINATOR, asOf);
    assertThat(due).isEqualTo(Agenda.due(all, List.of(), List.of(), ReferralDeadlines.standard(),
        DuePolicy.standard(), asOf));
    for (StaffId educator : Population.EDUCATORS) {
      assertThat(liens.agenda().due(Actor.staff("educator", Role.EDUCATOR, educator), asOf)).isEqualTo(Agenda.due(
          all.stream().filter(a -> a.team().contains(educator)).toList(), List.of(), List.of(),
          ReferralDeadlines.standard(), DuePolicy.standard(), asOf));
    }
    Statistics.label("due items").collect(due.isEmpty() ? "none" : due.size() < 5 ? "1-4" : "5+");
  }

  /** {@return up to eight random accompaniments} */
  @Provide
  default Arbitrary<List<Population.Spec>> agendaPopulations() {
    return Population.specs().list().ofMaxSize(8);
  }

  /**
   * Contract (agenda): on a whole casebook — waiting referrals, agreements with places, accompaniments in every
   * status — the coordinator's due list equals the brute-force scan, on days around its billing date.
   */
  @Test
  default void a_casebooks_due_list_equals_a_brute_force_scan() {
    Storage storage = newStorage();
    Casebook book = Casebook.write(storage, 14L);
    List<Accompaniment> accompaniments = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<FundingAgreement> agreements = new ArrayList<>();
    storage.read(r -> {
      book.accompaniments().forEach(a -> accompaniments.add(r.accompaniments().get(a.id())));
      List.of(book.received, book.assessed, book.rejected).forEach(x -> referrals.add(r.referrals().get(x.id())));
      book.agreements.forEach(a -> agreements.add(r.fundingAgreements().get(a.id())));
      return null;
    });
    for (LocalDate asOf : List.of(Casebook.START, Casebook.START.plusDays(20), Casebook.BILLING,
        Casebook.BILLING.plusMonths(4))) {
      List<DueItem> due = book.liens.agenda().due(Casebook.COORDINATOR, asOf);
      assertThat(due).as("due on %s", asOf).isEqualTo(Agenda.due(accompaniments, referrals, agreements,
          ReferralDeadlines.standard(), DuePolicy.standard(), asOf));
    }
    assertThat(book.liens.agenda().due(Casebook.COORDINATOR, Casebook.START.plusDays(20)))
        .extracting(DueItem::kind).contains(org.liens.agenda.DueKind.REFERRAL_DECISION);
  }
}
