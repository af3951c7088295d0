package org.liens.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.MoneySplit;
import org.liens.pricing.VatBreakdown;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.RuleViolationException;

/**
 * A credit note (avoir): the only way to correct an issued {@link Invoice} (DESIGN §6). It carries the corrected
 * invoice's number and date and every mandatory mention, is numbered in its own continuous series (or the
 * invoices' one, see {@link NumberingScheme}) and is issued at once; it never changes.
 *
 * <p>The amount credited is spread over the invoice's lines in proportion to what remains of each after earlier
 * credit notes (largest remainder), so no line is ever credited more than it was billed, and the credit notes of
 * an invoice never add up to more than its total ({@link ErrorCode#CREDIT_EXCEEDS_INVOICE}). A credit of the
 * whole invoice mirrors its lines exactly.
 */
@Value.Immutable
@LiensStyle
public abstract class CreditNote implements Aggregate {

  public abstract CreditNoteId id();

  /** {@return its own number, in the credit notes' series (or the invoices', see {@link NumberingScheme})} */
  public abstract InvoiceNumber number();

  /** {@return its issue date, on or after the invoice's} */
  public abstract LocalDate issuedOn();

  /** {@return the invoice corrected} */
  public abstract InvoiceId invoice();

  /** {@return its number, as printed} */
  public abstract InvoiceNumber invoiceNumber();

  /** {@return its issue date, as printed} */
  public abstract LocalDate invoiceIssuedOn();

  /** {@return what the corrected invoice billed: an accompaniment or a workshop series} */
  public abstract BillingSubject subject();

  /** {@return the funder credited, the corrected invoice's} */
  public abstract OrganisationId funder();

  /** {@return the funder's identity, as printed on the invoice} */
  public abstract Party client();

  /** {@return the seller's identity and mentions, as printed on the invoice} */
  public abstract Seller seller();

  /** {@return the funding agreement the invoice was issued under, if any} */
  public abstract Optional<AgreementRef> agreement();

  /** {@return why it is credited (an early termination, an error); free text, redacted from {@code toString()}} */
  @Value.Redacted
  public abstract String reason();

  /** {@return what is credited per invoice line, at least one} */
  public abstract List<CreditLine> lines();

  /** {@return the legal mentions printed, the invoice's} */
  public abstract List<String> mentions();

  /** {@return a builder for storage adapters that rebuild a stored credit note; every invariant is still checked} */
  public static ImmutableCreditNote.Builder builder() {
    return ImmutableCreditNote.builder();
  }

