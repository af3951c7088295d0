package org.liens.orientation;

import java.time.LocalDate;
import java.util.Set;
import org.liens.household.PersonId;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * The family's consent to share what the partner needs for one orientation (R7, CNIL): who gave it, when, and
 * which items. An orientation needs one that shares at least one item.
 *
 * @param givenBy the parent or caregiver who gave it
 * @param givenOn the day it was given
 * @param shared what may be shared with the partner, at least one item
 */
public record SharingConsent(PersonId givenBy, LocalDate givenOn, Set<SharedItem> shared) {
  /**
   * Checks the components.
   *
   * @param givenBy the parent or caregiver who gave it
   * @param givenOn the day it was given
   * @param shared what may be shared, at least one item
   * @throws RuleViolationException with {@link ErrorCode#ORIENTATION_WITHOUT_CONSENT} if nothing may be shared
   */
  public SharingConsent {
    Checks.required(givenBy, "givenBy");
    givenOn = Checks.date(givenOn, "givenOn");
    shared = Checks.setOf(shared, "shared");
    if (shared.isEmpty()) {
      throw new RuleViolationException(ErrorCode.ORIENTATION_WITHOUT_CONSENT,
          "the family agreed to share nothing: an orientation needs at least one shared item");
    }
  }

  /**
   * {@return the consent of {@code givenBy} on {@code givenOn} to share these items}
   *
   * @param givenBy the parent or caregiver
   * @param givenOn the day
   * @param shared the items, at least one
   */
  public static SharingConsent of(PersonId givenBy, LocalDate givenOn, SharedItem... shared) {
    return new SharingConsent(givenBy, givenOn, Set.of(shared));
  }
}
