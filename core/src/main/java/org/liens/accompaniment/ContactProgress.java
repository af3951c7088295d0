package org.liens.accompaniment;

import org.liens.catalog.TargetRange;
import org.liens.shared.Checks;

/**
 * Contacts of one kind done by a date, against the offer's target range and the pace expected by that date (R4).
 *
 * <p>The pace is linear over the period: by a date, {@code expectedByDate = floor(target.min × elapsedDays /
 * periodDays)} contacts are expected, where {@code elapsedDays} counts the days of the period up to and including
 * that date. Status: {@code OVER} above {@code target.max}; otherwise {@code REACHED} from {@code target.min};
 * otherwise {@code ON_TRACK} from {@code expectedByDate}; otherwise {@code UNDER}. Only held contacts are done;
 * missed ones are counted apart and never make up for a held one (issue 14).
 *
 * @param done contacts held on or before the date
 * @param missed contacts missed on or before the date (family absent, cancelled by the family or the service)
 * @param target the offer's target range over the whole period
 * @param expectedByDate the minimum expected by the date, following the pace
 * @param status where {@code done} stands
 */
public record ContactProgress(int done, int missed, TargetRange target, int expectedByDate, ProgressStatus status) {
  /**
   * Checks the components: {@code target} and {@code status} required; {@code done}, {@code missed} and {@code
   * expectedByDate} zero or more.
   *
   * @param done contacts held on or before the date
   * @param missed contacts missed on or before the date (family absent, cancelled by the family or the service)
   * @param target the offer's target range over the whole period
   * @param expectedByDate the minimum expected by the date, following the pace
   * @param status where {@code done} stands
   */
  public ContactProgress {
    Checks.notNegative(done, "done");
    Checks.notNegative(missed, "missed");
    Checks.required(target, "target");
    Checks.notNegative(expectedByDate, "expectedByDate");
    Checks.required(status, "status");
  }

  /**
   * {@return the progress of {@code done} held contacts, none missed, after {@code elapsedDays} of a {@code
   * periodDays}-day period}
   *
   * @param done contacts held so far
   * @param target the offer's target range over the whole period (R4)
   * @param elapsedDays days of the period elapsed, from zero to {@code periodDays}
   * @param periodDays the length of the period in days; more than zero
   */
  public static ContactProgress of(int done, TargetRange target, long elapsedDays, long periodDays) {
    return of(done, 0, target, elapsedDays, periodDays);
  }

  /**
   * {@return the progress of {@code done} held and {@code missed} contacts after {@code elapsedDays} of a {@code
   * periodDays}-day period}
   *
   * @param done contacts held so far
   * @param missed contacts missed so far, which do not count toward the target
   * @param target the offer's target range over the whole period (R4)
   * @param elapsedDays days of the period elapsed, from zero to {@code periodDays}
   * @param periodDays the length of the period in days; more than zero
   */
  public static ContactProgress of(int done, int missed, TargetRange target, long elapsedDays, long periodDays) {
    Checks.check(periodDays > 0, "periodDays must be positive");
    Checks.check(elapsedDays >= 0 && elapsedDays <= periodDays, "elapsedDays must be within the period");
    int expected = (int) (target.min() * elapsedDays / periodDays);
    ProgressStatus status;
    if (done > target.max()) {
      status = ProgressStatus.OVER;
    } else if (done >= target.min()) {
      status = ProgressStatus.REACHED;
    } else if (done >= expected) {
      status = ProgressStatus.ON_TRACK;
    } else {
      status = ProgressStatus.UNDER;
    }
    return new ContactProgress(done, missed, target, expected, status);
  }
}
