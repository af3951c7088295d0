package org.liens.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.WorkshopSession;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.catalog.OfferDuration;
import org.liens.pricing.Money;
import org.liens.pricing.MoneySplit;
import org.liens.pricing.PricedLine;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.Tariff;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;
import org.liens.workshop.GroupSession;
import org.liens.workshop.Quote;
import org.liens.workshop.WorkshopSeries;

/**
 * What a subject owes, given the {@link BillingPolicy} and what was already billed ({@link InvoiceHistory}): pure
 * functions, no storage (R2, R3, R9, R10).
 * <ul>
 *   <li>a <b>module</b> (MIP, MADI, MAPA): the price of the agreement place the accompaniment holds, else the
 *       tariff frozen on its first appointment; when and how much per {@link BillingPolicy#moduleDue}; billed once
 *       (again only if every invoice of it was discarded or credited in full);
 *   <li><b>individual ARCS</b> sessions: each session held and not yet billed, at the frozen hourly tariff, its
 *       minutes counted by {@link BillingPolicy#sessionTime()};
 *   <li><b>group workshops</b>: as quoted, per {@link BillingPolicy#groupWorkshops()};
 *   <li><b>over-billed</b>: once an accompaniment ended (early, R2) or was cancelled, what its issued invoices
 *       billed beyond what the module costs (nothing, once cancelled), split over them in proportion to what
 *       remains of each.
 * </ul>
 *
 * @param policy the billing policy
 * @param history the subject's invoices and credit notes
 */
public record BillingPlan(BillingPolicy policy, InvoiceHistory history) {
  /**
   * Checks the components: {@code policy} and {@code history} required.
   *
   * @param policy the billing policy
   * @param history the subject's invoices and credit notes
   */
  public BillingPlan {
    Checks.required(policy, "policy");
    Checks.required(history, "history");
  }

  /** An amount to credit on an issued invoice. */
  public record Credit(Invoice invoice, Money amount) {}

  /**
   * {@return what an accompaniment owes on {@code today}: its module, or its individual ARCS sessions not yet
   * billed}
   *
   * @param accompaniment the accompaniment, as stored, under no funding agreement
   * @param today the current date, from the clock
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} for a cancelled accompaniment, or one
   *     without a price; {@link ErrorCode#NOTHING_TO_BILL} when nothing is due yet or it is already invoiced
   */
  public List<BillableLine> dueFor(Accompaniment accompaniment, LocalDate today) {
    return dueFor(accompaniment, Optional.empty(), today);
  }

  /**
   * {@return what an accompaniment under a funding agreement owes on {@code today}: its module at the price of its
   * place, or its individual ARCS sessions not yet billed}
   *
   * @param accompaniment the accompaniment, as stored
   * @param agreement its funding agreement: it must hold a place of it
   * @param today the current date, from the clock
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} for a cancelled accompaniment, one waiting
   *     for a place or without one, or one without a price; {@link ErrorCode#NOTHING_TO_BILL} when nothing is due
   *     yet or it is already invoiced
   */
  public List<BillableLine> dueFor(Accompaniment accompaniment, FundingAgreement agreement, LocalDate today) {
    return dueFor(accompaniment, Optional.of(Checks.required(agreement, "agreement")), today);
  }

  private List<BillableLine> dueFor(Accompaniment accompaniment, Optional<FundingAgreement> agreement, LocalDate today) {
    if (accompaniment.status() == AccompanimentStatus.CANCELLED) {
      throw notBillable("a cancelled accompaniment is never invoiced");
    }
    Optional<Place> place = agreement.map(a -> a.billablePlace(accompaniment.id()));
    return accompaniment.offer().duration() instanceof OfferDuration.Months months
        ? List.of(module(accompaniment, months.count(), place, today))
        : sessions(accompaniment);
  }

