package org.liens.billing.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.WorkshopSession;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillableLine;
import org.liens.billing.BillingPolicy;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.GroupWorkshopBilling;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceLine;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.LineKind;
import org.liens.billing.NumberSeries;
import org.liens.billing.Party;
import org.liens.billing.Payer;
import org.liens.billing.Seller;
import org.liens.catalog.OfferDuration;
import org.liens.internal.Engine;
import org.liens.internal.UnitOfWork;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.MoneySplit;
import org.liens.pricing.PricedLine;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatRegime;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.NotFoundException;
import org.liens.shared.RuleViolationException;
import org.liens.storage.Repositories;
import org.liens.workshop.GroupSession;
import org.liens.workshop.Quote;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Invoicing (R3, R10; DESIGN §6): prepares draft invoices from what the {@link BillingPolicy} says is due,
 * issues them with gapless chronological numbers, corrects them with credit notes, and charges funding
 * agreements. Each method is one transaction: a refused call stores nothing and takes no number. Obtain it from
 * {@code Liens#billing()}.
 *
 * <p>What is billed, and at which price:
 * <ul>
 *   <li>a <b>module</b> (MIP, MADI, MAPA): the price of the agreement place if the accompaniment holds one, else
 *       the tariff frozen on its first appointment; when and how much per {@link BillingPolicy#moduleDue};
 *       billed once (again only if every invoice of it was discarded or credited in full);
 *   <li><b>individual ARCS</b> sessions: each session held and not yet billed, at the frozen hourly tariff, its
 *       minutes counted by {@link BillingPolicy#sessionTime()};
 *   <li><b>group workshops</b>: as quoted, per {@link BillingPolicy#groupWorkshops()}.
 * </ul>
 * Under a co-financed agreement, each funder receives its own invoice for its share (R10, seed 003).
 */
public final class BillingService {
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Engine engine;
  private final BillingPolicy policy;
  private final Optional<Seller> seller;

  /**
   * @param seller the organisation that issues the invoices; without one, preparing an invoice fails with
   *     {@link ErrorCode#MISSING_INVOICE_MENTION}
   */
  public BillingService(Engine engine, BillingPolicy policy, Optional<Seller> seller) {
    this.engine = Checks.required(engine, "engine");
    this.policy = Checks.required(policy, "policy");
    this.seller = Checks.optional(seller, "seller");
  }

  /** The billing policy in use. */
  public BillingPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- accompaniments

  /**
   * Prepares the draft invoices of what an accompaniment owes today: its module, or its individual ARCS sessions
   * not yet billed. One draft per funder (co-financing); review them, then {@link #issue} or {@link #discard}.
   *
   * @return the drafts, one per funder with something to pay
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} for a cancelled accompaniment, one waiting
   *     for a place, or one without a price; {@link ErrorCode#NOTHING_TO_BILL} when nothing is due yet or it is
   *     already invoiced; {@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD} for a service performed outside the
   *     agreement's period; {@link ErrorCode#BUDGET_EXCEEDED} beyond the agreement's budget;
   *     {@link ErrorCode#MISSING_INVOICE_MENTION} without seller, client address or SIREN, or exemption mention
   * @throws NotFoundException if the accompaniment does not exist
   */
  public List<Invoice> prepare(Actor actor, AccompanimentId id) {
    Checks.required(id, "id");
    return engine.write(actor, work -> {
      Repositories repositories = work.repositories();
      Seller issuer = requireSeller();
      repositories.accompaniments().lock(id); // two concurrent prepares must not both find nothing billed yet
      Accompaniment accompaniment = repositories.accompaniments().get(id);
      if (accompaniment.status() == AccompanimentStatus.CANCELLED) {
        throw notBillable("a cancelled accompaniment is never invoiced");
      }
      Optional<FundingAgreement> agreement = accompaniment.agreement().map(repositories.fundingAgreements()::get);
      Optional<Place> place = agreement.map(a -> a.placeOf(id).orElseThrow(() -> notBillable(
          a.isWaitlisted(id) ? "the accompaniment waits for a place of agreement " + a.reference()
              : "the accompaniment holds no place of agreement " + a.reference())));
      List<Invoice> existing = repositories.invoices().ofAccompaniment(id);
      List<BillableLine> lines = accompaniment.offer().duration() instanceof OfferDuration.Months
          ? List.of(moduleLine(repositories, accompaniment, place, existing, work.today()))
          : sessionLines(repositories, accompaniment, existing);
      List<Payer> payers = agreement.map(a -> payers(repositories, a.funders()))
          .orElseGet(() -> payers(repositories, List.of(FunderShare.whole(accompaniment.funder()))));
      return saveDrafts(work, BillingSubject.of(id), lines, payers, issuer, agreement);
    });
  }

  private BillableLine moduleLine(
      Repositories repositories, Accompaniment accompaniment, Optional<Place> place, List<Invoice> existing,
      LocalDate today) {
    Optional<Invoice> live = existing.stream().filter(i -> stillBills(repositories, i)).findFirst();
    if (live.isPresent()) {
      throw nothing("the module is already invoiced"
          + live.get().number().map(n -> " (" + n + ")").orElse(" (draft " + live.get().id() + ")"));
    }
    Quantity quantity = policy.moduleDue(accompaniment, today)
        .orElseThrow(() -> nothing("nothing is due yet under " + policy.moduleBilling()));
    Money price = place.map(Place::price).orElseGet(() -> frozenTariff(accompaniment).price());
    VatRegime vat = place.map(Place::vat).orElseGet(() -> frozenTariff(accompaniment).vat());
    LocalDate start = accompaniment.period().orElseThrow().start();
    int months = ((OfferDuration.Months) accompaniment.offer().duration()).count();
    String description = accompaniment.offer().name().fr() + " (" + accompaniment.offer().code() + ") : accompagnement de "
        + months + " mois à compter du " + FRENCH_DATE.format(start)
        + (quantity.denominator() > 1 ? ", terminé le " + FRENCH_DATE.format(accompaniment.endedOn().orElseThrow())
            + " : " + quantity.numerator() + " mois commencés sur " + months : "")
        + " ; dossier " + accompaniment.id();
    return new BillableLine(LineKind.MODULE, description, accompaniment.offer().code(), Optional.empty(), start,
        quantity, price, vat);
  }

  private List<BillableLine> sessionLines(Repositories repositories, Accompaniment accompaniment, List<Invoice> existing) {
    Tariff tariff = frozenTariff(accompaniment);
    Set<UUID> billed = billedItems(repositories, existing);
    List<BillableLine> lines = new ArrayList<>();
    for (var contact : accompaniment.contacts(ContactKind.WORKSHOP_SESSION)) {
      WorkshopSession session = (WorkshopSession) contact;
      if (billed.contains(session.id().value())) {
        continue;
      }
      long held = session.length().toMinutes();
      long minutes = policy.sessionTime().billable(session.length()).toMinutes();
      lines.add(new BillableLine(LineKind.INDIVIDUAL_SESSION,
          "Atelier individuel de remise en confiance scolaire du " + FRENCH_DATE.format(session.date())
              + " (" + held + " min" + (minutes != held ? ", " + minutes + " min facturées" : "") + ") ; dossier "
              + accompaniment.id(),
          accompaniment.offer().code(), Optional.of(session.id().value()), session.date(),
          Quantity.fraction(minutes, 60, QuantityUnit.HOUR), tariff.price(), tariff.vat()));
    }
    if (lines.isEmpty()) {
      throw nothing("every session held is already invoiced");
    }
    return lines;
  }

  private static Tariff frozenTariff(Accompaniment accompaniment) {
    if (accompaniment.period().isEmpty()) {
      throw nothing("the accompaniment has not started: nothing is due before its first appointment");
    }
    return accompaniment.tariff().orElseThrow(() -> notBillable(
        "no tariff was frozen on the accompaniment (started without a tariff book pricing " + accompaniment.offer().code() + ")"));
  }

  /**
   * Settles an accompaniment that ended early (R2) under {@link org.liens.billing.EarlyTermination#PRORATA_BY_MONTH_STARTED},
   * or that was cancelled after it was invoiced: what its invoices billed beyond what the policy says the module
   * costs (nothing, once cancelled) is credited, one credit note per invoice, in proportion to what remains of each.
   *
   * @return the credit notes issued
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} if it is still open or nothing is owed
   *     back; {@link ErrorCode#NOT_BILLABLE} for an offer billed per session, or while a draft is pending
   */
  public List<CreditNote> settle(Actor actor, AccompanimentId id, String reason) {
    Checks.required(id, "id");
    String why = Checks.notBlank(reason, "reason");
    return engine.write(actor, work -> {
      Repositories repositories = work.repositories();
      repositories.accompaniments().lock(id);
      Accompaniment accompaniment = repositories.accompaniments().get(id);
      if (!(accompaniment.offer().duration() instanceof OfferDuration.Months)) {
        throw notBillable(accompaniment.offer().code() + " is billed per session: credit an invoice instead");
      }
      if (accompaniment.isOpen()) {
        throw nothing("the accompaniment is still open");
      }
      List<Invoice> invoices = repositories.invoices().ofAccompaniment(id);
      if (invoices.stream().anyMatch(i -> i.status() == InvoiceStatus.DRAFT)) {
        throw notBillable("a draft invoice is pending: issue or discard it first");
      }
      List<Invoice> issued = invoices.stream().filter(i -> i.status() == InvoiceStatus.ISSUED).toList();
      List<Money> remaining = issued.stream().map(i -> i.total().minus(credited(repositories, i))).toList();
      Money billed = Money.sum(remaining);
      Money due = Money.ZERO;
      // a cancelled accompaniment is never billed: whatever was invoiced before the cancellation is credited
      if (accompaniment.status() != AccompanimentStatus.CANCELLED && accompaniment.period().isPresent()
          && !billed.isZero()) {
        Money price = accompaniment.agreement()
            .flatMap(a -> repositories.fundingAgreements().get(a).places().stream()
                .filter(p -> p.accompaniment().equals(id)).findFirst().map(Place::price))
            .orElseGet(() -> frozenTariff(accompaniment).price());
        due = policy.moduleQuantity(accompaniment).priceOf(price);
      }
      Money excess = billed.minus(due);
      if (!excess.isPositive()) {
        throw nothing("nothing to credit: " + billed + " billed, " + due + " due");
      }
      List<Money> parts = MoneySplit.byAmounts(excess, remaining);
      List<CreditNote> notes = new ArrayList<>();
      for (int i = 0; i < issued.size(); i++) {
        if (parts.get(i).isPositive()) {
          notes.add(issueCreditNote(work, issued.get(i), parts.get(i), why));
        }
      }
      return List.copyOf(notes);
    });
  }

  // ---------------------------------------------------------------- workshop series

  /**
   * Prepares the draft invoice of a group workshop series (R3): the whole accepted quote once the first session
   * was held ({@link GroupWorkshopBilling#PER_ACCEPTED_QUOTE}), or each session held not yet billed
   * ({@link GroupWorkshopBilling#PER_SESSION_HELD}, travel with the first invoice).
   *
   * @throws RuleViolationException with {@link ErrorCode#NOTHING_TO_BILL} before the first session or when
   *     everything held is invoiced; {@link ErrorCode#MISSING_INVOICE_MENTION} as for accompaniments
   */
  public List<Invoice> prepare(Actor actor, WorkshopSeriesId id) {
    Checks.required(id, "id");
    return engine.write(actor, work -> {
      Repositories repositories = work.repositories();
      Seller issuer = requireSeller();
      repositories.workshopSeries().lock(id);
      WorkshopSeries series = repositories.workshopSeries().get(id);
      Quote quote = repositories.quotes().get(series.quote());
      List<Invoice> existing = repositories.invoices().ofWorkshopSeries(id);
      LocalDate first = series.firstSession().orElseThrow(() -> nothing("the series has held no session yet"));
      List<BillableLine> lines = new ArrayList<>();
      boolean anyLive = existing.stream().anyMatch(i -> stillBills(repositories, i));
      if (policy.groupWorkshops() == GroupWorkshopBilling.PER_ACCEPTED_QUOTE) {
        if (anyLive) {
          throw nothing("the quote is already invoiced");
        }
        List<PricedLine> quoted = quote.lines();
        lines.add(groupLine(LineKind.GROUP_WORKSHOP, quoted.get(0), series, Optional.empty(), first));
        quoted.stream().skip(1).forEach(t -> lines.add(groupLine(LineKind.TRAVEL, t, series, Optional.empty(), first)));
      } else {
        Set<UUID> billed = billedItems(repositories, existing);
        for (GroupSession session : series.sessions()) {
          if (!billed.contains(session.id())) {
            lines.add(groupLine(LineKind.GROUP_SESSION, new PricedLine(
                    "Séance de groupe " + session.group() + " de remise en confiance scolaire du "
                        + FRENCH_DATE.format(session.date()) + " (" + series.sessionLength().toMinutes() + " min)",
                    Quantity.of(1, QuantityUnit.GROUP_SESSION), series.groupSessionPrice()),
                series, Optional.of(session.id()), session.date()));
          }
        }
        boolean travelBilled = existing.stream().filter(i -> stillBills(repositories, i))
            .flatMap(i -> i.lines().stream()).anyMatch(l -> l.kind() == LineKind.TRAVEL);
        if (!lines.isEmpty() && !travelBilled) {
          series.travel().line().ifPresent(t -> lines.add(groupLine(LineKind.TRAVEL, t, series, Optional.empty(), first)));
        }
        if (lines.isEmpty()) {
          throw nothing("every session held is already invoiced");
        }
      }
      List<Payer> payers = payers(repositories, List.of(FunderShare.whole(series.client())));
      return saveDrafts(work, BillingSubject.of(id), lines, payers, issuer, Optional.empty());
    });
  }

  private static BillableLine groupLine(
      LineKind kind, PricedLine line, WorkshopSeries series, Optional<UUID> item, LocalDate performedOn) {
    return new BillableLine(kind, line.description(), series.offer(), item, performedOn, line.quantity(),
        line.unitPrice(), series.vat());
  }

  // ---------------------------------------------------------------- issue, discard, credit

  /**
   * Issues a draft: it takes the next number of the invoice series for today's year (gapless, chronological)
   * and is charged to its funding agreement.
   *
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} if it is not a draft (issuing twice)
   * @throws RuleViolationException with {@link ErrorCode#BUDGET_EXCEEDED} beyond the agreement's budget,
   *     {@link ErrorCode#NON_CHRONOLOGICAL_NUMBERING} if today is before the series' last issue date; either way
   *     the number is given back
   */
  public Invoice issue(Actor actor, InvoiceId id) {
    Checks.required(id, "id");
    return engine.write(actor, work -> {
      Repositories repositories = work.repositories();
      Invoice draft = repositories.invoices().get(id).requireDraft();
      InvoiceNumber number = take(repositories, draft.seller(), policy.numbering().invoicePrefix(), work.today());
      Invoice issued = work.accept(draft.issue(number, work.today()));
      issued.agreement().ifPresent(ref -> charge(work, ref.id(), issued.id().value(), issued.issuedOn().orElseThrow(),
          issued.total()));
      return repositories.invoices().save(issued);
    });
  }

  /**
   * Throws a draft away (it never had a number).
   *
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} if it is not a draft
   */
  public Invoice discard(Actor actor, InvoiceId id) {
    Checks.required(id, "id");
    return engine.write(actor, work ->
        work.repositories().invoices().save(work.accept(work.repositories().invoices().get(id).discard(work.today()))));
  }

  /**
   * Issues a credit note of {@code amount} on an issued invoice (an error, a commercial gesture).
   *
   * @throws RuleViolationException with {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} for more than what remains
   * @throws IllegalTransitionException with {@link ErrorCode#ILLEGAL_TRANSITION} for an invoice not issued
   */
  public CreditNote credit(Actor actor, InvoiceId id, Money amount, String reason) {
    Checks.required(id, "id");
    Money.positive(amount, "amount");
    Checks.notBlank(reason, "reason");
    return engine.write(actor, work -> {
      work.repositories().invoices().lock(id);
      return issueCreditNote(work, work.repositories().invoices().get(id), amount, reason);
    });
  }

  /** Credits what remains of an issued invoice; the items it billed may then be billed again. */
  public CreditNote creditInFull(Actor actor, InvoiceId id, String reason) {
    Checks.required(id, "id");
    Checks.notBlank(reason, "reason");
    return engine.write(actor, work -> {
      work.repositories().invoices().lock(id); // credit notes of one invoice never add up beyond it
      Invoice invoice = work.repositories().invoices().get(id);
      Money left = invoice.total().minus(credited(work.repositories(), invoice));
      if (!left.isPositive()) {
        throw new RuleViolationException(ErrorCode.CREDIT_EXCEEDS_INVOICE, "the invoice is already credited in full");
      }
      return issueCreditNote(work, invoice, left, reason);
    });
  }

  private CreditNote issueCreditNote(UnitOfWork work, Invoice invoice, Money amount, String reason) {
    Repositories repositories = work.repositories();
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION,
          "only an issued invoice is credited; invoice " + invoice.id() + " is " + invoice.status());
    }
    List<CreditNote> previous = repositories.creditNotes().ofInvoice(invoice.id());
    Money left = invoice.total().minus(Money.sum(previous.stream().map(CreditNote::total).toList()));
    if (amount.isGreaterThan(left)) {
      throw new RuleViolationException(ErrorCode.CREDIT_EXCEEDS_INVOICE,
          "invoice " + invoice.number().orElseThrow() + " has " + left + " left to credit, asked " + amount);
    }
    InvoiceNumber number = take(repositories, invoice.seller(), policy.numbering().creditNotePrefix(), work.today());
    CreditNote note = work.accept(CreditNote.issue(
        CreditNoteId.of(work.newId()), invoice, previous, amount, reason, number, work.today()));
    note.agreement().ifPresent(ref -> charge(work, ref.id(), note.id().value(), note.issuedOn(), note.total().negate()));
    return repositories.creditNotes().save(note);
  }

  // ---------------------------------------------------------------- queries

  /**
   * The invoice with this id.
   *
   * @throws NotFoundException if there is none
   */
  public Invoice get(Actor actor, InvoiceId id) {
    Checks.required(id, "id");
    return engine.read(actor, repositories -> repositories.invoices().get(id));
  }

  /**
   * The credit note with this id.
   *
   * @throws NotFoundException if there is none
   */
  public CreditNote creditNote(Actor actor, CreditNoteId id) {
    Checks.required(id, "id");
    return engine.read(actor, repositories -> repositories.creditNotes().get(id));
  }

  /** The invoices issued from {@code from} to {@code to}, both included, by number. */
  public List<Invoice> issuedBetween(Actor actor, LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    return engine.read(actor, repositories -> repositories.invoices().issuedBetween(from, to));
  }

  /** The credit notes issued from {@code from} to {@code to}, both included, by number. */
  public List<CreditNote> creditNotesIssuedBetween(Actor actor, LocalDate from, LocalDate to) {
    Checks.required(from, "from");
    Checks.required(to, "to");
    return engine.read(actor, repositories -> repositories.creditNotes().issuedBetween(from, to));
  }

  /** Every invoice of an accompaniment, drafts and discarded ones included. */
  public List<Invoice> ofAccompaniment(Actor actor, AccompanimentId id) {
    Checks.required(id, "id");
    return engine.read(actor, repositories -> repositories.invoices().ofAccompaniment(id));
  }

  /** Every invoice under a funding agreement. */
  public List<Invoice> ofAgreement(Actor actor, AgreementId id) {
    Checks.required(id, "id");
    return engine.read(actor, repositories -> repositories.invoices().ofAgreement(id));
  }

  /** The credit notes of an invoice. */
  public List<CreditNote> creditNotesOf(Actor actor, InvoiceId id) {
    Checks.required(id, "id");
    return engine.read(actor, repositories -> repositories.creditNotes().ofInvoice(id));
  }

  // ---------------------------------------------------------------- helpers

  private Seller requireSeller() {
    return seller.orElseThrow(() -> new RuleViolationException(ErrorCode.MISSING_INVOICE_MENTION,
        "no seller is configured: Liens.builder().seller(…) gives the name, address and SIREN printed on invoices"));
  }

  private List<Invoice> saveDrafts(
      UnitOfWork work, BillingSubject subject, List<BillableLine> lines, List<Payer> payers, Seller issuer,
      Optional<FundingAgreement> agreement) {
    Repositories repositories = work.repositories();
    agreement.ifPresent(a -> {
      lines.forEach(l -> a.requireCovers(l.performedOn()));
      Money total = Money.sum(lines.stream().map(BillableLine::gross).toList());
      if (total.isGreaterThan(a.budget().minus(a.billed()))) {
        throw new RuleViolationException(ErrorCode.BUDGET_EXCEEDED, "billing " + total + " under agreement "
            + a.reference() + " would exceed its budget: " + a.billed() + " billed of " + a.budget());
      }
    });
    Optional<AgreementRef> ref = agreement.map(a -> new AgreementRef(a.id(), a.reference()));
    List<Invoice> drafts = new ArrayList<>();
    for (Change<Invoice> change : Invoice.draft(
        () -> InvoiceId.of(work.newId()), subject, lines, payers, issuer, ref, work.today())) {
      drafts.add(repositories.invoices().save(work.accept(change)));
    }
    return List.copyOf(drafts);
  }

  private static List<Payer> payers(Repositories repositories, List<FunderShare> funders) {
    return funders.stream().map(f -> {
      OrganisationId funder = f.funder();
      return new Payer(funder, Party.of(repositories.organisations().get(funder)), f.share());
    }).toList();
  }

  private static InvoiceNumber take(Repositories repositories, Seller issuer, String prefix, LocalDate on) {
    NumberSeries series = new NumberSeries(issuer.identity().siren(), prefix, on.getYear());
    return series.number(repositories.invoiceNumberSequences().next(series, on));
  }

  private static void charge(UnitOfWork work, AgreementId agreement, UUID document, LocalDate on, Money amount) {
    FundingAgreement a = work.repositories().fundingAgreements().get(agreement);
    work.repositories().fundingAgreements().save(work.accept(a.charge(document, on, amount)));
  }

  private static Money credited(Repositories repositories, Invoice invoice) {
    return Money.sum(repositories.creditNotes().ofInvoice(invoice.id()).stream().map(CreditNote::total).toList());
  }

  /** Whether an invoice still counts as billing its subject: a draft, or issued and not credited in full. */
  /**
   * Whether an invoice still bills what it lists: a draft, or an issued invoice not credited in full. Read inside a
   * use case's transaction ({@code repositories}).
   */
  public static boolean stillBills(Repositories repositories, Invoice invoice) {
    return switch (invoice.status()) {
      case DRAFT -> true;
      case DISCARDED -> false;
      case ISSUED -> credited(repositories, invoice).isLessThan(invoice.total());
    };
  }

  private static Set<UUID> billedItems(Repositories repositories, List<Invoice> invoices) {
    Set<UUID> items = new HashSet<>();
    for (Invoice invoice : invoices) {
      if (stillBills(repositories, invoice)) {
        invoice.lines().stream().map(InvoiceLine::item).flatMap(Optional::stream).forEach(items::add);
      }
    }
    return items;
  }

  private static RuleViolationException notBillable(String message) {
    return new RuleViolationException(ErrorCode.NOT_BILLABLE, message);
  }

  private static RuleViolationException nothing(String message) {
    return new RuleViolationException(ErrorCode.NOTHING_TO_BILL, message);
  }
}
