package org.liens.referral;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liens.household.PersonId;
import org.liens.shared.Checks;

/**
 * The parents' approval (MAPA: the caregivers'), without which there is no accompaniment (R7: "sur demande ou
 * approbation des parents"), and what it covers. Eligibility checks that every person named belongs to the
 * household in the right role; the accompaniment it opens starts its {@link ConsentHistory} with it.
 *
 * @param givenOn the date they consented
 * @param givenBy who consented, by person id, at least one, each once
 * @param purposes what they consented to; always the accompaniment, and sharing progress with the prescriber unless
 *     they refused it
 */
public record Consent(LocalDate givenOn, List<PersonId> givenBy, Set<ConsentPurpose> purposes) {
  /**
   * Checks the components: {@code givenOn} within the supported date range; {@code givenBy} and {@code purposes}
   * copied unmodifiable, without null element; and the rules stated for the type.
   *
   * @param givenOn the date they consented
   * @param givenBy who consented, by person id, at least one, each once
   * @param purposes what they consented to; always the accompaniment, and sharing progress with the prescriber unless
   *     they refused it
   */
  public Consent {
    givenBy = Checks.distinctNonEmpty(givenBy, "givenBy",
        "consent is given by at least one person", "a person consents once");
    Checks.date(givenOn, "givenOn");
    purposes = Checks.setOf(purposes, "purposes");
    Checks.check(purposes.contains(ConsentPurpose.ACCOMPANIMENT), "consent covers at least the accompaniment");
  }

  /**
   * {@return the usual consent: to the accompaniment and to sharing its progress with the prescriber (R8)}
   *
   * @param givenOn the date they consented
   * @param givenBy who consented, by person id
   */
  public static Consent of(LocalDate givenOn, PersonId... givenBy) {
    return new Consent(givenOn, Arrays.asList(Checks.required(givenBy, "givenBy")),
        EnumSet.allOf(ConsentPurpose.class));
  }

  /** {@return the same consent, to the accompaniment only: the prescriber does not see its progress} */
  public Consent withoutSharing() {
    return new Consent(givenOn, givenBy, Set.of(ConsentPurpose.ACCOMPANIMENT));
  }

  /** {@return whether it covers sharing the accompaniment's progress with the prescriber} */
  public boolean sharesWithPrescriber() {
    return purposes.contains(ConsentPurpose.SHARING_WITH_PRESCRIBER);
  }
}
