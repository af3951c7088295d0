package org.liens.billing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.liens.access.AccessTarget;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Scope;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.BillingPlan;
import org.liens.billing.BillingPolicy;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.GroupWorkshopBilling;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceHistory;
import org.liens.billing.InvoiceId;
import org.liens.billing.Seller;
import org.liens.internal.Engine;
import org.liens.internal.Gate;
import org.liens.internal.Targets;
import org.liens.pricing.Money;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.IntegrityViolationException;
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
   * Not API: obtain it from {@code Liens}. A billing service without seller: preparing an invoice fails with
   * {@link ErrorCode#MISSING_INVOICE_MENTION} naming the seller.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param policy what is billed, when, and how documents are numbered and dated
   */
  public BillingService(Engine engine, BillingPolicy policy) {
    this(engine, policy, Optional.empty());
  }

  /**
   * Not API: obtain it from {@code Liens}.
   *
   * @param engine the storage, clock, catalogue and listeners assembled by {@code Liens}
   * @param policy what is billed, when, and how documents are numbered and dated
   * @param seller the organisation that issues the invoices
   */
  public BillingService(Engine engine, BillingPolicy policy, Seller seller) {
    this(engine, policy, Optional.of(Checks.required(seller, "seller")));
  }

  private BillingService(Engine engine, BillingPolicy policy, Optional<Seller> seller) {
    this.engine = Checks.required(engine, "engine");
    this.policy = Checks.required(policy, "policy");
    this.preparing = new PreparingInvoices(engine, policy, seller);
    this.issuing = new IssuingInvoices(engine, policy.numbering(), policy.issueDates());
    this.crediting = new Crediting(engine, policy.numbering(), policy.issueDates());
    this.settling = new Settling(engine, policy, crediting);
  }

  /** {@return the billing policy in use} */
  public BillingPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- accompaniments

  /**
   * Prepares the draft invoices of what an accompaniment owes today: its module, or its individual ARCS sessions
   * not yet billed. One draft per funder (co-financing); review them, then {@link #issue} or {@link #discard}. While
   * drafts of the accompaniment wait, preparing again returns them and drafts nothing (a repeated call after an
   * {@code OUTCOME_UNKNOWN} never drafts twice); what became due since is drafted once they are issued or discarded.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment to bill
   * @return the drafts, one per funder with something to pay
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} for a cancelled accompaniment, one waiting
   *     for a place, or one without a price; {@link ErrorCode#NOTHING_TO_BILL} when nothing is due yet or it is
   *     already invoiced; {@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD} for a service performed outside the
   *     agreement's period; {@link ErrorCode#BUDGET_EXCEEDED} beyond the agreement's budget;
   *     {@link ErrorCode#MISSING_INVOICE_MENTION} (a {@link org.liens.billing.MissingInvoiceDataException} naming
   *     what is missing) without seller, funder address or SIREN, or VAT exemption mention
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
   * @param id the ended accompaniment
   * @param reason why, printed on each credit note (free text, never logged)
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
   * ({@link GroupWorkshopBilling#PER_SESSION_HELD}, travel with the first invoice). While a draft of the series
   * waits, preparing again returns it and drafts nothing.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the workshop series to bill
   * @return the draft, or the draft already waiting; a list so that both prepare methods read alike
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} before the first session or when
   *     everything held is invoiced; {@link ErrorCode#MISSING_INVOICE_MENTION} as for accompaniments
   */
  public List<Invoice> prepare(Actor actor, WorkshopSeriesId id) {
    return preparing.of(actor, Checks.required(id, "id"));
  }

  // ---------------------------------------------------------------- issue, discard, credit

  /**
   * Issues a draft: it takes the next number of the invoice series for today's year (gapless, chronological)
   * and is charged to its funding agreement. "Today" is read once, after the series is locked, and dates the
   * number, the series and the invoice; a clock behind the series' last issue date is handled by the
   * {@link org.liens.billing.IssueDatePolicy}. Issuing an invoice already issued returns it unchanged and takes no
   * number (a repeated call after an {@code OUTCOME_UNKNOWN}).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the draft to issue
   * @return the issued invoice, with its number, issue date and due date
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} if it was discarded
   * @throws RuleViolationException with {@link ErrorCode#BUDGET_EXCEEDED} beyond the agreement's budget,
   *     {@link ErrorCode#CLOCK_BEHIND_SERIES} if today is behind the series' last issue date (or the draft's)
   *     beyond the policy's tolerance; either way the number is given back
   */
  public Invoice issue(Actor actor, InvoiceId id) {
    return issuing.issue(actor, Checks.required(id, "id"));
  }

  /**
   * Issues every draft of a billing subject together, in one transaction: the invoices of a co-financed module
   * (one per funder) take consecutive numbers, and each funding agreement is charged all of them and saved once
   * (not once per invoice). Numbers, amounts and events are those of issuing each draft with {@link #issue}, in the
   * order they were prepared.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param subject the accompaniment or workshop series whose drafts are issued
   * @return the issued invoices, by number
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} if the subject has no draft;
   *     {@link ErrorCode#BUDGET_EXCEEDED} or {@link ErrorCode#CLOCK_BEHIND_SERIES} as {@link #issue}, and
   *     then none is issued
   */
  public List<Invoice> issueAll(Actor actor, BillingSubject subject) {
    return issuing.issueAll(actor, Checks.required(subject, "subject"));
  }

  /**
   * Throws a draft away (it never had a number).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the draft to throw away
   * @return the discarded draft, kept for the record
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} if it is not a draft
   */
  public Invoice discard(Actor actor, InvoiceId id) {
    return issuing.discard(actor, Checks.required(id, "id"));
  }

  /**
   * Issues a credit note of {@code amount} on an issued invoice (an error, a commercial gesture).
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the issued invoice
   * @param amount the amount credited, tax included, positive, at most what remains of the invoice
   * @param reason why, in free text (never logged)
   * @return the credit note issued, with its number
   * @throws RuleViolationException with {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} for more than what remains
   * @throws IllegalTransitionException with {@link ErrorCode#ILLEGAL_TRANSITION} for an invoice not issued
   */
  public CreditNote credit(Actor actor, InvoiceId id, Money amount, String reason) {
    Checks.required(id, "id");
    Money.positive(amount, "amount");
    return crediting.credit(actor, id, Optional.empty(), amount, Checks.notBlank(reason, "reason"));
  }

  /**
   * Issues a credit note of {@code amount} on an issued invoice under a credit note id of the caller's choice, so
   * that the call can be repeated safely after an {@code OUTCOME_UNKNOWN}: if this very credit note (same invoice,
   * amount and reason) is already issued, it is returned as stored and nothing is credited twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @param noteId the credit note's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param amount the amount credited, tax included
   * @param reason why, in free text (never logged)
   * @return the credit note as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another credit note
   * @throws RuleViolationException with {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} for more than what remains
   */
  public CreditNote credit(Actor actor, InvoiceId id, CreditNoteId noteId, Money amount, String reason) {
    Checks.required(id, "id");
    Checks.required(noteId, "noteId");
    Money.positive(amount, "amount");
    return crediting.credit(actor, id, Optional.of(noteId), amount, Checks.notBlank(reason, "reason"));
  }

  /**
   * Credits what remains of an issued invoice; the items it billed may then be billed again.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the issued invoice
   * @param reason why, in free text (never logged)
   * @return the credit note issued for what remained
   */
  public CreditNote creditInFull(Actor actor, InvoiceId id, String reason) {
    Checks.required(id, "id");
    return crediting.creditInFull(actor, id, Optional.empty(), Checks.notBlank(reason, "reason"));
  }

  /**
   * Credits what remains of an issued invoice under a credit note id of the caller's choice: if this very credit
   * note (same invoice and reason) is already issued, it is returned as stored and nothing is credited twice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @param noteId the credit note's id, chosen by the caller (a UUID it keeps until the call succeeds)
   * @param reason why, in free text (never logged)
   * @return the credit note as stored
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} if the id names another credit note
   */
  public CreditNote creditInFull(Actor actor, InvoiceId id, CreditNoteId noteId, String reason) {
    Checks.required(id, "id");
    Checks.required(noteId, "noteId");
    return crediting.creditInFull(actor, id, Optional.of(noteId), Checks.notBlank(reason, "reason"));
  }

  // ---------------------------------------------------------------- queries

  /**
   * The invoice with this id.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @return the invoice, in whatever state it is
   * @throws NotFoundException if there is none
   */
  public Invoice get(Actor actor, InvoiceId id) {
    return read(actor, Operation.INVOICE_READ, id, "id",
        (gate, repositories, key) -> gate.check(repositories.invoices().get(key), Targets::of));
  }

  /**
   * The credit note with this id.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the credit note
   * @return the credit note
   * @throws NotFoundException if there is none
   */
  public CreditNote creditNote(Actor actor, CreditNoteId id) {
    return read(actor, Operation.CREDIT_NOTE_READ, id, "id",
        (gate, repositories, key) -> gate.check(repositories.creditNotes().get(key), Targets::of));
  }

  /**
   * The invoices issued from {@code from} to {@code to}, both included, by number.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param from the first issue date included
   * @param to the last issue date included
   * @return those invoices, by number; empty if none
   */
  public List<Invoice> issuedBetween(Actor actor, LocalDate from, LocalDate to) {
    Checks.date(from, "from");
    Checks.date(to, "to");
    return read(actor, Operation.BILLING_LEDGER, to, "to", (gate, repositories, key) ->
        ledger(gate, () -> repositories.invoices().issuedBetween(from, key)));
  }

  /**
   * The credit notes issued from {@code from} to {@code to}, both included, by number.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param from the first issue date included
   * @param to the last issue date included
   * @return those credit notes, by number; empty if none
   */
  public List<CreditNote> creditNotesIssuedBetween(Actor actor, LocalDate from, LocalDate to) {
    Checks.date(from, "from");
    Checks.date(to, "to");
    return read(actor, Operation.BILLING_LEDGER, to, "to", (gate, repositories, key) ->
        ledger(gate, () -> repositories.creditNotes().issuedBetween(from, key)));
  }

  /**
   * Every invoice of an accompaniment, drafts and discarded ones included.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the accompaniment
   * @return its invoices; empty if it was never billed
   */
  public List<Invoice> ofAccompaniment(Actor actor, AccompanimentId id) {
    return read(actor, Operation.BILLING_LEDGER, id, "id", (gate, repositories, key) ->
        ledger(gate, () -> repositories.invoices().ofAccompaniment(key)));
  }

  /**
   * Every invoice under a funding agreement.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the funding agreement
   * @return its invoices; empty if none was charged to it
   */
  public List<Invoice> ofAgreement(Actor actor, AgreementId id) {
    return read(actor, Operation.INVOICE_READ, id, "id", (gate, repositories, key) -> {
      gate.check(repositories.fundingAgreements().get(key), Targets::of);
      return gate.filter(repositories.invoices().ofAgreement(key), Targets::of);
    });
  }

  /**
   * The credit notes of an invoice.
   *
   * @param actor who acts; what they may see and do follows from their role and organisation
   * @param id the invoice
   * @return its credit notes; empty if it was never credited
   */
  public List<CreditNote> creditNotesOf(Actor actor, InvoiceId id) {
    return read(actor, Operation.CREDIT_NOTE_READ, id, "id", (gate, repositories, key) -> {
      gate.check(repositories.invoices().get(key), Targets::of);
      return gate.filter(repositories.creditNotes().ofInvoice(key), Targets::of);
    });
  }

  /**
   * The invoices of {@code subject} and their credit notes, in two queries at most (none for the credit notes of a
   * subject never invoiced). Read inside a use case's transaction ({@code repositories}); not API.
   *
   * @param repositories the repositories of the current transaction
   * @param subject the accompaniment or workshop series
   * @return its invoices and their credit notes
   */
  public static InvoiceHistory historyOf(Repositories repositories, BillingSubject subject) {
    List<Invoice> invoices = subject instanceof BillingSubject.OfAccompaniment a
        ? repositories.invoices().ofAccompaniment(a.accompaniment())
        : repositories.invoices().ofWorkshopSeries(((BillingSubject.OfWorkshopSeries) subject).series());
    return new InvoiceHistory(invoices, invoices.isEmpty() ? List.of() : repositories.creditNotes().ofSubject(subject));
  }

  /** Reads in one transaction, once the policy allows it, what {@code query} says of {@code key}, which is required. */
  private <K, T> T read(Actor actor, Operation operation, K key, String name, Query<K, T> query) {
    Checks.required(key, name);
    return engine.read(actor, operation, (gate, repositories) -> query.apply(gate, repositories, key));
  }

  /** The whole ledger is read in the scope {@link Scope#ALL} only: a restricted actor is refused, not filtered. */
  private static <T> List<T> ledger(Gate gate, Supplier<List<T>> documents) {
    gate.check(AccessTarget.NONE);
    return documents.get();
  }

  @FunctionalInterface
  private interface Query<K, T> {
    T apply(Gate gate, Repositories repositories, K key);
  }
}
