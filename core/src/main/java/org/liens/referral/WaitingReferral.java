package org.liens.referral;

import java.time.LocalDate;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * A referral waiting for a decision, as its prescriber and the coordinator see it (issue 14): how long it has
 * waited and the last day it may be acted upon before it expires ({@link ReferralDeadlines}). Ids, codes and dates
 * only: no personal data.
 *
 * @param referral the referral
 * @param offer the offer asked for
 * @param status {@code RECEIVED} or {@code ASSESSED}
 * @param receivedOn when the coordinator received it
 * @param waitingDays days since its receipt
 * @param deadline the last day it may be acted upon at its current step
 * @param overdue whether the deadline has passed (it expires at the next {@code expireOverdue})
 */
public record WaitingReferral(
    ReferralId referral, OfferCode offer, ReferralStatus status, LocalDate receivedOn,
    long waitingDays, LocalDate deadline, boolean overdue) {

  /**
   * Checks the fields.
   *
   * @param referral the referral
   * @param offer the offer asked for
   * @param status {@code RECEIVED} or {@code ASSESSED}
   * @param receivedOn when the coordinator received it
   * @param waitingDays days since its receipt
   * @param deadline the last day it may be acted upon at its current step
   * @param overdue whether the deadline has passed
   */
  public WaitingReferral {
    Checks.requiredAll("referral, offer, status, receivedOn, deadline", referral, offer, status, receivedOn, deadline);
    Checks.check(!status.isTerminal(), "a waiting referral is undecided");
    Checks.check(waitingDays >= 0, "waitingDays is not negative");
  }

  /**
   * {@return the view of an undecided {@code referral} on {@code today}}
   *
   * @param referral an undecided referral
   * @param deadlines the delays of each offer
   * @param today the current date
   */
  public static WaitingReferral of(Referral referral, ReferralDeadlines deadlines, LocalDate today) {
    Checks.requiredAll("referral, deadlines, today", referral, deadlines, today);
    return new WaitingReferral(referral.id(), referral.offer(), referral.status(),
        referral.receivedOn(), referral.waitingDays(today), deadlines.deadline(referral).orElseThrow(),
        deadlines.isOverdue(referral, today));
  }
}
