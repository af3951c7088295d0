package org.liens.referral;

import org.liens.shared.Checks;

/**
 * How long a referral may wait at each step before it expires (issue 14): a received referral is assessed within
 * {@code assessWithinDays} days of its receipt, an assessed one is validated or rejected within
 * {@code decideWithinDays} days of its assessment. The deadline day itself is still in time. Each delay is from 1 to
 * 366 days.
 *
 * @param assessWithinDays days from receipt to assessment
 * @param decideWithinDays days from assessment to validation or rejection
 */
public record ReferralDelays(int assessWithinDays, int decideWithinDays) {
  /** The longest delay accepted: a year. */
  public static final int MAX_DAYS = 366;

  /**
   * Checks both delays.
   *
   * @param assessWithinDays days from receipt to assessment
   * @param decideWithinDays days from assessment to validation or rejection
   */
  public ReferralDelays {
    Checks.check(assessWithinDays >= 1 && assessWithinDays <= MAX_DAYS, "assessWithinDays is from 1 to 366 days");
    Checks.check(decideWithinDays >= 1 && decideWithinDays <= MAX_DAYS, "decideWithinDays is from 1 to 366 days");
  }
}
