package org.liens.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.immutables.value.Value;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.MoneySplit;
import org.liens.pricing.Percentage;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRegime;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.RuleViolationException;

/**
 * An invoice to one funder (DESIGN §6; R3, R10). It is <b>drafted</b> from what the {@link BillingPolicy} says is
 * due, then <b>issued</b>: numbered in its series without gaps and in chronological order, dated, with a due
 * date. An issued invoice <b>never changes</b>: every command on it fails with {@link ErrorCode#ALREADY_ISSUED};
 * corrections are {@link CreditNote}s that reference it.
 *
 * <p>It carries every mandatory mention: seller and client (name, address, SIREN, copied when drafted), issue and
 * due dates, number, for each line the date performed, quantity, exact description and unit price, the totals
 * per VAT regime (HT + TVA = TTC exactly), the funder's share and the agreement's reference when co-financed, the
 * VAT exemption mention and the seller's configured mentions.
 *
 * <p><b>Co-financing</b> (R10, seed 003): a service financed by several funders gives one invoice per funder;
 * each line is split by the funders' shares with {@link MoneySplit} (largest remainder), so for every line the
 * funders' parts add up exactly to its gross amount. A funder whose part is zero gets no invoice.
 */
@Value.Immutable
@LiensStyle
public abstract class Invoice implements Aggregate {

  public abstract InvoiceId id();

  /** {@return {@code DRAFT}, {@code ISSUED} or {@code DISCARDED}} */
  public abstract InvoiceStatus status();

  /** {@return what it bills: an accompaniment or a workshop series} */
  public abstract BillingSubject subject();

  /** {@return the funder invoiced} */
  public abstract OrganisationId funder();

  /** {@return the funder's identity, as printed} */
  public abstract Party client();

  /** {@return the seller's identity and mentions, as printed} */
  public abstract Seller seller();

  /** {@return the funding agreement it is issued under, if any} */
  public abstract Optional<AgreementRef> agreement();

  /** {@return the funder's share of every line (100 % unless co-financed)} */
  public abstract Percentage share();

  /** {@return what it bills, line by line, in print order: at least one} */
  public abstract List<InvoiceLine> lines();

  /** {@return the legal mentions printed: VAT exemption mention(s), then the seller's configured mentions} */
  public abstract List<String> mentions();

  /** {@return the day the draft was prepared} */
  public abstract LocalDate draftedOn();

  /**
   * {@return the number, once issued; {@link #issuedNumber()} gives it without {@code Optional} on an issued invoice}
   */
  public abstract Optional<InvoiceNumber> number();

  /**
   * {@return this invoice as issued: its number, issue date and due date, none of them optional}
   *
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} if it is a draft or discarded
   */
  public IssuedInvoice issued() {
    return IssuedInvoice.of(this);
  }

  /**
   * {@return the number of this issued invoice: {@code issued().number()}}
   *
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} if it is a draft or discarded
   */
  public InvoiceNumber issuedNumber() {
    return issued().number();
  }

  /** {@return the issue date, once issued} */
  public abstract Optional<LocalDate> issuedOn();

  /** {@return the payment due date, once issued: the issue date plus the seller's payment term} */
  public abstract Optional<LocalDate> dueOn();

  /** {@return when the draft was discarded} */
  public abstract Optional<LocalDate> discardedOn();

  /** {@return a builder for storage adapters that rebuild a stored invoice; every invariant is still checked} */
  public static ImmutableInvoice.Builder builder() {
    return ImmutableInvoice.builder();
  }

  // ---------------------------------------------------------------- invariants

  /**
   * Checks the invariants Immutables cannot express: the fields of each status, the year of the number, the dates in
   * order.
   */
  @Value.Check
  protected void check() {
    Checks.check(!lines().isEmpty(), "an invoice has at least one line");
    Checks.check(total().isPositive(), "an invoice's total is more than zero");
    Checks.check(lines().stream().allMatch(l -> l.share().equals(share())), "every line carries the invoice's share");
    InvoiceStatus s = status();
    Checks.check((s == InvoiceStatus.ISSUED) == number().isPresent(), "an invoice has a number exactly when issued");
    Checks.check((s == InvoiceStatus.ISSUED) == issuedOn().isPresent(), "an invoice has an issue date exactly when issued");
    Checks.check((s == InvoiceStatus.ISSUED) == dueOn().isPresent(), "an invoice has a due date exactly when issued");
    Checks.check((s == InvoiceStatus.DISCARDED) == discardedOn().isPresent(), "discardedOn is set exactly when discarded");
    issuedOn().ifPresent(d -> {
      Checks.check(number().get().year() == d.getYear(), "an invoice number carries its year of issue");
      Checks.check(!d.isBefore(draftedOn()), "an invoice is issued on or after it was drafted");
      Checks.check(!dueOn().get().isBefore(d), "an invoice is due on or after it was issued");
    });
  }

  // ---------------------------------------------------------------- drafting

