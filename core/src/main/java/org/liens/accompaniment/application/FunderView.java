package org.liens.accompaniment.application;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;

/**
 * What a funder receives about a place it pays for (issue 9): the offer, the agreement, where it stands and its
 * dates. No personal data: no household, no person, no team, no document, not even the household's id.
 *
 * @param accompaniment the accompaniment
 * @param offer the offer
 * @param agreement the funding agreement whose place it holds, if any
 * @param status where it stands
 * @param openedOn the validation date
 * @param firstAppointment the first appointment, once fixed
 * @param lastDay the last day of the period, once fixed
 */
public record FunderView(
    AccompanimentId accompaniment, OfferCode offer, Optional<AgreementId> agreement, AccompanimentStatus status,
    LocalDate openedOn, Optional<LocalDate> firstAppointment, Optional<LocalDate> lastDay) {

  /**
   * {@return the funder's view of {@code accompaniment}}
   *
   * @param accompaniment the accompaniment, as stored
   */
  public static FunderView of(Accompaniment accompaniment) {
    return new FunderView(accompaniment.id(), accompaniment.offer().code(), accompaniment.agreement(),
        accompaniment.status(), accompaniment.openedOn(), accompaniment.period().map(CarePeriod::start),
        accompaniment.lastDay());
  }
}
