package org.liens.storage.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.Place;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.figures.AgreementFact;
import org.liens.figures.MoneyFact;
import org.liens.figures.PlaceFact;

/**
 * The money and place facts (issue 12, migration V15) of what was stored without them: invoices, credit notes and
 * funding agreements written before V15 (the use cases write them since). Each is computed as the use case would
 * have computed it, from the stored document, its accompaniment and its agreement, and recorded at the instant
 * given: a report as known on an earlier instant does not count them, as it did not then.
 */
final class MissingFigureFacts {
  private MissingFigureFacts() {}

  /** {@return the number of facts recorded: money, agreement and place facts of the documents lacking them} */
  static int record(Session session, Instant recordedAt) {
    Transaction tx = session.transaction;
    List<MoneyFact> money = new ArrayList<>();
    for (InvoiceId id : tx.query("find the invoices without money facts", "SELECT i.id FROM liens_invoice i"
        + " WHERE i.issued_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + FinanceFactsSql.MONEY
        + " m WHERE m.document_id = i.id)", args -> { }, row -> InvoiceId.of(row.uuid("id")))) {
      Invoice invoice = session.invoices().get(id);
      Optional<Accompaniment> billed = billed(session, invoice.subject());
      money.addAll(billed.isPresent() ? MoneyFact.of(invoice, billed.get()) : MoneyFact.of(invoice));
    }
    for (CreditNoteId id : tx.query("find the credit notes without money facts", "SELECT c.id FROM"
        + " liens_credit_note c WHERE NOT EXISTS (SELECT 1 FROM " + FinanceFactsSql.MONEY
        + " m WHERE m.document_id = c.id)", args -> { }, row -> CreditNoteId.of(row.uuid("id")))) {
      CreditNote note = session.creditNotes().get(id);
      Invoice invoice = session.invoices().get(note.invoice());
      Optional<Accompaniment> billed = billed(session, invoice.subject());
      money.addAll(billed.isPresent() ? MoneyFact.of(note, invoice, billed.get()) : MoneyFact.of(note, invoice));
    }
    List<AgreementFact> agreements = new ArrayList<>();
    List<PlaceFact> places = new ArrayList<>();
    for (AgreementId id : tx.query("find the agreements", "SELECT a.id FROM liens_funding_agreement a",
        args -> { }, row -> AgreementId.of(row.uuid("id")))) {
      FundingAgreement agreement = session.fundingAgreements().get(id);
      agreements.add(AgreementFact.of(agreement)); // FinanceFactsSql.record skips an agreement already recorded
      Set<java.util.UUID> known = Set.copyOf(tx.query("find an agreement's place facts", "SELECT DISTINCT"
          + " accompaniment_id FROM " + FinanceFactsSql.PLACE + " WHERE agreement_id = ?",
          args -> args.uuid(id.value()), row -> row.uuid("accompaniment_id")));
      Map<AccompanimentId, Place> last = new LinkedHashMap<>();
      agreement.places().forEach(place -> last.put(place.accompaniment(), place));
      last.values().stream().filter(place -> !known.contains(place.accompaniment().value()))
          .forEach(place -> places.add(PlaceFact.of(agreement, place)));
    }
    int concluded = FinanceFactsSql.record(tx, money, agreements, places, recordedAt);
    return money.size() + concluded + places.size();
  }

  private static Optional<Accompaniment> billed(Session session, BillingSubject subject) {
    return subject instanceof BillingSubject.OfAccompaniment a
        ? session.accompaniments().find(a.accompaniment()) : Optional.empty();
  }
}
