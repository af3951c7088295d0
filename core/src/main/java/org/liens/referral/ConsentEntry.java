package org.liens.referral;

import java.time.LocalDate;
import java.util.List;
import org.liens.household.PersonId;
import org.liens.shared.Checks;

/**
 * One change of a consent, as the {@link ConsentHistory} keeps it: who (person ids, never names), gave or revoked
 * it, for what, on which day. Treat as a value type.
 *
 * @param purpose what the consent is for
 * @param act given or revoked
 * @param by the people who gave or revoked it, at least one, each once
 * @param on the day it was given or revoked
 */
public record ConsentEntry(ConsentPurpose purpose, ConsentAct act, List<PersonId> by, LocalDate on) {
  /**
   * Checks the components: {@code purpose} and {@code act} required; {@code on} within the supported date range;
   * {@code by} copied unmodifiable, without null element; and the rules stated for the type.
   *
   * @param purpose what the consent is for
   * @param act given or revoked
   * @param by the people who gave or revoked it, at least one, each once
   * @param on the day it was given or revoked
   */
  public ConsentEntry {
    Checks.required(purpose, "purpose");
    Checks.required(act, "act");
    by = Checks.listOf(by, "by");
    Checks.check(!by.isEmpty(), "a consent is given or revoked by at least one person");
    Checks.check(by.stream().distinct().count() == by.size(), "a person gives or revokes a consent once");
    Checks.date(on, "on");
  }
}
