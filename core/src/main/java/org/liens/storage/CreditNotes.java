package org.liens.storage;

import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;

/**
 * Credit notes. Saving one whose invoice does not exist is a dangling reference; a number already given is a
 * duplicate. Lists are ordered by number.
 */
public interface CreditNotes extends AggregateStore<CreditNote, CreditNoteId> {

  /** The order of every list: number. */
  Comparator<CreditNote> BY_NUMBER = Comparator.comparing(CreditNote::number);

  /**
   * {@return the credit note with this number}
   *
   * @param number the credit note's number
   */
  Optional<CreditNote> findByNumber(InvoiceNumber number);

  /**
   * {@return the credit notes correcting {@code invoice}}
   *
   * @param invoice the invoice
   */
  List<CreditNote> ofInvoice(InvoiceId invoice);

  /**
   * {@return the credit notes of every invoice of {@code subject}, read at once (a billing use case's invoice
   * history)}
   *
   * @param subject the accompaniment or workshop series billed
   */
  List<CreditNote> ofSubject(BillingSubject subject);

  /**
   * {@return the credit notes issued between {@code from} and {@code to}, both included}
   *
   * @param from the first day, included
   * @param to the last day, included
   */
  List<CreditNote> issuedBetween(LocalDate from, LocalDate to);
}