  /**
   * Checks the invariants Immutables cannot express: a reason, at least one line, a number of the year of issue, issued
   * on or after the invoice.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(reason(), "reason");
    Checks.check(!lines().isEmpty(), "a credit note has at least one line");
    Checks.check(number().year() == issuedOn().getYear(), "a credit note number carries its year of issue");
    Checks.check(!issuedOn().isBefore(invoiceIssuedOn()), "a credit note is issued on or after its invoice");
  }

  /**
   * Issues a credit note of {@code amount} on {@code invoice}.
   *
   * @param previous the credit notes already issued on that invoice
   * @param id the new credit note's id
   * @param invoice the issued invoice corrected
   * @param amount the amount credited, tax included, more than zero and at most what remains of the invoice
   * @param reason why, in free text (personal data possible, never logged)
   * @param number the next number of its series, from the storage's sequence
   * @param issuedOn the issue date, which dates the number
   * @return the credit note and its {@link CreditNoteIssued} event
   * @throws IllegalTransitionException with {@link ErrorCode#ILLEGAL_TRANSITION} unless the invoice is issued
   * @throws InvalidInputException with {@link ErrorCode#INVALID_AMOUNT} for an amount not more than zero
   * @throws RuleViolationException with {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} for more than what remains of
   *     the invoice
   */
  public static Change<CreditNote> issue(
      CreditNoteId id, Invoice invoice, List<CreditNote> previous, Money amount, String reason, InvoiceNumber number,
      LocalDate issuedOn) {
    Checks.required(id, "id");
    Checks.required(invoice, "invoice");
    List<CreditNote> before = Checks.listOf(previous, "previous");
    Money.positive(amount, "amount");
    String why = Checks.longText(reason, "reason");
    Checks.required(number, "number");
    Checks.required(issuedOn, "issuedOn");
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION,
          "only an issued invoice is credited; invoice " + invoice.id() + " is " + invoice.status());
    }
    Checks.check(before.stream().allMatch(c -> c.invoice().equals(invoice.id())), "previous credit notes of another invoice");
    List<InvoiceLine> lines = invoice.lines();
    List<VatBreakdown> remaining = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      List<VatBreakdown> credited = before.stream().flatMap(c -> c.lines().stream())
          .filter(l -> l.invoiceLine() == index).map(CreditLine::breakdown).toList();
      VatBreakdown line = lines.get(i).breakdown();
      remaining.add(new VatBreakdown(
          line.net().minus(Money.sum(credited.stream().map(VatBreakdown::net).toList())),
          line.vat().minus(Money.sum(credited.stream().map(VatBreakdown::vat).toList())),
          line.gross().minus(Money.sum(credited.stream().map(VatBreakdown::gross).toList()))));
    }
    Money left = Money.sum(remaining.stream().map(VatBreakdown::gross).toList());
    if (amount.isGreaterThan(left)) {
      throw new RuleViolationException(ErrorCode.CREDIT_EXCEEDS_INVOICE, "invoice " + invoice.number().orElseThrow()
          + " has " + left + " left to credit, asked " + amount);
    }
    List<Money> parts = MoneySplit.byAmounts(amount, remaining.stream().map(VatBreakdown::gross).toList());
    List<VatBreakdown> breakdowns = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      breakdowns.add(reversed(parts.get(i), remaining.get(i)));
    }
    List<CreditLine> creditLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (breakdowns.get(i).gross().isPositive()) {
        creditLines.add(new CreditLine(i, lines.get(i).description(), lines.get(i).vat(), breakdowns.get(i)));
      }
    }
    CreditNote note = builder()
        .id(id)
        .version(0)
        .number(number)
        .issuedOn(issuedOn)
        .invoice(invoice.id())
        .invoiceNumber(invoice.number().orElseThrow())
        .invoiceIssuedOn(invoice.issuedOn().orElseThrow())
        .subject(invoice.subject())
        .funder(invoice.funder())
        .client(invoice.client())
        .seller(invoice.seller())
        .agreement(invoice.agreement())
        .reason(why)
        .lines(creditLines)
        .mentions(invoice.mentions())
        .build();
    return Change.of(note, new CreditNoteIssued(id, number, invoice.id(), note.invoiceNumber(), issuedOn,
        invoice.funder(), invoice.agreement().map(AgreementRef::id), note.total()));
  }

  /**
   * The HT and TVA of crediting {@code part} of what remains of a line: in proportion to the line's remaining HT
   * and TVA, so that credits reverse exactly the VAT the invoice collected, and the last credit of a line takes
   * exactly what remains of each.
   */
  private static VatBreakdown reversed(Money part, VatBreakdown remaining) {
    if (part.equals(remaining.gross())) {
      return remaining;
    }
    if (part.isZero()) {
      return new VatBreakdown(Money.ZERO, Money.ZERO, Money.ZERO);
    }
    Money net = remaining.net().times(part.cents(), remaining.gross().cents());
    Money vat = part.minus(net).min(remaining.vat());
    return new VatBreakdown(part.minus(vat), vat, part);
  }

  /** {@return the TTC total credited} */
  public Money total() {
    return Money.sum(lines().stream().map(CreditLine::amount).toList());
  }

  /** {@return the HT total credited: the sum of the line nets} */
  public Money totalNet() {
    return Money.sum(lines().stream().map(l -> l.breakdown().net()).toList());
  }

  /** {@return the TVA total credited: the sum of the line VATs} */
  public Money totalVat() {
    return Money.sum(lines().stream().map(l -> l.breakdown().vat()).toList());
  }

  @Override
  public CreditNote withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }
}
