package org.liens.figures;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * What the published figures know of one place of a funding agreement, at one revision of the agreement (issue 12):
 * taken when an accompaniment was validated, released when it was cancelled. Recorded, in recorded time, each time
 * the place is taken or released; a report "as known on" an instant reads the latest revision recorded by then.
 *
 * @param agreement the funding agreement
 * @param accompaniment the accompaniment holding the place
 * @param offer the offer of the place
 * @param takenOn when it was taken
 * @param releasedOn when it was given back, if it was
 * @param revision the agreement's version that recorded it
 */
public record PlaceFact(
    AgreementId agreement, AccompanimentId accompaniment, OfferCode offer, LocalDate takenOn,
    Optional<LocalDate> releasedOn, long revision) {
  /**
   * Checks the components: every reference required, released on or after taken.
   *
   * @param agreement the funding agreement
   * @param accompaniment the accompaniment holding the place
   * @param offer the offer of the place
   * @param takenOn when it was taken
   * @param releasedOn when it was given back
   * @param revision the agreement's version
   */
  public PlaceFact {
    Checks.requiredAll("agreement, accompaniment, offer, takenOn, releasedOn", agreement, accompaniment, offer, takenOn,
        releasedOn);
    releasedOn.ifPresent(r -> Checks.check(!r.isBefore(takenOn), "a place is released on or after it was taken"));
    Checks.check(revision >= 0, "revision must be zero or more");
  }

  /**
   * {@return the fact of the place an accompaniment holds or held in an agreement, at the agreement's version}
   *
   * @param agreement the agreement as saved
   * @param place one of its places
   */
  public static PlaceFact of(FundingAgreement agreement, Place place) {
    return new PlaceFact(agreement.id(), place.accompaniment(), place.offer(), place.takenOn(), place.releasedOn(),
        agreement.version());
  }

  /**
   * {@return whether the place was in use on {@code day}: taken on or before it, not released on or before it}
   *
   * @param day the day tested
   */
  public boolean heldOn(LocalDate day) {
    return !takenOn.isAfter(day) && releasedOn.map(day::isBefore).orElse(true);
  }
}
