package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.staff.StaffId;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.referral.Referral;
import org.liens.storage.Repositories;
import org.liens.storage.Storage;

/**
 * Each query of the ports returns exactly the rows a brute-force filter over the same data returns, in the promised
 * order.
 */
public interface QueryContract extends StorageFactory {

  /** {@return up to fourteen random accompaniments} */
  @Provide
  default Arbitrary<List<Population.Spec>> populations() {
    return Population.specs().list().ofMaxSize(14);
  }

  /**
   * Contract (queries): every caseload query equals a brute-force filter over the same data.
   *
   * @param specs the random accompaniments written
   * @param from the first day queried, in days after {@code Population.BASE}
   * @param span the length of the queried window, in days
   */
  @Property(tries = 40)
  @Label("queries: every caseload query equals a brute-force filter over the same data")
  default void queries_match_brute_force(
      @ForAll("populations") List<Population.Spec> specs, @ForAll @IntRange(max = 500) int from,
      @ForAll @IntRange(max = 400) int span) {
    Storage storage = newStorage();
    Population p = Population.write(storage, specs);
    List<Accompaniment> all = p.accompaniments;
    LocalDate fromDate = Population.BASE.plusDays(from);
    LocalDate toDate = fromDate.plusDays(span);

    storage.read(r -> {
      for (Household h : p.households) {
        same(r, x -> x.accompaniments().ofHousehold(h.id()), all, a -> a.household().equals(h.id()),
            Accompaniment::openedOn);
        sameReferrals(r.referrals().ofHousehold(h.id()), p.referrals.stream()
            .filter(ref -> ref.household().equals(h.id())).toList());
      }
      same(r, x -> x.accompaniments().open(), all, Accompaniment::isOpen, Accompaniment::openedOn);
      for (Organisation o : p.organisations) {
        same(r, x -> x.accompaniments().openOfPrescriber(o.id()), all,
            a -> a.isOpen() && a.prescriber().equals(java.util.Optional.of(o.id())) && a.sharesProgressWithPrescriber(),
            Accompaniment::openedOn);
        same(r, x -> x.accompaniments().openOfFunder(o.id()), all,
            a -> a.isOpen() && a.funder().equals(o.id()), Accompaniment::openedOn);
      }
      for (StaffId e : Population.EDUCATORS) {
        same(r, x -> x.accompaniments().openOfEducator(e), all, a -> a.isOpen() && a.team().contains(e),
            Accompaniment::openedOn);
      }
      same(r, x -> x.accompaniments().endingBetween(fromDate, toDate), all,
          a -> a.status() == AccompanimentStatus.ACTIVE && a.lastDay().filter(d -> !d.isBefore(fromDate)
              && !d.isAfter(toDate)).isPresent(),
          a -> a.lastDay().orElseThrow());
      for (Accompaniment a : all) {
        assertThat(r.accompaniments().contactsOf(a.id())).containsExactlyElementsOf(a.contacts());
        assertThat(r.accompaniments().find(a.id())).contains(a);
      }
      assertThat(r.organisations().all()).containsExactlyElementsOf(p.organisations.stream()
          .sorted(Comparator.comparing(Organisation::name).thenComparing(o -> o.id().value())).toList());
      return null;
    });
    Statistics.label("open accompaniments").collect(all.stream().filter(Accompaniment::isOpen).count() > 3 ? "4+"
        : String.valueOf(all.stream().filter(Accompaniment::isOpen).count()));
  }

  private static void same(Repositories r, Function<Repositories, List<Accompaniment>> query,
      List<Accompaniment> all, Predicate<Accompaniment> filter, Function<Accompaniment, LocalDate> order) {
    List<Accompaniment> actual = query.apply(r);
    List<Accompaniment> expected = all.stream().filter(filter).toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual).extracting(order).isSorted();
  }

  private static void sameReferrals(List<Referral> actual, List<Referral> expected) {
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(actual).extracting(Referral::receivedOn).isSorted();
  }
}
