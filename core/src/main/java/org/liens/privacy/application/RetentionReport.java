package org.liens.privacy.application;

import java.time.LocalDate;
import org.liens.shared.Checks;

/**
 * What one run of the retention job did ({@link PrivacyService#anonymiseExpired}): counts only.
 *
 * @param asOf the date the retention rule was applied at
 * @param examined how many households were examined: every household stored
 * @param anonymised how many were anonymised by this run
 * @param alreadyAnonymised how many had expired and were anonymised before (nothing left to change)
 * @param kept how many are still kept (an open accompaniment, a referral undecided, inside the window, undated)
 */
public record RetentionReport(LocalDate asOf, int examined, int anonymised, int alreadyAnonymised, int kept) {
  /**
   * Checks the components: {@code asOf} required; {@code examined}, {@code anonymised}, {@code alreadyAnonymised} and
   * {@code kept} zero or more; and the rules stated for the type.
   *
   * @param asOf the date the retention rule was applied at
   * @param examined how many households were examined: every household stored
   * @param anonymised how many were anonymised by this run
   * @param alreadyAnonymised how many had expired and were anonymised before (nothing left to change)
   * @param kept how many are still kept (an open accompaniment, a referral undecided, inside the window, undated)
   */
  public RetentionReport {
    Checks.required(asOf, "asOf");
    Checks.notNegative(examined, "examined");
    Checks.notNegative(anonymised, "anonymised");
    Checks.notNegative(alreadyAnonymised, "alreadyAnonymised");
    Checks.notNegative(kept, "kept");
    Checks.check(anonymised + alreadyAnonymised + kept == examined, "every household examined is counted once");
  }
}
