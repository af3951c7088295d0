package org.liens.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;

/**
 * A child of the household, with a birth date and, when schooled, a grade.
 *
 * @param id the child's id, kept for the life of the household
 * @param name the child's name
 * @param birthDate the date of birth
 * @param grade the current school grade, empty when not schooled or unknown
 */
public record Child(PersonId id, PersonName name, LocalDate birthDate, Optional<SchoolGrade> grade) {
  /** The age from which ARCS takes children who are not yet in CP (R9: "à partir du CP (6 ans)"). */
  public static final int ARCS_MINIMUM_AGE = 6;

  /**
   * Checks the components: {@code id} and {@code name} required; {@code birthDate} within the supported
   * date range; {@code grade} an {@code Optional}, never null.
   *
   * @param id the child's id, kept for the life of the household
   * @param name the child's name
   * @param birthDate the date of birth
   * @param grade the current school grade, empty when not schooled or unknown
   */
  public Child {
    Checks.required(id, "child id");
    Checks.required(name, "child name");
    Checks.date(birthDate, "birthDate");
    Checks.optional(grade, "grade");
  }

  /**
   * A child the household does not know yet, not schooled or whose grade is unknown, with a new id
   * ({@link PersonId#random()}); {@link #of(PersonName, LocalDate, SchoolGrade)} gives a schooled one.
   *
   * @param name the child's name
   * @param birthDate the date of birth
   */
  public Child(PersonName name, LocalDate birthDate) {
    this(PersonId.random(), name, birthDate, Optional.empty());
  }

  /**
   * {@return a schooled child the household does not know yet, with a new id}
   *
   * @param name the child's name
   * @param birthDate the date of birth
   * @param grade the current school grade
   */
  public static Child of(PersonName name, LocalDate birthDate, SchoolGrade grade) {
    return new Child(PersonId.random(), name, birthDate, Optional.of(Checks.required(grade, "grade")));
  }

  /**
   * {@return the age in whole years on {@code date}: 0 before the first birthday, never negative (a birth after {@code
   * date} gives 0)}
   * @param date the day the age is taken on
   */
  public int ageOn(LocalDate date) {
    Checks.required(date, "date");
    return date.isBefore(birthDate) ? 0 : Period.between(birthDate, date).getYears();
  }

  /**
   * {@return whether the child is in CP or above, or aged 6 or more on {@code date} (R9)}
   * @param date the day the age is taken on
   */
  public boolean isFromCp(LocalDate date) {
    return grade.map(g -> g.isAtLeast(SchoolGrade.CP)).orElse(false) || ageOn(date) >= ARCS_MINIMUM_AGE;
  }

  @Override
  public String toString() {
    return "Child[redacted]";
  }
}