  private BillableLine module(Accompaniment accompaniment, int months, Optional<Place> place, LocalDate today) {
    Optional<Invoice> live = history.firstLive();
    if (live.isPresent()) {
      throw nothing("the module is already invoiced"
          + live.get().number().map(n -> " (" + n + ")").orElse(" (draft " + live.get().id() + ")"));
    }
    Quantity quantity = policy.moduleDue(accompaniment, today)
        .orElseThrow(() -> nothing("nothing is due yet under " + policy.moduleBilling()));
    Money price = modulePrice(accompaniment, place);
    var vat = place.map(Place::vat).orElseGet(() -> frozenTariff(accompaniment).vat());
    LocalDate start = accompaniment.period().orElseThrow().start();
    return new BillableLine(LineKind.MODULE, LineTexts.module(accompaniment, months, start, quantity),
        accompaniment.offer().code(), Optional.empty(), start, quantity, price, vat);
  }

  private List<BillableLine> sessions(Accompaniment accompaniment) {
    Tariff tariff = frozenTariff(accompaniment);
    Set<UUID> billed = history.billedItems();
    List<BillableLine> lines = new ArrayList<>();
    for (var contact : accompaniment.contacts(ContactKind.WORKSHOP_SESSION)) {
      WorkshopSession session = (WorkshopSession) contact;
      if (session.status().held() && !billed.contains(session.id().value())) { // only held sessions bill (issue 14)
        long held = session.length().toMinutes();
        long minutes = policy.sessionTime().billable(session.length()).toMinutes();
        lines.add(new BillableLine(LineKind.INDIVIDUAL_SESSION,
            LineTexts.individualSession(accompaniment, session, held, minutes), accompaniment.offer().code(),
            Optional.of(session.id().value()), session.date(), Quantity.fraction(minutes, 60, QuantityUnit.HOUR),
            tariff.price(), tariff.vat()));
      }
    }
    if (lines.isEmpty()) {
      throw nothing("every session held is already invoiced");
    }
    return lines;
  }

  /**
   * {@return what a group workshop series owes (R3): the whole accepted {@code quote} once the first session was
   * held, one child at least attending ({@link GroupWorkshopBilling#PER_ACCEPTED_QUOTE}), or each session held not
   * yet billed ({@link GroupWorkshopBilling#PER_SESSION_HELD}, travel with the first invoice); a session nobody
   * attended was not held and is never billed}
   *
   * @param series the workshop series, with its sessions held
   * @param quote its accepted quote
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} before the first session or when
   *     everything held is invoiced
   */
  public List<BillableLine> dueFor(WorkshopSeries series, Quote quote) {
    LocalDate first = series.firstSession().orElseThrow(() -> nothing("the series has held no session yet"));
    List<BillableLine> lines = new ArrayList<>();
    if (policy.groupWorkshops() == GroupWorkshopBilling.PER_ACCEPTED_QUOTE) {
      if (history.firstLive().isPresent()) {
        throw nothing("the quote is already invoiced");
      }
      List<PricedLine> quoted = quote.lines();
      lines.add(groupLine(LineKind.GROUP_WORKSHOP, quoted.get(0), series, Optional.empty(), first));
      quoted.stream().skip(1).forEach(t -> lines.add(groupLine(LineKind.TRAVEL, t, series, Optional.empty(), first)));
      return lines;
    }
    Set<UUID> billed = history.billedItems();
    for (GroupSession session : series.heldSessions()) { // a session nobody attended was not held: not billed
      if (!billed.contains(session.id())) {
        lines.add(groupLine(LineKind.GROUP_SESSION, new PricedLine(LineTexts.groupSession(series, session),
                Quantity.of(1, QuantityUnit.GROUP_SESSION), series.groupSessionPrice()),
            series, Optional.of(session.id()), session.date()));
      }
    }
    if (!lines.isEmpty() && !history.bills(LineKind.TRAVEL)) {
      series.travel().line().ifPresent(t -> lines.add(groupLine(LineKind.TRAVEL, t, series, Optional.empty(), first)));
    }
    if (lines.isEmpty()) {
      throw nothing("every session held is already invoiced");
    }
    return lines;
  }

  private static BillableLine groupLine(
      LineKind kind, PricedLine line, WorkshopSeries series, Optional<UUID> item, LocalDate performedOn) {
    return new BillableLine(kind, line.description(), series.offer(), item, performedOn, line.quantity(),
        line.unitPrice(), series.vat());
  }

