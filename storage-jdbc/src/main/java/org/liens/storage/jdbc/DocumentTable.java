package org.liens.storage.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillingSubject;
import org.liens.billing.InvoiceNumber;
import org.liens.shared.Aggregate;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.storage.AggregateKind;
import org.liens.workshop.WorkshopSeriesId;

/**
 * The table of a numbered billing document (an invoice, a credit note): a number belongs to one document, is
 * registered in {@code liens_document_number} ({@link DocumentNumbers}) before the document's row is written and
 * released when the document gives it up; and the column groups both documents share (the number, the subject, the
 * agreement).
 *
 * @param <A> the document
 * @param <I> its id
 */
abstract class DocumentTable<A extends Aggregate, I extends EntityId> extends AggregateTable<A, I> {
  /** The number: {@code number_prefix}, {@code number_year}, {@code number_sequence}, all NULL for none. */
  static final Columns.Group<Optional<InvoiceNumber>> NUMBER = new Columns.Group<>(
      List.of("number_prefix", "number_year", "number_sequence"), DocumentNumbers::read,
      (args, number) -> args.text(number.map(InvoiceNumber::prefix)).integer(number.map(InvoiceNumber::year))
          .number(number.map(InvoiceNumber::sequence)));
  /** The subject: {@code accompaniment_id} or {@code workshop_series_id}, one of which is set. */
  static final Columns.Group<BillingSubject> SUBJECT = new Columns.Group<>(
      List.of("accompaniment_id", "workshop_series_id"),
      row -> {
        Optional<AccompanimentId> accompaniment = row.optionalUuid("accompaniment_id").map(AccompanimentId::of);
        return accompaniment.isPresent()
            ? BillingSubject.of(accompaniment.get())
            : BillingSubject.of(WorkshopSeriesId.of(row.uuid("workshop_series_id")));
      },
      (args, subject) -> {
        if (subject instanceof BillingSubject.OfAccompaniment a) {
          args.uuid(a.accompaniment().value()).uuid((UUID) null);
        } else {
          args.uuid((UUID) null).uuid(((BillingSubject.OfWorkshopSeries) subject).series().value());
        }
      });
  /** The agreement: {@code agreement_id} and {@code agreement_reference}, if any. */
  static final Columns.Group<Optional<AgreementRef>> AGREEMENT = new Columns.Group<>(
      List.of("agreement_id", "agreement_reference"),
      row -> {
        Optional<AgreementId> agreement = row.optionalUuid("agreement_id").map(AgreementId::of);
        return agreement.isEmpty() ? Optional.empty()
            : Optional.of(new AgreementRef(agreement.get(), row.text("agreement_reference")));
      },
      (args, agreement) -> args.uuid(agreement.map(r -> r.id().value())).text(agreement.map(AgreementRef::reference)));

  private final String alias;
  private final String findByNumber;
  private final String documentKind;
  private final Function<A, Optional<InvoiceNumber>> number;

  /**
   * @param kind the aggregate kind
   * @param table the table
   * @param alias the table's alias in the queries
   * @param mapping the column table
   * @param atVersion the document at another version
   * @param documentKind how {@code liens_document_number} names the kind ({@link DocumentNumbers#INVOICE}…)
   * @param number the document's number, if it has one yet
   */
  DocumentTable(Session session, AggregateKind kind, String table, String alias, Columns<A, ?> mapping,
      BiFunction<A, Long, A> atVersion, String documentKind, Function<A, Optional<InvoiceNumber>> number) {
    super(session, kind, table, alias, mapping, atVersion);
    this.alias = alias;
    this.findByNumber = "find " + kind.what() + " by number";
    this.documentKind = documentKind;
    this.number = number;
  }

  /**
   * The document that carries this number, if any.
   *
   * @param documentNumber a number
   * @return the document
   */
  public Optional<A> findByNumber(InvoiceNumber documentNumber) {
    Checks.required(documentNumber, "number");
    return one(findByNumber, DocumentNumbers.numberIs(alias), args -> DocumentNumbers.bindNumber(args, documentNumber));
  }

  /** A number belongs to one document, invoice or credit note. */
  @Override
  List<Unique> uniques(A document) {
    return number.apply(document).map(n -> List.of(DocumentNumbers.free(n, document.uuid()))).orElse(List.of());
  }

  @Override
  Runnable writeBefore(A document) {
    return number.apply(document).map(n -> DocumentNumbers.register(tx, n, document.uuid(), documentKind))
        .orElse(null);
  }

  @Override
  void writeChildren(A document, boolean inserted) {
    if (!inserted) {
      DocumentNumbers.releaseOthers(tx, document.uuid(), documentKind, number.apply(document));
    }
  }
}
