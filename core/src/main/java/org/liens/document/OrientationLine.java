package org.liens.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.liens.household.PersonId;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.orientation.OrientationOutcome;
import org.liens.orientation.OrientationState;
import org.liens.partner.PartnerServiceId;
import org.liens.shared.Checks;

/**
 * One orientation as the action report shows it (issue 16): who was oriented (by person id, as the report names its
 * addressees), to which partner service (its public name), when, where it stands and whether the person took part.
 * Nothing else of the orientation: neither the consent's details, nor the decline reason, nor the outcome's words.
 *
 * @param orientation the orientation's id
 * @param person the household member oriented
 * @param service the partner service
 * @param serviceName the service's name in the catalogue, when the catalogue still holds it
 * @param proposedOn the day it was proposed
 * @param state where it stands on the day the report is read (a proposal past its expiry date is expired)
 * @param tookPart whether the person took part, once an accepted orientation has its outcome
 */
public record OrientationLine(OrientationId orientation, PersonId person, PartnerServiceId service,
    Optional<String> serviceName, LocalDate proposedOn, OrientationState state, Optional<Boolean> tookPart) {
  /**
   * Checks the components: every one required; a participation only on an accepted orientation.
   *
   * @param orientation the orientation's id
   * @param person the household member oriented
   * @param service the partner service
   * @param serviceName the service's name in the catalogue, when the catalogue still holds it
   * @param proposedOn the day it was proposed
   * @param state where it stands
   * @param tookPart whether the person took part, once recorded
   */
  public OrientationLine {
    Checks.requiredAll("orientation, person, service, state", orientation, person, service, state);
    Checks.optional(serviceName, "serviceName");
    proposedOn = Checks.date(proposedOn, "proposedOn");
    Checks.optional(tookPart, "tookPart");
    Checks.check(tookPart.isEmpty() || state == OrientationState.ACCEPTED,
        "only an accepted orientation has a participation");
  }

  /**
   * {@return the line of {@code orientation} as it stands on {@code day}}
   *
   * @param orientation the orientation
   * @param serviceNames the name of a service, if the catalogue holds it
   * @param day the day the report is read
   */
  public static OrientationLine of(Orientation orientation, Function<PartnerServiceId, Optional<String>> serviceNames,
      LocalDate day) {
    Checks.requiredAll("orientation, serviceNames", orientation, serviceNames);
    return new OrientationLine(orientation.id(), orientation.person(), orientation.service(),
        serviceNames.apply(orientation.service()),
        orientation.proposedOn(), orientation.stateOn(day),
        orientation.outcome().map(OrientationOutcome::tookPart));
  }
}
