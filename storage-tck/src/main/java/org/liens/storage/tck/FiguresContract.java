package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.liens.access.AccessDeniedException;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.figures.CellStatus;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureFilters;
import org.liens.catalog.OfferCode;
import org.liens.figures.FigureKeys;
import org.liens.figures.FinanceKeys;
import org.liens.figures.FigureQuery;
import org.liens.figures.FigureRequest;
import org.liens.figures.FiguresReport;

/**
 * The published figures on a storage adapter (issue 12): on random casework, every report the adapter computes equals
 * the brute-force computation ({@link FigureReference}) over the facts as recorded; a report "as known on" an earlier
 * instant is unchanged by any later command; funders and prescribers get suppressed reports of their own files only.
 */
public interface FiguresContract extends StorageFactory {

  /**
   * Contract: the adapter's counts are the brute-force counts, for random periods, filters and knowledge instants.
   *
   * @param seed the random casework
   */
  @Property(tries = 12)
  @Label("figures: on random casework, the adapter's counts equal the brute-force computation")
  default void figures_equal_the_brute_force_computation(@ForAll long seed) {
    FigureScenario s = new FigureScenario(newStorage(), seed);
    s.run(60);
    for (int i = 0; i < 12; i++) {
      FigureQuery query = s.query();
      FigureCounts stored = s.storage.read(r -> r.figureFacts().count(query));
      assertThat(stored).as("counts of %s", query)
          .isEqualTo(s.expected(query));
      Statistics.label("files counted").collect(stored.count(FigureKeys.FILES) == 0 ? "none" : "some");
      Statistics.label("money counted").collect(stored.count(FinanceKeys.INVOICES) == 0 ? "none" : "some");
      Statistics.label("places used").collect(stored.counts().entrySet().stream()
          .anyMatch(e -> e.getKey().endsWith(".used") && e.getValue() > 0) ? "some" : "none");
      Statistics.label("credit notes counted")
          .collect(stored.count(FinanceKeys.CREDIT_NOTES) == 0 ? "none" : "some");
      Statistics.label("knowledge").collect(query.knownAt().equals(s.clock.instant()) ? "now" : "earlier");
    }
    Statistics.label("files counted").coverage(c -> c.check("some").count(n -> n > 0));
    Statistics.label("money counted").coverage(c -> c.check("some").count(n -> n > 0));
    Statistics.label("knowledge").coverage(c -> c.check("earlier").count(n -> n > 0));
  }

