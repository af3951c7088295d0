package org.liens.accompaniment;

import java.time.LocalDate;

/**
 * Named policy: which day is the last of an accompaniment of {@code n} months (R2: "date du début et fin
 * d'accompagnement enregistrée à la date du premier rendez-vous"). The seeds do not say; both readings are
 * common in French practice. The anniversary is {@code firstAppointment.plusMonths(n)} with {@code java.time}
 * arithmetic, which clamps to the end of a shorter month.
 *
 * <table>
 *   <caption>Six months from the first appointment</caption>
 *   <tr><th>first appointment</th><th>anniversary</th><th>last day, {@link #LAST_DAY_BEFORE_ANNIVERSARY}</th>
 *       <th>last day, {@link #LAST_DAY_IS_ANNIVERSARY}</th></tr>
 *   <tr><td>2023-03-15</td><td>2023-09-15</td><td>2023-09-14</td><td>2023-09-15</td></tr>
 *   <tr><td>2023-08-31</td><td>2024-02-29</td><td>2024-02-28</td><td>2024-02-29</td></tr>
 *   <tr><td>2022-08-31</td><td>2023-02-28</td><td>2023-02-27</td><td>2023-02-28</td></tr>
 *   <tr><td>2024-02-29</td><td>2024-08-29</td><td>2024-08-28</td><td>2024-08-29</td></tr>
 * </table>
 */
public enum EndDateConvention {
  /**
   * The default: the period is the half-open range {@code [firstAppointment, anniversary)}; the anniversary is the
   * first day after it.
   */
  LAST_DAY_BEFORE_ANNIVERSARY,
  /** The period is {@code [firstAppointment, anniversary]}: the anniversary itself is still covered. */
  LAST_DAY_IS_ANNIVERSARY;

  /**
   * {@return the first day after the period, given its anniversary}
   *
   * @param anniversary the first appointment plus the offer's months
   */
  public LocalDate endExclusive(LocalDate anniversary) {
    return this == LAST_DAY_BEFORE_ANNIVERSARY ? anniversary : anniversary.plusDays(1);
  }
}