  /**
   * Drafts the invoices of {@code lines}, one per payer with a part more than zero: each line's gross amount is
   * split by the payers' shares (largest remainder), then each invoice's amounts are broken down into HT and TVA
   * per VAT regime ({@link VatBreakdown#perLine}).
   *
   * @param ids where the new invoices' ids come from
   * @param subject what they bill
   * @param lines what is due, at least one line
   * @param payers the funders and their shares, adding up to 100 %
   * @param seller the seller printed
   * @param today the draft date
   * @return one draft per payer with a part more than zero
   * @throws InvalidInputException with {@link ErrorCode#SHARES_NOT_100_PERCENT} if the shares do not add up to
   *     100 %, {@link ErrorCode#INVALID_VALUE} for no line
   * @throws MissingInvoiceDataException naming {@link InvoiceRequirement#VAT_EXEMPTION_MENTION} for a VAT-exempt
   *     line when neither its tariff nor the seller gives the exemption mention
   */
  public static List<Change<Invoice>> draft(
      Supplier<InvoiceId> ids, BillingSubject subject, List<BillableLine> lines, List<Payer> payers, Seller seller,
      LocalDate today) {
    return draft(ids, subject, lines, payers, seller, Optional.empty(), today);
  }

  /**
   * As {@link #draft(Supplier, BillingSubject, List, List, Seller, LocalDate)}, for a service under a funding
   * agreement, whose reference the invoices print.
   *
   * @param ids where the new invoices' ids come from
   * @param subject what they bill
   * @param lines what is due, at least one line
   * @param payers the funders and their shares, adding up to 100 %
   * @param seller the seller printed
   * @param agreement the funding agreement they are issued under
   * @param today the draft date
   * @return one draft per payer with a part more than zero
   * @throws InvalidInputException with {@link ErrorCode#SHARES_NOT_100_PERCENT} if the shares do not add up to
   *     100 %, {@link ErrorCode#INVALID_VALUE} for no line
   * @throws MissingInvoiceDataException naming {@link InvoiceRequirement#VAT_EXEMPTION_MENTION} for a VAT-exempt
   *     line when neither its tariff nor the seller gives the exemption mention
   */
  public static List<Change<Invoice>> draft(
      Supplier<InvoiceId> ids, BillingSubject subject, List<BillableLine> lines, List<Payer> payers, Seller seller,
      AgreementRef agreement, LocalDate today) {
    return draft(ids, subject, lines, payers, seller, Optional.of(Checks.required(agreement, "agreement")), today);
  }

  private static List<Change<Invoice>> draft(
      Supplier<InvoiceId> ids, BillingSubject subject, List<BillableLine> lines, List<Payer> payers, Seller seller,
      Optional<AgreementRef> agreement, LocalDate today) {
    Checks.required(ids, "ids");
    Checks.required(subject, "subject");
    List<BillableLine> due = Checks.listOf(lines, "lines");
    List<Payer> who = Checks.listOf(payers, "payers");
    Checks.required(seller, "seller");
    Checks.optional(agreement, "agreement");
    Checks.required(today, "today");
    Checks.check(!due.isEmpty(), "an invoice has at least one line");
    List<Percentage> shares = who.stream().map(Payer::share).toList();
    MoneySplit.requireHundred(shares);
    List<String> mentions = mentions(due.stream().map(BillableLine::vat).toList(), seller);
    List<List<Money>> parts = due.stream().map(l -> MoneySplit.byShares(l.gross(), shares)).toList();
    List<Change<Invoice>> drafts = new ArrayList<>();
    for (int p = 0; p < who.size(); p++) {
      Payer payer = who.get(p);
      List<Money> amounts = new ArrayList<>();
      for (List<Money> lineParts : parts) {
        amounts.add(lineParts.get(p));
      }
      if (Money.sum(amounts).isZero()) {
        continue;
      }
      List<VatBreakdown> breakdowns =
          VatBreakdown.perLine(amounts, due.stream().map(BillableLine::vat).toList());
      List<InvoiceLine> invoiceLines = new ArrayList<>();
      for (int i = 0; i < due.size(); i++) {
        BillableLine l = due.get(i);
        invoiceLines.add(new InvoiceLine(l.kind(), l.description(), l.offer(), l.item(), l.performedOn(),
            l.quantity(), l.unitPrice(), payer.share(), l.vat(), breakdowns.get(i)));
      }
      InvoiceId id = Checks.required(ids.get(), "id");
      Invoice invoice = builder()
          .id(id)
          .version(0)
          .status(InvoiceStatus.DRAFT)
          .subject(subject)
          .funder(payer.funder())
          .client(payer.client())
          .seller(seller)
          .agreement(agreement)
          .share(payer.share())
          .lines(invoiceLines)
          .mentions(mentions)
          .draftedOn(today)
          .build();
      drafts.add(Change.of(invoice, new InvoiceDrafted(id, subject.uuid(), payer.funder(), invoice.total(), today)));
    }
    return List.copyOf(drafts);
  }

