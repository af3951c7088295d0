package org.liens.referral;

import java.util.Optional;
import org.liens.catalog.ReferralChannel;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.PersonName;

/**
 * Where a referral comes from (R7, R9): a field worker mandated by a partner organisation, the family itself, or
 * an institution ordering workshops. The prescriber organisation is what the active caseload is filtered by.
 *
 * @param channel how the referral arrived
 * @param prescriber the partner organisation; required unless the family asks itself
 * @param fieldWorker the mandated field worker; required for {@link ReferralChannel#PARTNER_FIELD_WORKER}
 */
public record ReferralSource(ReferralChannel channel, Optional<OrganisationId> prescriber, Optional<PersonName> fieldWorker) {
  /**
   * Checks the components: {@code channel} required; {@code prescriber} and {@code fieldWorker} an {@code Optional},
   * never null.
   *
   * @param channel how the referral arrived
   * @param prescriber the partner organisation; required unless the family asks itself
   * @param fieldWorker the mandated field worker; required for {@link ReferralChannel#PARTNER_FIELD_WORKER}
   */
  public ReferralSource {
    Checks.required(channel, "channel");
    Checks.optional(prescriber, "prescriber");
    Checks.optional(fieldWorker, "fieldWorker");
    switch (channel) {
      case PARTNER_FIELD_WORKER -> {
        require(prescriber.isPresent(), "a field-worker referral names the prescriber organisation");
        require(fieldWorker.isPresent(), "a field-worker referral names the mandated field worker");
      }
      case INSTITUTION_ORDER -> require(prescriber.isPresent(), "an institution order names the institution");
      case FAMILY_REQUEST -> require(
          prescriber.isEmpty() && fieldWorker.isEmpty(), "a family request has no prescriber nor field worker");
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new InvalidInputException(ErrorCode.INVALID_REFERRAL_SOURCE, message);
    }
  }

  /**
   * {@return a field worker of a partner organisation prescribes}
   *
   * @param prescriber the partner organisation that prescribes (R12)
   * @param fieldWorker the field worker's name (personal data)
   */
  public static ReferralSource fieldWorker(OrganisationId prescriber, PersonName fieldWorker) {
    return new ReferralSource(
        ReferralChannel.PARTNER_FIELD_WORKER,
        Optional.of(Checks.required(prescriber, "prescriber")),
        Optional.of(Checks.required(fieldWorker, "fieldWorker")));
  }

  /** {@return the parents (or caregivers) ask themselves} */
  public static ReferralSource familyRequest() {
    return new ReferralSource(ReferralChannel.FAMILY_REQUEST, Optional.empty(), Optional.empty());
  }

  /**
   * {@return a local authority or institution orders (ARCS)}
   *
   * @param institution the local authority or institution that orders
   */
  public static ReferralSource institutionOrder(OrganisationId institution) {
    return new ReferralSource(
        ReferralChannel.INSTITUTION_ORDER, Optional.of(Checks.required(institution, "institution")), Optional.empty());
  }
}
