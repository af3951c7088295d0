package org.liens.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.OfferCode;
import org.liens.catalog.TargetRange;
import org.liens.figures.FigureFilters;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.FileOutcome;
import org.liens.figures.HouseholdFact;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.ReferralId;

/**
 * Figure facts whose revision follows the hour they are recorded at, from {@link #START}: each hour one more home
 * visit per file and one more child per household, so that every revision changes the report.
 */
final class FigureFactRows {
  static final int FILES = 6;
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private static final LocalDate RECEIVED = LocalDate.of(2023, 9, 1);
  private static final OrganisationId FUNDER = OrganisationId.of(new UUID(40, 1));

  private FigureFactRows() {}

  private static long revision(Instant at) {
    return (at.getEpochSecond() - START.getEpochSecond()) / 3_600;
  }

  static List<FileFact> files(Instant at) {
    long revision = revision(at);
    List<FileFact> files = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      files.add(new FileFact(ReferralId.of(new UUID(41, i)), HouseholdId.of(new UUID(42, i)), OfferCode.MIP,
          Optional.empty(), FUNDER, RECEIVED.plusDays(i), FileOutcome.ELIGIBLE,
          Optional.of(AccompanimentStatus.ACTIVE), Optional.of(RECEIVED.plusDays(i + 7)), Optional.empty(),
          Optional.empty(), (int) revision, 0, Optional.of(ContactTargets.of(TargetRange.of(6, 7),
          TargetRange.of(4, 5))), FileFact.ACCOMPANIMENT_REVISIONS + revision));
    }
    return files;
  }

  static List<HouseholdFact> households(Instant at) {
    long revision = revision(at);
    List<HouseholdFact> households = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      households.add(new HouseholdFact(HouseholdId.of(new UUID(42, i)), (int) revision, i % 2 == 0,
          EmploymentSituation.EMPLOYED, false, Optional.of("Gard"), revision));
    }
    return households;
  }

  static FigureQuery query(Instant knownAt) {
    return new FigureQuery(RECEIVED.minusDays(1), RECEIVED.plusDays(30), FigureFilters.NONE, knownAt);
  }
}
