package org.liens.billing;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.CarePeriod;
import org.liens.catalog.OfferDuration;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * The billing policy of an organisation: when and how much each offer is billed, where the seeds are silent
 * (DESIGN §1). Every part is a named policy with a documented default ({@link #standard()}):
 *
 * <table>
 *   <caption>Billing policies</caption>
 *   <tr><th>part</th><th>decides</th><th>default</th></tr>
 *   <tr><td>{@link ModuleBillingMoment}</td><td>when a module is due</td>
 *       <td>{@link ModuleBillingMoment#ONCE_FIRST_APPOINTMENT_HELD}</td></tr>
 *   <tr><td>{@link EarlyTermination}</td><td>what a module ended early costs</td><td>{@link EarlyTermination#FULL}</td></tr>
 *   <tr><td>{@link SessionTimePolicy}</td><td>how partial hours of individual ARCS count</td>
 *       <td>{@link SessionTimePolicy#PRO_RATA_TO_THE_MINUTE}</td></tr>
 *   <tr><td>{@link GroupWorkshopBilling}</td><td>how group workshops are billed</td>
 *       <td>{@link GroupWorkshopBilling#PER_ACCEPTED_QUOTE}</td></tr>
 *   <tr><td>{@link NumberingScheme}</td><td>the numbering series</td><td>{@link NumberingScheme#SEPARATE_SERIES}</td></tr>
 *   <tr><td>{@link IssueDatePolicy}</td><td>the issue date when the clock is behind the series</td>
 *       <td>{@link IssueDatePolicy#ONE_DAY_TOLERANCE}</td></tr>
 * </table>
 *
 * @param moduleBilling when a module is due
 * @param earlyTermination what a module ended early costs
 * @param sessionTime how the length of an individual ARCS session is counted
 * @param groupWorkshops how group workshops are billed
 * @param numbering the numbering series
 * @param issueDates the issue date when the host's clock is behind the numbering series
 */
public record BillingPolicy(
    ModuleBillingMoment moduleBilling, EarlyTermination earlyTermination, SessionTimePolicy sessionTime,
    GroupWorkshopBilling groupWorkshops, NumberingScheme numbering, IssueDatePolicy issueDates) {

  /**
   * Checks the components: {@code issueDates}, {@code moduleBilling}, {@code earlyTermination}, {@code sessionTime},
   * {@code groupWorkshops} and {@code numbering} required.
   *
   * @param moduleBilling when a module is due
   * @param earlyTermination what a module ended early costs
   * @param sessionTime how the length of an individual ARCS session is counted
   * @param groupWorkshops how group workshops are billed
   * @param numbering the numbering series
   * @param issueDates the issue date when the host's clock is behind the numbering series
   */
  public BillingPolicy {
    Checks.requiredAll("issueDates, moduleBilling, earlyTermination, sessionTime, groupWorkshops, numbering",
        issueDates, moduleBilling, earlyTermination, sessionTime, groupWorkshops, numbering);
  }

  /**
   * These policies, with the default {@link IssueDatePolicy#ONE_DAY_TOLERANCE}.
   *
   * @param moduleBilling when a module is due
   * @param earlyTermination what a module ended early costs
   * @param sessionTime how the length of an individual ARCS session is counted
   * @param groupWorkshops how group workshops are billed
   * @param numbering the numbering series
   */
  public BillingPolicy(
      ModuleBillingMoment moduleBilling, EarlyTermination earlyTermination, SessionTimePolicy sessionTime,
      GroupWorkshopBilling groupWorkshops, NumberingScheme numbering) {
    this(moduleBilling, earlyTermination, sessionTime, groupWorkshops, numbering, IssueDatePolicy.ONE_DAY_TOLERANCE);
  }

  /** {@return every default: see the table above} */
  public static BillingPolicy standard() {
    return new BillingPolicy(ModuleBillingMoment.ONCE_FIRST_APPOINTMENT_HELD, EarlyTermination.FULL,
        SessionTimePolicy.PRO_RATA_TO_THE_MINUTE, GroupWorkshopBilling.PER_ACCEPTED_QUOTE,
        NumberingScheme.SEPARATE_SERIES, IssueDatePolicy.ONE_DAY_TOLERANCE);
  }

  /**
   * {@return this policy with another moment a module is due}
   * @param value when a module is due
   */
  public BillingPolicy withModuleBilling(ModuleBillingMoment value) {
    return new BillingPolicy(value, earlyTermination, sessionTime, groupWorkshops, numbering, issueDates);
  }

  /**
   * {@return this policy with another rule for a module ended early}
   * @param value what a module ended early costs
   */
  public BillingPolicy withEarlyTermination(EarlyTermination value) {
    return new BillingPolicy(moduleBilling, value, sessionTime, groupWorkshops, numbering, issueDates);
  }

  /**
   * {@return this policy with another way to count individual ARCS sessions}
   * @param value how the length of an individual ARCS session is counted
   */
  public BillingPolicy withSessionTime(SessionTimePolicy value) {
    return new BillingPolicy(moduleBilling, earlyTermination, value, groupWorkshops, numbering, issueDates);
  }

  /**
   * {@return this policy with another way to bill group workshops}
   * @param value how group workshops are billed
   */
  public BillingPolicy withGroupWorkshops(GroupWorkshopBilling value) {
    return new BillingPolicy(moduleBilling, earlyTermination, sessionTime, value, numbering, issueDates);
  }

  /**
   * {@return this policy with another issue-date rule for a clock behind the series}
   * @param value the issue date when the host's clock is behind the numbering series
   */
  public BillingPolicy withIssueDates(IssueDatePolicy value) {
    return new BillingPolicy(moduleBilling, earlyTermination, sessionTime, groupWorkshops, numbering, value);
  }

  /**
   * {@return this policy with other numbering series}
   * @param value one series for invoices and credit notes, or one each
   */
  public BillingPolicy withNumbering(NumberingScheme value) {
    return new BillingPolicy(moduleBilling, earlyTermination, sessionTime, groupWorkshops, value, issueDates);
  }

  /**
   * The part of the module of {@code accompaniment} due on {@code today}: empty while nothing is due (no first
   * appointment yet, or it is still ahead; under {@link ModuleBillingMoment#AT_END}, until it ended), else one
   * module, or under {@link EarlyTermination#PRORATA_BY_MONTH_STARTED} the months started out of the offer's
   * months if it ended before its last day.
   *
   * @param accompaniment the accompaniment billed
   * @param today the current date, from the clock
   * @return the quantity of module due, or empty while nothing is
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} for a cancelled accompaniment (never
   *     invoiced) or an offer without a fixed duration
   */
  public Optional<Quantity> moduleDue(Accompaniment accompaniment, LocalDate today) {
    Checks.required(accompaniment, "accompaniment");
    Checks.required(today, "today");
    if (accompaniment.status() == AccompanimentStatus.CANCELLED) {
      throw new RuleViolationException(ErrorCode.NOT_BILLABLE, "a cancelled accompaniment is never invoiced");
    }
    if (!(accompaniment.offer().duration() instanceof OfferDuration.Months)) {
      throw new RuleViolationException(ErrorCode.NOT_BILLABLE,
          accompaniment.offer().code() + " is billed per session, not per module");
    }
    Optional<CarePeriod> period = accompaniment.period();
    if (period.isEmpty() || period.get().start().isAfter(today)) {
      return Optional.empty();
    }
    if (moduleBilling == ModuleBillingMoment.AT_END && accompaniment.isOpen()) {
      return Optional.empty();
    }
    return Optional.of(moduleQuantity(accompaniment));
  }

  /**
   * What the module of a started accompaniment costs in the end, in modules: one, or under
   * {@link EarlyTermination#PRORATA_BY_MONTH_STARTED} the months started out of the offer's months if it ended
   * (closed or succeeded) before its last day. Used to settle an accompaniment that ended.
   *
   * @param accompaniment a started accompaniment
   * @return the quantity of module it costs: one, or a fraction of the months started
   */
  public Quantity moduleQuantity(Accompaniment accompaniment) {
    Checks.required(accompaniment, "accompaniment");
    CarePeriod period = accompaniment.period().orElseThrow(() -> new RuleViolationException(
        ErrorCode.NOTHING_TO_BILL, "the accompaniment has not started"));
    int months = ((OfferDuration.Months) accompaniment.offer().duration()).count();
    Optional<LocalDate> end = accompaniment.endedOn();
    boolean early = end.isPresent() && period.lastDay().map(end.get()::isBefore).orElse(false);
    if (earlyTermination == EarlyTermination.FULL || !early) {
      return Quantity.of(1, QuantityUnit.MODULE);
    }
    int started = monthsStarted(period.start(), end.get(), months);
    return started == months ? Quantity.of(1, QuantityUnit.MODULE) : Quantity.fraction(started, months, QuantityUnit.MODULE);
  }

  /**
   * The months started from {@code start} to {@code end}, both included, at most {@code months}: month {@code k}
   * starts on {@code start.plusMonths(k - 1)} ({@code java.time} arithmetic: from 2023-08-31 the second month
   * starts on 2023-09-30).
   */
  static int monthsStarted(LocalDate start, LocalDate end, int months) {
    int started = 1;
    while (started < months && !start.plusMonths(started).isAfter(end)) {
      started++;
    }
    return started;
  }
}
