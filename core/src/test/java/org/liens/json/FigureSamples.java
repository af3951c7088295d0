package org.liens.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.ExitReason;
import org.liens.catalog.ExitReasons;
import org.liens.catalog.OfferCode;
import org.liens.catalog.TargetRange;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureFilters;
import org.liens.figures.FigureKeys;
import org.liens.figures.FigureLayout;
import org.liens.figures.FigureQuery;
import org.liens.figures.FigureReports;
import org.liens.figures.FigureRequest;
import org.liens.figures.FiguresDiff;
import org.liens.figures.FiguresReport;
import org.liens.figures.FileFact;
import org.liens.figures.FileOutcome;
import org.liens.figures.Suppression;
import org.liens.fixtures.Fixtures;
import org.liens.referral.ReferralId;
import org.liens.shared.LocalizedText;

/** The samples of the published figures' types (issue 12), whose invariants random values rarely meet. */
final class FigureSamples {
  private FigureSamples() {}

  static void addTo(Map<Class<?>, Arbitrary<?>> samples) {
    samples.put(ExitReason.class, Arbitraries.of(ExitReasons.standard().reasons()));
    samples.put(ExitReasons.class, Arbitraries.of(ExitReasons.standard(), new ExitReasons(List.of(
        new ExitReason(ExitReason.OBJECTIVES_REACHED, LocalizedText.of("Fin", "End"), false),
        new ExitReason(ExitReason.SUCCESSION, LocalizedText.of("Relais", "Succession"), false),
        new ExitReason("PLACEMENT", LocalizedText.of("Placement", "Placement"), false),
        new ExitReason(ExitReason.OTHER, LocalizedText.of("Autre", "Other"), true)))));
    samples.put(FigureFilters.class, filters());
    samples.put(FigureQuery.class, queries());
    samples.put(FigureRequest.class, Combinators.combine(queries(), Arbitraries.of(true, false))
        .as((q, p) -> new FigureRequest(q.from(), q.to(), q.filters(), Optional.of(q.knownAt()), p)));
    samples.put(FileFact.class, facts());
    samples.put(Suppression.Table.class, Arbitraries.of(new Suppression.Table(FigureKeys.FAMILIES,
        List.of(FigureKeys.SINGLE_PARENT, FigureKeys.OTHER_COMPOSITION))));
    samples.put(FigureLayout.class, counts().map(c -> FigureLayout.of(Fixtures.CATALOG, c)));
    samples.put(FiguresReport.class, reports());
    samples.put(org.liens.figures.FigureCell.class, reports().map(r -> r.cells().get(0)));
    samples.put(FiguresDiff.class, Combinators.combine(reports(), reports()).as(FiguresDiff::between));
    org.liens.agreement.AgreementId agreement = org.liens.agreement.AgreementId.of(new java.util.UUID(3, 1));
    samples.put(org.liens.figures.AgreementFact.Line.class,
        Arbitraries.of(new org.liens.figures.AgreementFact.Line(OfferCode.MIP, 4)));
    samples.put(org.liens.figures.AgreementFact.class, Arbitraries.of(new org.liens.figures.AgreementFact(agreement,
        LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1), List.of(Fixtures.DEPARTEMENT),
        List.of(new org.liens.figures.AgreementFact.Line(OfferCode.MIP, 4)))));
    samples.put(org.liens.figures.MoneyFact.class, Arbitraries.of(new org.liens.figures.MoneyFact(
        new java.util.UUID(3, 2), false, Fixtures.DEPARTEMENT, OfferCode.MIP, Optional.of(Fixtures.CCAS),
        Optional.of(org.liens.household.HouseholdId.of(new java.util.UUID(3, 3))), LocalDate.of(2023, 3, 1), 180_000)));
    samples.put(org.liens.figures.PlaceFact.class, Arbitraries.of(new org.liens.figures.PlaceFact(agreement,
        org.liens.accompaniment.AccompanimentId.of(new java.util.UUID(3, 4)), OfferCode.MIP, LocalDate.of(2023, 3, 1),
        Optional.of(LocalDate.of(2023, 4, 1)), 2)));
  }

  static Arbitrary<FigureFilters> filters() {
    return Arbitraries.of(FigureFilters.NONE, FigureFilters.NONE.withFunder(Fixtures.DEPARTEMENT),
        FigureFilters.NONE.withPrescriber(Fixtures.CCAS).withOffer(OfferCode.MIP).withTerritory("Gard"));
  }

  static Arbitrary<FigureQuery> queries() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
        filters(), Arbitraries.longs().between(1_600_000_000L, 1_800_000_000L))
        .as((from, length, filters, at) -> new FigureQuery(LocalDate.of(2020, 7, 1).plusDays(from),
            LocalDate.of(2020, 7, 1).plusDays(from + length), filters, Instant.ofEpochSecond(at)));
  }

  static Arbitrary<FileFact> facts() {
    return Combinators.combine(Arbitraries.of(FileOutcome.values()), Arbitraries.of(AccompanimentStatus.values()),
        Arbitraries.integers().between(0, 12)).as((outcome, state, visits) -> {
          boolean eligible = outcome == FileOutcome.ELIGIBLE;
          boolean started = eligible && state != AccompanimentStatus.VALIDATED;
          LocalDate received = LocalDate.of(2023, 1, 2);
          return new FileFact(ReferralId.of(new java.util.UUID(4, visits)), Fixtures.HOUSEHOLD, OfferCode.MIP,
              Optional.of(Fixtures.CCAS), Fixtures.DEPARTEMENT, received, outcome,
              eligible ? Optional.of(state) : Optional.empty(),
              started ? Optional.of(received.plusDays(10)) : Optional.empty(),
              eligible && !state.isOpen() ? Optional.of(received.plusDays(100)) : Optional.empty(),
              eligible && !state.isOpen() ? Optional.of(ExitReason.OTHER) : Optional.empty(),
              started ? visits : 0, 0,
              eligible ? Optional.of(ContactTargets.of(TargetRange.of(6, 7), TargetRange.of(4, 5))) : Optional.empty(),
              eligible ? FileFact.ACCOMPANIMENT_REVISIONS + visits : visits);
        });
  }

  static Arbitrary<FigureCounts> counts() {
    return Arbitraries.integers().between(0, 40).list().ofSize(6).map(n -> {
      Map<String, Long> c = new TreeMap<>();
      c.put(FigureKeys.FILES, (long) n.get(0) + n.get(1) + n.get(2));
      c.put(FigureKeys.files(FileOutcome.ELIGIBLE), (long) n.get(0) + n.get(1));
      c.put(FigureKeys.files(FileOutcome.REJECTED), (long) n.get(2));
      c.put(FigureKeys.byOffer(OfferCode.MIP), (long) n.get(0));
      c.put(FigureKeys.byOffer(OfferCode.MADI), (long) n.get(1));
      c.put(FigureKeys.byState(AccompanimentStatus.ACTIVE), (long) n.get(0) + n.get(1));
      c.put(FigureKeys.FAMILIES, (long) n.get(3) + n.get(4));
      c.put(FigureKeys.SINGLE_PARENT, (long) n.get(3));
      c.put(FigureKeys.OTHER_COMPOSITION, (long) n.get(4));
      c.put(FigureKeys.CHILDREN, (long) n.get(5));
      return new FigureCounts(c, Map.of(FigureKeys.DURATION, Map.of((long) n.get(5), (long) n.get(3) + 1)));
    });
  }

  static Arbitrary<FiguresReport> reports() {
    return Combinators.combine(queries(), counts(), Arbitraries.of(true, false))
        .as((q, c, suppressed) -> FigureReports.of(q, c, Fixtures.CATALOG, suppressed, 5));
  }
}