  /**
   * What an accompaniment that ended (early, R2, under {@link EarlyTermination#PRORATA_BY_MONTH_STARTED}) or was
   * cancelled after it was invoiced was billed too much: its issued invoices' remaining total less what the policy
   * says the module costs (nothing, once cancelled), split over the invoices in proportion to what remains of each.
   *
   * @param accompaniment the accompaniment, as stored, under no funding agreement
   * @return one credit per invoice with something to give back, in the order of the invoices
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} if it is still open or nothing is owed
   *     back; {@link ErrorCode#NOT_BILLABLE} for an offer billed per session, or while a draft is pending
   */
  public List<Credit> overBilled(Accompaniment accompaniment) {
    return overBilled(accompaniment, Optional.empty());
  }

  /**
   * As {@link #overBilled(Accompaniment)}, for an accompaniment under a funding agreement.
   *
   * @param accompaniment the accompaniment, as stored
   * @param agreement its funding agreement: the place it holds prices the module
   * @return one credit per invoice with something to give back, in the order of the invoices
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} if it is still open or nothing is owed
   *     back; {@link ErrorCode#NOT_BILLABLE} for an offer billed per session, or while a draft is pending
   */
  public List<Credit> overBilled(Accompaniment accompaniment, FundingAgreement agreement) {
    return overBilled(accompaniment, Optional.of(Checks.required(agreement, "agreement")));
  }

  private List<Credit> overBilled(Accompaniment accompaniment, Optional<FundingAgreement> agreement) {
    if (!(accompaniment.offer().duration() instanceof OfferDuration.Months)) {
      throw notBillable(accompaniment.offer().code() + " is billed per session: credit an invoice instead");
    }
    if (accompaniment.isOpen()) {
      throw nothing("the accompaniment is still open");
    }
    if (history.hasDraft()) {
      throw notBillable("a draft invoice is pending: issue or discard it first");
    }
    List<Invoice> issued = history.issued();
    List<Money> remaining = issued.stream().map(history::remaining).toList();
    Money billed = Money.sum(remaining);
    Money due = Money.ZERO;
    // a cancelled accompaniment is never billed: whatever was invoiced before the cancellation is credited
    if (accompaniment.status() != AccompanimentStatus.CANCELLED && accompaniment.period().isPresent()
        && !billed.isZero()) {
      Money price = modulePrice(accompaniment, agreement.flatMap(a -> a.placeOf(accompaniment.id())));
      due = policy.moduleQuantity(accompaniment).priceOf(price);
    }
    Money excess = billed.minus(due);
    if (!excess.isPositive()) {
      throw nothing("nothing to credit: " + billed + " billed, " + due + " due");
    }
    List<Money> parts = MoneySplit.byAmounts(excess, remaining);
    List<Credit> credits = new ArrayList<>();
    for (int i = 0; i < issued.size(); i++) {
      if (parts.get(i).isPositive()) {
        credits.add(new Credit(issued.get(i), parts.get(i)));
      }
    }
    return List.copyOf(credits);
  }

  /** The price of one module (R3, R10): the agreement place's if it holds one, else the tariff frozen on it. */
  private static Money modulePrice(Accompaniment accompaniment, Optional<Place> place) {
    return place.map(Place::price).orElseGet(() -> frozenTariff(accompaniment).price());
  }

  private static Tariff frozenTariff(Accompaniment accompaniment) {
    if (accompaniment.period().isEmpty()) {
      throw nothing("the accompaniment has not started: nothing is due before its first appointment");
    }
    return accompaniment.tariff().orElseThrow(() -> notBillable("no tariff was frozen on the accompaniment "
        + "(started without a tariff book pricing " + accompaniment.offer().code() + ")"));
  }

  private static RuleViolationException notBillable(String message) {
    return new RuleViolationException(ErrorCode.NOT_BILLABLE, message);
  }

  private static RuleViolationException nothing(String message) {
    return new RuleViolationException(ErrorCode.NOTHING_TO_BILL, message);
  }
}
