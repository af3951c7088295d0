package org.liens.document;

import java.time.LocalDate;
import java.util.List;
import org.liens.household.PersonId;
import org.liens.shared.Checks;

/**
 * The DIA (document individuel d'accompagnement, R8): the accompaniment "sans contrat", written with the family
 * in the name of the requesting parent(s) (MAPA: caregiver(s)), based on simple daily actions. Personal data.
 *
 * @param writtenOn when it was written with the family
 * @param holders in whose names it is written, by person id: parents or caregivers of the household who asked for
 *     the accompaniment, at least one, each once
 * @param actions the simple, daily actions agreed on, at least one
 */
public record SupportPlan(LocalDate writtenOn, List<PersonId> holders, List<String> actions) {
  /**
   * Checks the components: {@code writtenOn} within the supported date range; {@code holders} and {@code actions}
   * copied unmodifiable, without null element; and the rules stated for the type.
   *
   * @param writtenOn when it was written with the family
   * @param holders in whose names it is written, by person id: parents or caregivers of the household who asked for
   *     the accompaniment, at least one, each once
   * @param actions the simple, daily actions agreed on, at least one
   */
  public SupportPlan {
    holders = Checks.distinctNonEmpty(holders, "holders",
        "a support plan is written in the name of at least one person", "a support plan names each holder once");
    Checks.date(writtenOn, "writtenOn");
    actions = Checks.listOf(actions, "actions").stream().map(a -> Checks.longText(a, "action")).toList();
    Checks.check(!actions.isEmpty(), "a support plan lists at least one action");
  }

  @Override
  public String toString() {
    return "SupportPlan[writtenOn=" + writtenOn + ", holders=" + holders.size() + ", actions=" + actions.size() + "]";
  }
}
