package org.liens.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * The parents' approval (MAPA: the caregivers'), without which there is no accompaniment (R7: "sur demande ou
 * approbation des parents"). Eligibility checks that every person named belongs to the household in the right
 * role.
 *
 * @param givenBy who consented, at least one person
 * @param givenOn the date they consented
 */
public record Consent(List<PersonName> givenBy, LocalDate givenOn) {
  public Consent {
    givenBy = Checks.listOf(givenBy, "givenBy");
    Checks.check(!givenBy.isEmpty(), "consent is given by at least one person");
    Checks.required(givenOn, "givenOn");
  }

  public static Consent of(LocalDate givenOn, PersonName... givenBy) {
    return new Consent(Arrays.asList(Checks.required(givenBy, "givenBy")), givenOn);
  }
}
