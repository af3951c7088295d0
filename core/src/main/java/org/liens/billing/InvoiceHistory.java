package org.liens.billing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.pricing.Money;
import org.liens.shared.Checks;

/**
 * What was already billed for one subject (R3, R10; DESIGN §6): its invoices, drafts and discarded ones included,
 * and the credit notes correcting them, read once per billing use case. Answers the questions the billing rules
 * ask of the past: which invoices still bill what they list, which items are billed, how much of an invoice is
 * left to credit.
 *
 * <p>An invoice <em>still bills</em> what it lists while it is a draft, or issued and not credited in full; a
 * discarded invoice, or one credited in full, no longer does, so what it listed may be billed again.
 *
 * @param invoices the subject's invoices, in the order of {@code Invoices.BY_DRAFT}
 * @param creditNotes the credit notes of those invoices
 */
public record InvoiceHistory(List<Invoice> invoices, List<CreditNote> creditNotes) {
  /**
   * Checks the components: {@code invoices} and {@code creditNotes} required.
   *
   * @param invoices the subject's invoices, in the order of {@code Invoices.BY_DRAFT}
   * @param creditNotes the credit notes of those invoices
   */
  public InvoiceHistory {
    invoices = List.copyOf(Checks.required(invoices, "invoices"));
    creditNotes = List.copyOf(Checks.required(creditNotes, "creditNotes"));
  }

  /**
   * {@return the history of one invoice: it and its credit notes}
   *
   * @param invoice the invoice
   * @param creditNotes its credit notes, in issue order
   */
  public static InvoiceHistory of(Invoice invoice, List<CreditNote> creditNotes) {
    return new InvoiceHistory(List.of(Checks.required(invoice, "invoice")), creditNotes);
  }

  /**
   * {@return the credit notes of {@code invoice}, in this history's order}
   *
   * @param invoice an invoice of this history
   */
  public List<CreditNote> creditNotesOf(Invoice invoice) {
    return creditNotes.stream().filter(c -> c.invoice().equals(invoice.id())).toList();
  }

  /**
   * {@return what the credit notes of {@code invoice} took back}
   *
   * @param invoice an invoice of this history
   */
  public Money credited(Invoice invoice) {
    return Money.sum(creditNotesOf(invoice).stream().map(CreditNote::total).toList());
  }

  /**
   * {@return what is left to credit on {@code invoice}: its total less its credit notes}
   *
   * @param invoice an invoice of this history
   */
  public Money remaining(Invoice invoice) {
    return invoice.total().minus(credited(invoice));
  }

  /**
   * {@return whether {@code invoice} still bills what it lists: a draft, or issued and not credited in full}
   *
   * @param invoice an invoice of this history
   */
  public boolean stillBills(Invoice invoice) {
    return switch (invoice.status()) {
      case DRAFT -> true;
      case DISCARDED -> false;
      case ISSUED -> credited(invoice).isLessThan(invoice.total());
    };
  }

  /** {@return the invoices that still bill what they list} */
  public List<Invoice> live() {
    return invoices.stream().filter(this::stillBills).toList();
  }

  /** {@return the issued invoices, credited or not} */
  public List<Invoice> issued() {
    return invoices.stream().filter(i -> i.status() == InvoiceStatus.ISSUED).toList();
  }

  /** {@return whether a draft waits to be issued or discarded} */
  public boolean hasDraft() {
    return invoices.stream().anyMatch(i -> i.status() == InvoiceStatus.DRAFT);
  }

  /** {@return the items (sessions) billed by the invoices that still bill} */
  public Set<UUID> billedItems() {
    Set<UUID> items = new LinkedHashSet<>();
    live().forEach(i -> items.addAll(i.items()));
    return items;
  }

  /**
   * {@return whether an invoice that still bills has a line of {@code kind}}
   *
   * @param kind the kind of line looked for
   */
  public boolean bills(LineKind kind) {
    return live().stream().flatMap(i -> i.lines().stream()).anyMatch(l -> l.kind() == kind);
  }

  /** {@return the first invoice that still bills, if any} */
  public Optional<Invoice> firstLive() {
    return live().stream().findFirst();
  }
}