  /**
   * Contract: a report as known on an instant never changes afterwards, whatever the later commands (backdated
   * contacts, cancellations, closures, household updates).
   *
   * @param seed the random casework
   */
  @Property(tries = 10)
  @Label("figures: a report as known on an earlier instant is unchanged by any later command")
  default void a_report_as_known_on_an_instant_never_changes(@ForAll long seed) {
    FigureScenario s = new FigureScenario(newStorage(), seed);
    s.run(30);
    Instant knownAt = s.clock.instant();
    FigureRequest request = FigureRequest.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 12, 31))
        .asKnownAt(knownAt);
    List<FiguresReport> before = new ArrayList<>(List.of(
        s.liens.figures().report(World.COORDINATOR, request),
        s.liens.figures().report(World.COORDINATOR, request.suppressed())));
    s.clock.advance(java.time.Duration.ofMinutes(1));
    s.run(40);
    assertThat(s.liens.figures().report(World.COORDINATOR, request)).isEqualTo(before.get(0));
    assertThat(s.liens.figures().report(World.COORDINATOR, request.suppressed())).isEqualTo(before.get(1));
    FiguresReport now = s.liens.figures().report(World.COORDINATOR,
        FigureRequest.of(request.from(), request.to()));
    Statistics.label("changed since").collect(now.cells().equals(before.get(0).cells()) ? "no" : "yes");
    assertThat(s.liens.figures().diff(World.COORDINATOR, request, knownAt, knownAt).changes()).isEmpty();
  }

  /**
   * Contract: anonymising the households of a period past their retention changes none of its figures.
   *
   * @param seed the random casework
   */
  @Property(tries = 4)
  @Label("figures: the report of an anonymised period is unchanged by anonymisation")
  default void anonymisation_changes_no_figure(@ForAll long seed) {
    FigureScenario s = new FigureScenario(newStorage(), seed);
    s.run(50);
    s.clock.set(s.clock.today().plusYears(3));
    FigureRequest request = FigureRequest.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 12, 31));
    FiguresReport before = s.liens.figures().report(World.COORDINATOR, request);
    int anonymised = s.liens.privacy().anonymiseExpired(Actor.system(), s.clock.today()).anonymised();
    FiguresReport after = s.liens.figures().report(World.COORDINATOR, request);
    Statistics.label("anonymised").collect(anonymised > 0 ? "some" : "none");
    assertThat(after.cells()).isEqualTo(before.cells());
    assertThat(after.shares()).isEqualTo(before.shares());
    assertThat(after.measures()).isEqualTo(before.measures());
  }

  /**
   * Contract: a credit note issued after the knowledge instant leaves the earlier report as it was, and the diff
   * between the two instants lists the amounts it changed.
   */
  @Test
  default void a_later_credit_note_changes_no_earlier_report_and_the_diff_lists_it() {
    FigureScenario s = new FigureScenario(newStorage(), 7);
    s.run(60);
    org.liens.billing.Invoice invoice = s.finance.issueOne(s);
    FigureRequest request = FigureRequest.of(LocalDate.of(2022, 12, 1), s.clock.today());
    Instant before = s.clock.instant();
    FiguresReport earlier = s.liens.figures().report(World.COORDINATOR, request.asKnownAt(before));
    assertThat(earlier.measure("amounts.invoices").flatMap(m -> m.value())).isPresent();
    s.clock.advance(java.time.Duration.ofMinutes(1));
    s.liens.billing().credit(World.COORDINATOR, invoice.id(), org.liens.pricing.Money.euros(100), "Geste");
    assertThat(s.liens.figures().report(World.COORDINATOR, request.asKnownAt(before))).isEqualTo(earlier);
    List<String> changed = s.liens.figures().diff(World.COORDINATOR, request, before, s.clock.instant()).changes()
        .stream().map(c -> c.key()).toList();
    assertThat(changed).contains(FinanceKeys.CREDIT_NOTES, "amounts.creditNotes",
        "amounts.creditNotes.offer." + s.finance.offerOf(invoice).value(),
        "amounts.creditNotes.funder." + invoice.funder().value());
  }

  /** Contract: a funder gets a suppressed report of its own files; another funder's is refused. */
  @Test
  default void a_funder_sees_its_own_files_suppressed_and_nothing_of_another() {
    FigureScenario s = new FigureScenario(newStorage(), 12);
    s.run(80);
    FigureRequest all = FigureRequest.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 12, 31));
    Actor funder = Actor.of("caf-1", Role.FUNDER, s.funders.get(0));
    FiguresReport seen = s.liens.figures().report(funder, all);
    FigureQuery own = new FigureQuery(all.from(), all.to(), FigureFilters.NONE.withFunder(s.funders.get(0)),
        seen.knownAt());
    assertThat(seen.suppressed()).isTrue();
    assertThat(seen.filters().funder()).contains(s.funders.get(0));
    FigureCounts expected = s.expected(own);
    seen.cells().forEach(cell -> {
      if (cell.status() == CellStatus.SHOWN) {
        assertThat(cell.value()).as(cell.key()).contains(expected.count(cell.key()));
      } else if (cell.status() == CellStatus.SMALL) {
        assertThat(expected.count(cell.key())).as(cell.key()).isBetween(1L, seen.threshold() - 1L);
      }
    });
    assertThatThrownBy(() -> s.liens.figures().report(funder,
        all.filteredBy(FigureFilters.NONE.withFunder(s.funders.get(1))))).isInstanceOf(AccessDeniedException.class);
    assertThat(seen.cell(FinanceKeys.placesAgreed(s.finance.agreement.id(), OfferCode.MIP))
        .flatMap(c -> c.value())).contains(4L);
    assertThat(s.liens.figures().report(Actor.of("caf-2", Role.FUNDER, s.funders.get(1)), all).cells())
        .noneMatch(c -> c.key().startsWith("places."));
    Actor prescriber = Actor.of("ccas-1", Role.PRESCRIBER, s.prescribers.get(0));
    FiguresReport referred = s.liens.figures().report(prescriber, all);
    assertThat(referred.filters().prescriber()).contains(s.prescribers.get(0));
    assertThat(referred.suppressed()).isTrue();
    FigureCounts theirs = s.expected(new FigureQuery(all.from(), all.to(),
        FigureFilters.NONE.withPrescriber(s.prescribers.get(0)), referred.knownAt()));
    referred.cells().forEach(cell -> cell.value().ifPresent(v -> assertThat(v).as(cell.key())
        .isEqualTo(theirs.count(cell.key()))));
    FiguresReport everything = s.liens.figures().report(Actor.of("admin-1", Role.ADMINISTRATOR), all);
    assertThat(everything.suppressed()).isFalse();
    FigureCounts whole = s.expected(new FigureQuery(all.from(), all.to(), FigureFilters.NONE, everything.knownAt()));
    everything.cells().forEach(cell -> assertThat(cell.value()).as(cell.key()).contains(whole.count(cell.key())));
    assertThatThrownBy(() -> s.liens.figures().report(Actor.staff("edu", Role.EDUCATOR, s.educator), all))
        .isInstanceOf(AccessDeniedException.class);
  }
}
