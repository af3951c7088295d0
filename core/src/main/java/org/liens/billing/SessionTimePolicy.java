package org.liens.billing;

import java.time.Duration;
import org.liens.shared.Checks;

/**
 * Named policy: how the length of an individual ARCS session is counted for billing at the hourly tariff (R3:
 * "Atelier individuel 1H 55 € TTC"). The seed prices an hour and is silent on partial hours. The default is pro
 * rata to the minute: the funder pays for the time held, no more. The amount is always
 * {@code hourly price × billable minutes / 60}, rounded once to the cent.
 *
 * <table>
 *   <caption>At 55 € TTC the hour</caption>
 *   <tr><th>session</th><th>{@link #PRO_RATA_TO_THE_MINUTE}</th><th>{@link #STARTED_QUARTER_HOUR}</th>
 *       <th>{@link #STARTED_HOUR}</th></tr>
 *   <tr><td>60 min</td><td>55.00 €</td><td>55.00 €</td><td>55.00 €</td></tr>
 *   <tr><td>50 min</td><td>45.83 €</td><td>55.00 €</td><td>55.00 €</td></tr>
 *   <tr><td>45 min</td><td>41.25 €</td><td>41.25 €</td><td>55.00 €</td></tr>
 *   <tr><td>61 min</td><td>55.92 €</td><td>68.75 €</td><td>110.00 €</td></tr>
 * </table>
 */
public enum SessionTimePolicy {
  /** The default: every minute held, no more. */
  PRO_RATA_TO_THE_MINUTE(1),
  /** Each quarter-hour started is due. */
  STARTED_QUARTER_HOUR(15),
  /** Each hour started is due. */
  STARTED_HOUR(60);

  private final long step;

  SessionTimePolicy(long stepMinutes) {
    this.step = stepMinutes;
  }

  /**
   * {@return the minutes billed for a session of {@code length}: its minutes (a started minute counts) rounded up
   * to the policy's step}
   *
   * @param length how long the session lasted
   */
  public Duration billable(Duration length) {
    Checks.required(length, "length");
    Checks.check(length.toMinutes() >= 1, "a session lasts at least a minute, was " + length);
    long minutes = length.toMinutes() + (length.toSecondsPart() > 0 ? 1 : 0);
    return Duration.ofMinutes((minutes + step - 1) / step * step);
  }
}
