package org.liens.billing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.liens.access.Actor;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.BillingPlan;
import org.liens.billing.BillingPolicy;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.GroupWorkshopBilling;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceHistory;
import org.liens.billing.InvoiceId;
import org.liens.billing.Seller;
import org.liens.internal.Engine;
import org.liens.pricing.Money;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Invoicing (R3, R10; DESIGN §6), the façade of the billing use cases: {@link PreparingInvoices} drafts what the
 * {@link BillingPlan} says is due, {@link IssuingInvoices} issues drafts with gapless chronological numbers,
 * {@link Crediting} corrects issued invoices with credit notes and {@link Settling} credits what an ended
 * accompaniment was over-billed; each charges the funding agreement once. Each method is one transaction: a refused
 * call stores nothing and takes no number. Obtain it from {@code Liens#billing()}.
 *
 * <p>What is billed, and at which price, is the {@link BillingPlan}'s: a module at the price of the agreement place
 * or the tariff frozen on its first appointment, individual ARCS sessions at the frozen hourly tariff, group
 * workshops as quoted. Under a co-financed agreement, each funder receives its own invoice for its share (R10,
 * seed 003).
 */
public final class BillingService {
  private final Engine engine;
  private final BillingPolicy policy;
  private final PreparingInvoices preparing;
  private final IssuingInvoices issuing;
  private final Crediting crediting;
  private final Settling settling;

  /**
   * @param seller the organisation that issues the invoices; without one, preparing an invoice fails with
   *     {@link ErrorCode#MISSING_INVOICE_MENTION}
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   */
  public BillingService(Engine engine, BillingPolicy policy, Optional<Seller> seller) {
    this.engine = Checks.required(engine, "engine");
    this.policy = Checks.required(policy, "policy");
    this.preparing = new PreparingInvoices(engine, policy, Checks.optional(seller, "seller"));
    this.issuing = new IssuingInvoices(engine, policy.numbering());
    this.crediting = new Crediting(engine, policy.numbering());
    this.settling = new Settling(engine, policy, crediting);
  }

  /** {@return the billing policy in use} */
  public BillingPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- accompaniments

  /**
   * Prepares the draft invoices of what an accompaniment owes today: its module, or its individual ARCS sessions
   * not yet billed. One draft per funder (co-financing); review them, then {@link #issue} or {@link #discard}.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @return the drafts, one per funder with something to pay
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} for a cancelled accompaniment, one waiting
   *     for a place, or one without a price; {@link ErrorCode#NOTHING_TO_BILL} when nothing is due yet or it is
   *     already invoiced; {@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD} for a service performed outside the
   *     agreement's period; {@link ErrorCode#BUDGET_EXCEEDED} beyond the agreement's budget;
   *     {@link ErrorCode#MISSING_INVOICE_MENTION} without seller, client address or SIREN, or exemption mention
   * @throws NotFoundException if the accompaniment does not exist
   */
  public List<Invoice> prepare(Actor actor, AccompanimentId id) {
    return preparing.of(actor, Checks.required(id, "id"));
  }

  /**
   * Settles an accompaniment that ended early (R2) under {@link org.liens.billing.EarlyTermination#PRORATA_BY_MONTH_STARTED},
   * or that was cancelled after it was invoiced: what its invoices billed beyond what the policy says the module
   * costs (nothing, once cancelled) is credited, one credit note per invoice, in proportion to what remains of each
   * ({@link BillingPlan#overBilled}).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @param reason why, in free text (never logged)
   * @return the credit notes issued
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} if it is still open or nothing is owed
   *     back; {@link ErrorCode#NOT_BILLABLE} for an offer billed per session, or while a draft is pending
   */
  public List<CreditNote> settle(Actor actor, AccompanimentId id, String reason) {
    Checks.required(id, "id");
    return settling.settle(actor, id, Checks.notBlank(reason, "reason"));
  }

  // ---------------------------------------------------------------- workshop series

  /**
   * Prepares the draft invoice of a group workshop series (R3): the whole accepted quote once the first session
   * was held ({@link GroupWorkshopBilling#PER_ACCEPTED_QUOTE}), or each session held not yet billed
   * ({@link GroupWorkshopBilling#PER_SESSION_HELD}, travel with the first invoice).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} before the first session or when
   *     everything held is invoiced; {@link ErrorCode#MISSING_INVOICE_MENTION} as for accompaniments
   */
  public List<Invoice> prepare(Actor actor, WorkshopSeriesId id) {
    return preparing.of(actor, Checks.required(id, "id"));
  }

  // ---------------------------------------------------------------- issue, discard, credit

  /**
   * Issues a draft: it takes the next number of the invoice series for today's year (gapless, chronological)
   * and is charged to its funding agreement.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} if it is not a draft (issuing twice)
   * @throws RuleViolationException with {@link ErrorCode#BUDGET_EXCEEDED} beyond the agreement's budget,
   *     {@link ErrorCode#NON_CHRONOLOGICAL_NUMBERING} if today is before the series' last issue date; either way
   *     the number is given back
   */
  public Invoice issue(Actor actor, InvoiceId id) {
    return issuing.issue(actor, Checks.required(id, "id"));
  }

  /**
   * Throws a draft away (it never had a number).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} if it is not a draft
   */
  public Invoice discard(Actor actor, InvoiceId id) {
    return issuing.discard(actor, Checks.required(id, "id"));
  }

  /**
   * Issues a credit note of {@code amount} on an issued invoice (an error, a commercial gesture).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @param amount the amount
   * @param reason why, in free text (never logged)
   * @throws RuleViolationException with {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} for more than what remains
   * @throws IllegalTransitionException with {@link ErrorCode#ILLEGAL_TRANSITION} for an invoice not issued
   */
  public CreditNote credit(Actor actor, InvoiceId id, Money amount, String reason) {
    Checks.required(id, "id");
    Money.positive(amount, "amount");
    return crediting.credit(actor, id, amount, Checks.notBlank(reason, "reason"));
  }

  /**
   * Credits what remains of an issued invoice; the items it billed may then be billed again.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @param reason why, in free text (never logged)
   */
  public CreditNote creditInFull(Actor actor, InvoiceId id, String reason) {
    Checks.required(id, "id");
    return crediting.creditInFull(actor, id, Checks.notBlank(reason, "reason"));
  }

  // ---------------------------------------------------------------- queries

  /**
   * {@return the invoice with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @throws NotFoundException if there is none
   */
  public Invoice get(Actor actor, InvoiceId id) {
    return read(actor, id, "id", (repositories, key) -> repositories.invoices().get(key));
  }

  /**
   * {@return the credit note with this id}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the credit note
   * @throws NotFoundException if there is none
   */
  public CreditNote creditNote(Actor actor, CreditNoteId id) {
    return read(actor, id, "id", (repositories, key) -> repositories.creditNotes().get(key));
  }

  /**
   * {@return the invoices issued from {@code from} to {@code to}, both included, by number}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   */
  public List<Invoice> issuedBetween(Actor actor, LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    return read(actor, to, "to", (repositories, key) -> repositories.invoices().issuedBetween(from, key));
  }

  /**
   * {@return the credit notes issued from {@code from} to {@code to}, both included, by number}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   */
  public List<CreditNote> creditNotesIssuedBetween(Actor actor, LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    return read(actor, to, "to", (repositories, key) -> repositories.creditNotes().issuedBetween(from, key));
  }

  /**
   * {@return every invoice of an accompaniment, drafts and discarded ones included}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   */
  public List<Invoice> ofAccompaniment(Actor actor, AccompanimentId id) {
    return read(actor, id, "id", (repositories, key) -> repositories.invoices().ofAccompaniment(key));
  }

  /**
   * {@return every invoice under a funding agreement}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the funding agreement
   */
  public List<Invoice> ofAgreement(Actor actor, AgreementId id) {
    return read(actor, id, "id", (repositories, key) -> repositories.invoices().ofAgreement(key));
  }

  /**
   * {@return the credit notes of an invoice}
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   */
  public List<CreditNote> creditNotesOf(Actor actor, InvoiceId id) {
    return read(actor, id, "id", (repositories, key) -> repositories.creditNotes().ofInvoice(key));
  }

  /**
   * {@return whether an invoice still bills what it lists: a draft, or an issued invoice not credited in full
   * ({@link InvoiceHistory#stillBills})} Read inside a use case's transaction ({@code repositories}).
   */
  public static boolean stillBills(Repositories repositories, Invoice invoice) {
    return InvoiceHistory.of(invoice, repositories.creditNotes().ofInvoice(invoice.id())).stillBills(invoice);
  }

  /** Reads in one transaction what {@code query} says of {@code key}, which is required. */
  private <K, T> T read(Actor actor, K key, String name, BiFunction<Repositories, K, T> query) {
    Checks.required(key, name);
    return engine.read(actor, repositories -> query.apply(repositories, key));
  }
}
