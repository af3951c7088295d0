package org.liens.agenda;

import java.util.Set;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * What the due list counts (issue 14). The seeds set no delay for the DIA and no horizon; the standard policy
 * ({@link #standard()}) lists what is due within the coming 7 days or overdue, expects the DIA (R8: MIP, MADI and
 * MAPA are "matérialisés par la rédaction d'un DIA") within 30 days of the first appointment, and warns when an
 * agreement has one place of an offer left.
 *
 * @param horizonDays items due up to this many days after the day asked for are listed (0: only what is due today
 *     or overdue); 0 to 366
 * @param supportPlanWithinDays days after the first appointment by which the DIA is written; 1 to 366
 * @param supportPlanOffers the offers whose accompaniments have a DIA
 * @param placesThreshold an agreement with from one to this many places of an offer left is listed; 0 (never) to
 *     1,000
 */
public record DuePolicy(int horizonDays, int supportPlanWithinDays, Set<OfferCode> supportPlanOffers, int placesThreshold) {

  /**
   * Checks and copies the components.
   *
   * @param horizonDays days after the day asked for within which items are listed
   * @param supportPlanWithinDays days after the first appointment by which the DIA is written
   * @param supportPlanOffers the offers whose accompaniments have a DIA
   * @param placesThreshold places left at or under which an agreement is listed
   */
  public DuePolicy {
    Checks.check(horizonDays >= 0 && horizonDays <= 366, "horizonDays is from 0 to 366");
    Checks.check(supportPlanWithinDays >= 1 && supportPlanWithinDays <= 366, "supportPlanWithinDays is from 1 to 366");
    supportPlanOffers = Checks.setOf(supportPlanOffers, "supportPlanOffers");
    Checks.check(placesThreshold >= 0 && placesThreshold <= 1_000, "placesThreshold is from 0 to 1,000");
  }

  /** {@return 7 days ahead, the DIA within 30 days for MIP, MADI and MAPA, one place left} */
  public static DuePolicy standard() {
    return new DuePolicy(7, 30, Set.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA), 1);
  }
}
