package org.liens.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.ExitReason;
import org.liens.catalog.OfferCode;
import org.liens.catalog.TargetRange;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.ReferralId;

/**
 * A dataset built to match the published figures of seed 001 ("Les Chiffres du Module", July 2020 – July 2023): 160
 * files, 340 children, 130 families of which 75 % single-parent (98), 80 % eligible files (128), 55 % employed or
 * self-employed (72), about 30 % on RSA (39), 15 % under the poverty line (20). The seed gives no more: offers,
 * states and dates are spread evenly, and 30 families have a second file.
 */
final class SeedDataset {
  static final LocalDate FROM = LocalDate.of(2020, 7, 1);
  static final LocalDate TO = LocalDate.of(2023, 7, 31);
  static final OrganisationId FUNDER = OrganisationId.of(new UUID(20, 1));
  static final OrganisationId PRESCRIBER = OrganisationId.of(new UUID(20, 2));
  final List<HouseholdFact> households = new ArrayList<>();
  final List<FileFact> files = new ArrayList<>();

  SeedDataset() {
    for (int i = 0; i < 130; i++) {
      EmploymentSituation employment = i < 50 ? EmploymentSituation.EMPLOYED : i < 72
          ? EmploymentSituation.SELF_EMPLOYED : i < 111 ? EmploymentSituation.RSA : EmploymentSituation.OTHER;
      households.add(new HouseholdFact(HouseholdId.of(new UUID(21, i)), i < 80 ? 3 : 2, i % 4 != 0 || i >= 128,
          employment, i % 13 < 2, Optional.of(i % 2 == 0 ? "Gard" : "Hérault"), 1));
    }
    for (int f = 0; f < 160; f++) {
      HouseholdFact household = households.get(f < 130 ? f : f - 130);
      LocalDate received = FROM.plusDays(f * 7L);
      boolean eligible = f % 5 != 0;
      OfferCode offer = f % 3 == 0 ? OfferCode.MAPA : f % 7 == 0 ? OfferCode.MADI : OfferCode.MIP;
      files.add(eligible ? accompaniment(f, household, received, offer) : new FileFact(ReferralId.of(new UUID(22, f)),
          household.household(), offer, Optional.of(PRESCRIBER), FUNDER, received, FileOutcome.REJECTED,
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, Optional.empty(), 3));
    }
  }

  private static FileFact accompaniment(int f, HouseholdFact household, LocalDate received, OfferCode offer) {
    LocalDate first = received.plusDays(7 + f % 15);
    boolean ended = f < 150;
    AccompanimentStatus state = !ended ? AccompanimentStatus.ACTIVE : f % 11 == 0 ? AccompanimentStatus.CANCELLED
        : AccompanimentStatus.CLOSED;
    String reason = state == AccompanimentStatus.CANCELLED ? ExitReason.WITHDRAWN_BY_FAMILY
        : f % 9 == 0 ? ExitReason.MOVED_AWAY : ExitReason.OBJECTIVES_REACHED;
    ContactTargets targets = offer.equals(OfferCode.MADI)
        ? ContactTargets.of(TargetRange.of(9, 12), TargetRange.of(8, 10))
        : ContactTargets.of(TargetRange.of(6, 7), TargetRange.of(4, 5));
    return new FileFact(ReferralId.of(new UUID(22, f)), household.household(), offer, Optional.of(PRESCRIBER), FUNDER,
        received, FileOutcome.ELIGIBLE, Optional.of(state), Optional.of(first),
        ended ? Optional.of(first.plusDays(150 + f % 40)) : Optional.empty(),
        ended ? Optional.of(reason) : Optional.empty(), 5 + f % 4, 3 + f % 3, Optional.of(targets),
        FileFact.ACCOMPANIMENT_REVISIONS + 8);
  }

  /** {@return the counts of the seed period, as an adapter computes them} */
  FigureCounts counts() {
    FigureTally tally = new FigureTally();
    files.forEach(f -> tally.add(f, households.stream().filter(h -> h.household().equals(f.household())).findFirst()
        .orElseThrow()));
    return tally.counts();
  }
}
