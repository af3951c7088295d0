package org.liens.audit;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.liens.shared.Checks;

/**
 * How long the audit trail keeps its entries. The CNIL référentiel for social and medico-social support asks access
 * logs to be kept six months to one year (up to three years when justified), apart from the main data; the default
 * is one year ({@link #standard()}), and a host sets its own between one day and ten years.
 *
 * <p>Treat as a value type. An entry is past its retention as of an instant when it is older than that instant
 * minus the period, counted in calendar terms in the Liens time zone: with one year, as of 2025-03-01T10:00 Paris
 * time, everything before 2024-03-01T10:00 Paris time goes; as of 2024-02-29T10:00, one year back is
 * 2023-02-28T10:00 ({@code java.time} month arithmetic: the last valid day of the month).
 *
 * @param retention how long an entry is kept, from the instant it records
 */
public record AuditPolicy(Period retention) {
  /** The longest retention a host may set. */
  public static final Period MAX_RETENTION = Period.ofYears(10);

  /**
   * Checks the retention.
   *
   * @throws org.liens.shared.InvalidInputException if it is missing, not positive, or longer than
   *     {@link #MAX_RETENTION}
   * @param retention how long an entry is kept, from the instant it records
   */
  public AuditPolicy {
    Checks.required(retention, "retention");
    Checks.check(!retention.isNegative() && !retention.isZero() && retention.getYears() >= 0
        && retention.getMonths() >= 0 && retention.getDays() >= 0, "retention must be positive");
    Checks.check(retention.toTotalMonths() * 31 + retention.getDays() <= MAX_RETENTION.toTotalMonths() * 31,
        "retention must be at most " + MAX_RETENTION);
  }

  /** {@return the default: one year (CNIL référentiel)} */
  public static AuditPolicy standard() {
    return new AuditPolicy(Period.ofYears(1));
  }

  /**
   * {@return a policy keeping entries for {@code retention}}
   *
   * @param retention how long an entry is kept
   */
  public static AuditPolicy of(Period retention) {
    return new AuditPolicy(retention);
  }

  /**
   * {@return the first instant kept as of {@code asOf}: entries strictly before it are past their retention} It is
   * truncated to the microsecond, as {@link AuditEntry#at()} is, so that an entry recorded exactly one retention
   * before {@code asOf} is kept.
   *
   * @param asOf when the purge runs
   * @param zone the time zone the calendar period is counted in
   */
  public Instant keptFrom(Instant asOf, ZoneId zone) {
    Checks.required(asOf, "asOf");
    Checks.required(zone, "zone");
    return asOf.atZone(zone).minus(retention).toInstant().truncatedTo(ChronoUnit.MICROS);
  }
}
