package org.liens.accompaniment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.catalog.Offer;
import org.liens.referral.Referral;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;
import org.liens.staff.StaffId;

/** How an accompaniment opens (R6, R8): the checks of a succession and the opened state with its event. */
final class Opening {
  private Opening() {}

  /**
   * Fails with {@link ErrorCode#INVALID_SUCCESSION} unless {@code offer} may follow {@code predecessor} (R6): the
   * referral names it, it is open, of the same household, of an offer the new one may follow.
   */
  static void requireSuccession(Referral referral, Offer offer, Accompaniment predecessor) {
    if (!referral.succeeds().equals(Optional.of(predecessor.id()))
        || !offer.mayFollow(predecessor.offer().code())
        || !predecessor.isOpen()
        || !predecessor.household().equals(referral.household())) {
      throw new RuleViolationException(
          ErrorCode.INVALID_SUCCESSION,
          offer.code() + " cannot succeed this " + predecessor.offer().code() + " (" + predecessor.status() + ")");
    }
  }

  /** The {@code VALIDATED} accompaniment a validation opens, and its {@link AccompanimentOpened} event. */
  static Change<Accompaniment> opened(
      AccompanimentId id, Referral referral, Offer offer, List<StaffId> team, LocalDate openedOn,
      EndDateConvention convention, Optional<AccompanimentId> predecessor) {
    Checks.required(openedOn, "openedOn");
    Checks.check(!openedOn.isBefore(referral.receivedOn()), "an accompaniment cannot open before its referral");
    Accompaniment accompaniment = new Accompaniment(Checks.required(id, "id"), 0, referral.household(),
        referral.id(), offer, referral.source().prescriber(), referral.funder(), referral.agreement(),
        referral.receivedOn(), openedOn, Checks.required(convention, "convention"), team, predecessor,
        ConsentRules.opening(referral), new Lifecycle.Validated());
    return Change.of(
        accompaniment,
        new AccompanimentOpened(id, referral.household(), referral.id(), offer.code(), openedOn, predecessor));
  }
}
