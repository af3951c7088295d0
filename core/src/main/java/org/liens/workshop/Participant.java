package org.liens.workshop;

import java.time.LocalDate;
import org.liens.household.Child;
import org.liens.shared.Checks;

/**
 * A child enrolled in a group of a workshop series (R9). Personal data: {@link #toString()} does not reveal the
 * child.
 *
 * @param child the child, with birth date and grade (checked with {@link Child#isFromCp})
 * @param group the group, from 1
 * @param enrolledOn the enrolment date
 */
public record Participant(Child child, int group, LocalDate enrolledOn) {
  /**
   * Checks the components: {@code child} required; {@code enrolledOn} within the supported date range; and the rules
   * stated for the type.
   *
   * @param child the child, with birth date and grade (checked with {@link Child#isFromCp})
   * @param group the group, from 1
   * @param enrolledOn the enrolment date
   */
  public Participant {
    Checks.required(child, "child");
    Checks.check(group >= 1, "groups are numbered from 1");
    Checks.date(enrolledOn, "enrolledOn");
  }

  @Override
  public String toString() {
    return "Participant[group=" + group + ", enrolledOn=" + enrolledOn + "]";
  }
}
