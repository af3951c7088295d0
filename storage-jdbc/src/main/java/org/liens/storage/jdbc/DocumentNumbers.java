package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.liens.billing.InvoiceNumber;

/**
 * {@code liens_document_number}: every number given to an invoice or a credit note, with its owner. Its primary key
 * is the rule of the in-memory adapter that a number belongs to one document, invoice or credit note (their series
 * may be shared); each document refers to its row by a foreign key on (number, its id). A save registers the
 * document's number before writing the document's row, and drops the rows of numbers it no longer carries after.
 */
final class DocumentNumbers {
  static final String TABLE = "liens_document_number";
  static final String INVOICE = "INVOICE";
  static final String CREDIT_NOTE = "CREDIT_NOTE";

  /** Counts the other owners of a number: what {@link AggregateTable.Unique} needs. */
  private static final String TAKEN = "SELECT COUNT(*) FROM " + TABLE
      + " WHERE number_prefix = ? AND number_year = ? AND number_sequence = ? AND document_id <> ?";
  /**
   * Registers a number unless it is registered already (to this document: {@link #TAKEN} was checked before). A
   * concurrent transaction registering the same number makes one of them wait, then fail on the primary key.
   */
  private static final String REGISTER = "INSERT INTO " + TABLE
      + " (number_prefix, number_year, number_sequence, document_id, document_kind)"
      + " SELECT ?, ?, ?, ?, ? FROM (SELECT 1 AS one) single_row WHERE NOT EXISTS (SELECT 1 FROM " + TABLE
      + " WHERE number_prefix = ? AND number_year = ? AND number_sequence = ?)";
  private static final String UNREGISTER = "DELETE FROM " + TABLE
      + " WHERE document_id = ? AND document_kind = ? AND number_prefix = ? AND number_year = ? AND number_sequence = ?";
  private static final String RELEASE_ALL = "DELETE FROM " + TABLE + " WHERE document_id = ? AND document_kind = ?";
  private static final String RELEASE_OTHERS = RELEASE_ALL
      + " AND NOT (number_prefix = ? AND number_year = ? AND number_sequence = ?)";

  private DocumentNumbers() {}

  /** The check that {@code number} is not given to a document other than {@code owner}, as the in-memory adapter words it. */
  static AggregateTable.Unique free(InvoiceNumber number, UUID owner) {
    return new AggregateTable.Unique(TAKEN, args -> bindNumber(args, number).uuid(owner),
        "number " + number + " is already given");
  }

  /**
   * Registers {@code number} to {@code owner} unless it is already, and returns what undoes a registration made
   * here (null if there was none to make).
   */
  static Runnable register(Transaction tx, InvoiceNumber number, UUID owner, String kind) {
    int inserted = tx.update("register a document number", REGISTER, args -> {
      bindNumber(args, number).uuid(owner).text(kind);
      bindNumber(args, number);
    });
    if (inserted == 0) {
      return null;
    }
    return () -> tx.update("give a document number back", UNREGISTER, args -> {
      args.uuid(owner).text(kind);
      bindNumber(args, number);
    });
  }

  /** Drops the registrations of {@code owner} other than {@code kept}: numbers a new version no longer carries. */
  static void releaseOthers(Transaction tx, UUID owner, String kind, Optional<InvoiceNumber> kept) {
    if (kept.isEmpty()) {
      tx.update("release document numbers", RELEASE_ALL, args -> args.uuid(owner).text(kind));
    } else {
      tx.update("release document numbers", RELEASE_OTHERS, args -> {
        args.uuid(owner).text(kind);
        bindNumber(args, kept.get());
      });
    }
  }

  /** {@code <alias>.number_prefix = ? AND …}: the number's columns equal those {@link #bindNumber} binds. */
  static String numberIs(String alias) {
    return alias + ".number_prefix = ? AND " + alias + ".number_year = ? AND " + alias + ".number_sequence = ?";
  }

  /** Binds prefix, year and sequence. */
  static Args bindNumber(Args args, InvoiceNumber number) throws SQLException {
    return args.text(number.prefix()).integer(number.year()).number(number.sequence());
  }

  /** The number in the columns {@code number_prefix}, {@code number_year} and {@code number_sequence}, if any. */
  static Optional<InvoiceNumber> read(Row row) throws SQLException {
    Optional<String> prefix = row.optionalText("number_prefix");
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new InvoiceNumber(prefix.get(), row.integer("number_year"), row.number("number_sequence")));
  }
}