  /**
   * The mentions to print for lines of these regimes: one exemption mention per exempt regime (the tariff's, else
   * the seller's), then the seller's configured mentions.
   *
   * @throws MissingInvoiceDataException naming {@link InvoiceRequirement#VAT_EXEMPTION_MENTION} if an exempt regime
   *     has no mention
   */
  static List<String> mentions(List<VatRegime> regimes, Seller seller) {
    Set<String> mentions = new LinkedHashSet<>();
    for (VatRegime regime : regimes) {
      if (regime instanceof VatRegime.Exempt exempt) {
        mentions.add(exempt.legalMention().or(seller::vatExemptionMention).orElseThrow(() ->
            new MissingInvoiceDataException("a VAT-exempt line", Set.of(InvoiceRequirement.VAT_EXEMPTION_MENTION))));
      }
    }
    mentions.addAll(seller.legalMentions());
    return List.copyOf(mentions);
  }

  // ---------------------------------------------------------------- issue, discard

  /**
   * Issues the draft: it takes {@code number} (the next of its series, from the storage's sequence) and
   * {@code issuedOn}, and is due after the seller's payment term.
   *
   * @param number the next number of its series
   * @param issuedOn the issue date, of the number's year
   * @return the issued invoice and its {@link InvoiceIssued} event
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} unless it is a draft
   * @throws InvalidInputException if the number's year is not the issue date's, or the issue date precedes the draft
   */
  public Change<Invoice> issue(InvoiceNumber number, LocalDate issuedOn) {
    Checks.required(number, "number");
    Checks.required(issuedOn, "issuedOn");
    requireDraft("issue");
    Checks.check(number.year() == issuedOn.getYear(), "an invoice number carries its year of issue");
    Checks.check(!issuedOn.isBefore(draftedOn()), "an invoice is issued on or after it was drafted");
    LocalDate due = issuedOn.plusDays(seller().paymentTermDays());
    Invoice issued = builder().from(this)
        .status(InvoiceStatus.ISSUED)
        .number(number)
        .issuedOn(issuedOn)
        .dueOn(due)
        .build();
    return Change.of(issued, new InvoiceIssued(id(), number, issuedOn, due, funder(),
        agreement().map(AgreementRef::id), totalNet(), totalVat(), total()));
  }

  /**
   * Throws the draft away; it never had a number, so no gap appears.
   *
   * @param on the day it was discarded
   * @return the discarded invoice and its {@link InvoiceDiscarded} event
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} unless it is a draft
   */
  public Change<Invoice> discard(LocalDate on) {
    Checks.required(on, "on");
    requireDraft("discard");
    return Change.of(builder().from(this).status(InvoiceStatus.DISCARDED).discardedOn(on).build(),
        new InvoiceDiscarded(id(), on));
  }

  /**
   * This invoice, if it is still a draft.
   *
   * @return this invoice
   * @throws IllegalTransitionException with {@link ErrorCode#ALREADY_ISSUED} otherwise
   */
  public Invoice requireDraft() {
    requireDraft("change");
    return this;
  }

  private void requireDraft(String action) {
    if (status() != InvoiceStatus.DRAFT) {
      throw new IllegalTransitionException(ErrorCode.ALREADY_ISSUED, "cannot " + action + " invoice " + id() + ": it is "
          + status() + number().map(n -> " as " + n).orElse("") + "; an issued invoice never changes");
    }
  }

  // ---------------------------------------------------------------- totals

  /** {@return the TTC total: the sum of the line amounts} */
  public Money total() {
    return Money.sum(lines().stream().map(InvoiceLine::amount).toList());
  }

  /** {@return the HT total: the sum of the line nets} */
  public Money totalNet() {
    return Money.sum(lines().stream().map(l -> l.breakdown().net()).toList());
  }

  /** {@return the TVA total: the sum of the line VATs} */
  public Money totalVat() {
    return Money.sum(lines().stream().map(l -> l.breakdown().vat()).toList());
  }

  /** {@return the totals per VAT regime, in the order regimes first appear} */
  public List<VatTotal> vatTotals() {
    Map<VatRegime, List<VatBreakdown>> byRegime = new LinkedHashMap<>();
    for (InvoiceLine l : lines()) {
      byRegime.computeIfAbsent(l.vat(), k -> new ArrayList<>()).add(l.breakdown());
    }
    List<VatTotal> totals = new ArrayList<>();
    byRegime.forEach((regime, list) -> totals.add(new VatTotal(regime, VatBreakdown.ofNetAndVat(
        Money.sum(list.stream().map(VatBreakdown::net).toList()),
        Money.sum(list.stream().map(VatBreakdown::vat).toList())))));
    return List.copyOf(totals);
  }

  /** {@return whether it counts as billed: a draft or issued, not discarded} */
  public boolean isLive() {
    return status() != InvoiceStatus.DISCARDED;
  }

  /** {@return the ids of the items (sessions) its lines bill} */
  public Set<UUID> items() {
    Set<UUID> items = new LinkedHashSet<>();
    lines().forEach(l -> l.item().ifPresent(items::add));
    return items;
  }

  @Override
  public Invoice withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }
}
