package org.liens.storage.jdbc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FundingAgreement;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.referral.Referral;
import org.liens.shared.Aggregate;
import org.liens.shared.Checks;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.StorageException;

/**
 * Batched inserts of aggregates that were never stored (version 0), for an organisation that migrates from
 * spreadsheets or another tool: build the aggregates with their builders and records, add them here, and
 * {@link #run()} writes them all in one transaction, stored at version 1.
 *
 * <p><b>Fast by default.</b> Each table's rows go as multi-row INSERTs of {@link JdbcStorage.Builder#batchSize}
 * rows (1,000 by default): one statement, one round trip and one execution per 1,000 rows, on every database and
 * whatever the JDBC URL says (pgjdbc's {@code reWriteBatchedInserts} does the same, but only when the host sets it in
 * the URL). On PostgreSQL, {@link #copy(boolean) copy(true)} streams the rows with {@code COPY … FROM STDIN} instead,
 * one statement per table: the fastest way in, with the same rows, the same checks and the same errors.
 *
 * <pre>{@code
 * ImportSummary summary = storage.bulkImport()
 *     .organisations(partners)
 *     .households(families)
 *     .agreements(conventions)
 *     .referrals(referrals)
 *     .accompaniments(accompaniments)
 *     .run();
 * }</pre>
 *
 * <p>The rows go in the order of their references (organisations, households, funding agreements with their
 * funders and offers, referrals, accompaniments with their teams and contacts, then the accompaniments holding or
 * waiting for a place of an agreement), and the references between referrals and accompaniments, which may form
 * cycles, are set once every row is in (or go with the rows when the foreign keys are dropped), so the order of each
 * collection does not matter. Every reference must exist, in this import or in the database. Any failure rolls the
 * whole import back: an id that exists
 * ({@link ErrorCode#DUPLICATE_ID}), a reference to nothing ({@link ErrorCode#DANGLING_REFERENCE}), an aggregate
 * whose version is not 0 ({@link ErrorCode#CONCURRENT_UPDATE}, as a save would). No domain event is written: an
 * import records history, it does not make it. Called inside {@code inTransaction} on the same thread, it joins
 * that transaction.
 *
 * <p><b>Figures.</b> The import also writes the figure facts of what it stores (issue 12), the rows the use cases that
 * created those aggregates would have written: one per household, one per file (an accompaniment, or a referral not
 * validated), and the agreed and taken places of each agreement; so the published figures count imported files as
 * soon as the import commits. They are recorded at the instant of the storage's clock ({@link
 * JdbcStorage.Builder#clock}): a report "as known on" an earlier instant does not see them.
 */
public final class BulkImport {
  private final JdbcStorage storage;
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<Household> households = new ArrayList<>();
  private final List<FundingAgreement> agreements = new ArrayList<>();
  private final List<Referral> referrals = new ArrayList<>();
  private final List<Accompaniment> accompaniments = new ArrayList<>();
  private ProgressMeter progress;
  private boolean copy;
  private boolean checkReferencesOnce;
  private boolean buildIndexesOnce;

  BulkImport(JdbcStorage storage) {
    this.storage = storage;
  }

  /** What an import wrote. */
  public record ImportSummary(
      int organisations, int households, int referrals, int accompaniments, int contacts, int agreements) {}

  /**
   * Organisations: prescribers, funders, partners (R12).
   *
   * @param values organisations never stored (version 0)
   * @return this import
   */
  public BulkImport organisations(Collection<Organisation> values) {
    organisations.addAll(fresh(values, "organisations"));
    return this;
  }

  /**
   * Households.
   *
   * @param values households never stored (version 0)
   * @return this import
   */
  public BulkImport households(Collection<Household> values) {
    households.addAll(fresh(values, "households"));
    return this;
  }

  /**
   * Funding agreements, with their places and waitlist (whose accompaniments this import or the database holds).
   *
   * @param values funding agreements never stored (version 0)
   * @return this import
   */
  public BulkImport agreements(Collection<FundingAgreement> values) {
    agreements.addAll(fresh(values, "agreements"));
    return this;
  }

  /**
   * Referrals, whose households and organisations this import or the database holds.
   *
   * @param values referrals never stored (version 0)
   * @return this import
   */
  public BulkImport referrals(Collection<Referral> values) {
    referrals.addAll(fresh(values, "referrals"));
    return this;
  }

  /**
   * Accompaniments with their contacts and documents, whose referrals and households this import or the database holds.
   *
   * @param values accompaniments never stored (version 0)
   * @return this import
   */
  public BulkImport accompaniments(Collection<Accompaniment> values) {
    accompaniments.addAll(fresh(values, "accompaniments"));
    return this;
  }

  /**
   * Reports the import's progress to {@code callback} every 1,000 rows or every second, whichever comes first, and
   * once more when everything is written; see {@link #progress(int, Duration, Consumer)}.
   *
   * @param callback told the rows done, the rate and the estimated time left
   * @return this import
   */
  public BulkImport progress(Consumer<ImportProgress> callback) {
    return progress(ProgressMeter.EVERY_ROWS, ProgressMeter.EVERY, callback);
  }

  /**
   * Reports the import's progress to {@code callback}, on the importing thread, every {@code everyRows} rows or
   * every {@code every} of time, whichever comes first (checked each time a batch reached the database, so a report
   * may come up to a batch late), and once more, with every row done, when everything is written. Rows are the
   * aggregates added (organisations, households, agreements, referrals, accompaniments). A callback that throws is
   * logged and ignored: the import goes on. A retried transaction reports from zero again.
   *
   * @param everyRows rows between two reports, positive
   * @param every time between two reports
   * @param callback told the rows done, the rate and the estimated time left
   * @return this import
   */
  public BulkImport progress(int everyRows, Duration every, Consumer<ImportProgress> callback) {
    return progress(everyRows, every, callback, System::nanoTime);
  }

  /** As {@link #progress(int, Duration, Consumer)}, timed by {@code nanoTime} (tests). */
  BulkImport progress(int everyRows, Duration every, Consumer<ImportProgress> callback, LongSupplier nanoTime) {
    progress = new ProgressMeter(everyRows, every, callback, nanoTime);
    return this;
  }

  /**
   * Whether to stream the rows with PostgreSQL's {@code COPY … FROM STDIN} (through pgjdbc's {@code CopyManager},
   * reached with {@link java.sql.Connection#unwrap}, so through a pool too). The rows, the checks (every constraint
   * of the schema), the errors and the all-or-nothing transaction are those of the INSERTs; progress is reported as
   * the rows are written to the server. The COPY text is built on a second thread while the importing one sends it. On another database, or a connection that is not pgjdbc's, the import
   * uses its multi-row INSERTs. Off by default.
   *
   * @param value true to copy on PostgreSQL
   * @return this import
   */
  public BulkImport copy(boolean value) {
    copy = value;
    return this;
  }

  /**
   * With {@link #copy(boolean) copy(true)} on PostgreSQL: drops the foreign keys of the imported tables for the
   * import and adds them back at its end, so that PostgreSQL checks every reference once per table, in one pass,
   * instead of once per row (the row-by-row checks were about half of a 100 k import, see README "Performance");
   * the references between imported referrals and accompaniments then go with their rows, not by a later UPDATE.
   * A reference to nothing still fails the import with {@link ErrorCode#DANGLING_REFERENCE}, and nothing is stored;
   * a failed import's rollback brings the keys back. The price: {@code ALTER TABLE} needs the database user to own
   * the Liens tables, and locks the imported tables and those they refer to until the import commits (every reader
   * waits), so this is for a first load into a quiet database, not for an import next to live work. Ignored
   * without {@code copy} or on another database. Off by default.
   *
   * @param value true to check the references once per table
   * @return this import
   */
  public BulkImport checkReferencesOnce(boolean value) {
    checkReferencesOnce = value;
    return this;
  }

  /**
   * With {@link #copy(boolean) copy(true)} on PostgreSQL, for a first load: as {@link #checkReferencesOnce}, and
   * also drops every index of the tables receiving rows (households, referrals, accompaniments, teams, contacts and
   * their figure facts), their primary and unique keys and the foreign keys that refer to them, and puts them back at
   * the import's end: each index is built once, from one sort of its rows (given up to 256 MB of the server's memory
   * for this transaction), instead of one insertion per row; each key is checked once. A duplicate id still fails
   * with {@link ErrorCode#DUPLICATE_ID}, a reference to nothing with {@link ErrorCode#DANGLING_REFERENCE}, and
   * nothing is stored. The price, beyond {@code checkReferencesOnce}'s: the rebuilds cover the rows already
   * stored too, and the tables referring to the imported ones are locked as well. Off by default.
   *
   * @param value true to build the indexes and check the keys once per table
   * @return this import
   */
  public BulkImport buildIndexesOnce(boolean value) {
    buildIndexesOnce = value;
    return this;
  }

  private static <A extends Aggregate> List<A> fresh(Collection<A> values, String field) {
    List<A> list = Checks.listOf(values, field);
    for (A aggregate : list) {
      if (aggregate.version() != 0) {
        throw new ConcurrentUpdateException(ErrorCode.CONCURRENT_UPDATE, aggregate.aggregateType() + " "
            + aggregate.uuid() + " is imported at version " + aggregate.version() + "; an import stores new aggregates (version 0)");
      }
    }
    return list;
  }

  /**
   * Writes everything in one transaction.
   *
   * @throws IntegrityViolationException for a duplicate id or a dangling reference; nothing was stored
   * @throws StorageException if the database failed; nothing was stored
   * @return how many of each kind were written
   */
  public ImportSummary run() {
    return storage.run(session -> {
      session.writable();
      Transaction tx = session.transaction;
      boolean copying = copy && tx.dialect == Dialect.POSTGRESQL && PostgresCopy.available(tx.connection);
      PostgresCopy.Dropped dropped = copying ? drop(tx) : PostgresCopy.Dropped.NONE;
      boolean links = !dropped.foreignKeys().isEmpty(); // no key to cycle through: the links go with the rows
      ProgressMeter meter = progress != null ? progress : ProgressMeter.silent();
      meter.start((long) organisations.size() + households.size() + agreements.size() + referrals.size()
          + accompaniments.size());
      insert(tx, copying, "import organisations", new OrganisationRepository(session), organisations, meter, false);
      insert(tx, copying, "import households", new HouseholdRepository(session), households, meter, false);
      insert(tx, copying, "import funding agreements", new FundingAgreementRepository(session), agreements, meter,
          false);
      FundingAgreementRepository.insertFundersAndOffers(tx, agreements);
      insert(tx, copying, "import referrals", new ReferralRepository(session), referrals, meter, links);
      insert(tx, copying, "import accompaniments", new AccompanimentRepository(session), accompaniments, meter, links);
      AccompanimentChildRows.insertChildren(tx, accompaniments, copying);
      FundingAgreementRepository.insertAccompaniments(tx, agreements);
      ImportFacts.insert(tx, copying, ImportFacts.now(tx), households, referrals, accompaniments, agreements);
      if (!links) {
        ImportLinks.write(tx, referrals, accompaniments);
      }
      PostgresCopy.restore(tx, dropped);
      analyze(tx);
      meter.finish();
      return new ImportSummary(organisations.size(), households.size(), referrals.size(), accompaniments.size(),
          accompaniments.stream().mapToInt(a -> a.contacts().size()).sum(), agreements.size());
    }, false);
  }

  /**
   * What a copy drops for its duration ({@link #checkReferencesOnce}, {@link #buildIndexesOnce}): the foreign keys of
   * the tables with references between imported rows, or every index and key of the tables receiving rows.
   */
  private PostgresCopy.Dropped drop(Transaction tx) {
    if (buildIndexesOnce) {
      List<String> tables = new ArrayList<>();
      tables.addAll(households.isEmpty() ? List.of() : List.of(HouseholdRepository.TABLE));
      tables.addAll(referrals.isEmpty() ? List.of() : List.of(ReferralRepository.TABLE));
      tables.addAll(accompaniments.isEmpty() ? List.of() : List.of(AccompanimentRepository.TABLE,
          AccompanimentRepository.TEAM, AccompanimentRepository.CONTACTS));
      tables.addAll(ImportFacts.tables(!households.isEmpty(), !referrals.isEmpty() || !accompaniments.isEmpty(),
          false));
      return PostgresCopy.dropIndexes(tx, tables);
    }
    return checkReferencesOnce ? PostgresCopy.dropForeignKeys(tx, List.of(ReferralRepository.TABLE,
        AccompanimentRepository.TABLE, AccompanimentRepository.TEAM, AccompanimentRepository.CONTACTS))
        : PostgresCopy.Dropped.NONE;
  }

  /** Inserts the rows at version 1, with the links between imported rows or without them (set afterwards). */
  private static <A extends Aggregate> void insert(Transaction tx, boolean copy, String operation,
      AggregateTable<A, ?> table, List<A> rows, ProgressMeter meter, boolean links) {
    insertRows(tx, copy, operation, table.tableName(), table.insertColumns(), rows, (args, aggregate) -> {
      args.uuid(aggregate.uuid()).number(1);
      table.bind(args, aggregate, links);
    }, meter::sent);
  }

  /**
   * Inserts rows into {@code table}: a {@code COPY} if {@code copy} (PostgreSQL, checked by the caller), multi-row
   * INSERTs otherwise; {@code sent} is told the rows of each statement or chunk.
   */
  static <E> void insertRows(Transaction tx, boolean copy, String operation, String table, List<String> columns,
      Collection<E> rows, Transaction.RowBinder<E> binder, java.util.function.IntConsumer sent) {
    if (copy) {
      PostgresCopy.copy(tx, operation, table, columns, rows, binder, sent);
    } else {
      tx.multiRow(operation, "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ",
          "(" + "?, ".repeat(columns.size() - 1) + "?)", "", columns.size(), rows, binder, sent);
    }
  }

  /**
   * On PostgreSQL, refreshes the planner's statistics of the tables that received rows ({@code ANALYZE}, which
   * counts this transaction's rows): until autovacuum gets to them, the planner would take the freshly filled
   * tables for empty and read them by scans, hundreds of milliseconds per use case after a 100 k import.
   */
  private void analyze(Transaction tx) {
    if (tx.dialect != Dialect.POSTGRESQL) {
      return;
    }
    List<String> tables = new java.util.ArrayList<>();
    if (!organisations.isEmpty()) {
      tables.add(OrganisationRepository.TABLE);
    }
    if (!households.isEmpty()) {
      tables.add(HouseholdRepository.TABLE);
    }
    if (!referrals.isEmpty()) {
      tables.add(ReferralRepository.TABLE);
    }
    if (!accompaniments.isEmpty()) {
      tables.addAll(List.of(AccompanimentRepository.TABLE, AccompanimentRepository.TEAM, AccompanimentRepository.CONTACTS));
    }
    tables.addAll(ImportFacts.tables(!households.isEmpty(), !referrals.isEmpty() || !accompaniments.isEmpty(),
        !agreements.isEmpty()));
    if (!tables.isEmpty()) {
      tx.update("analyze the imported tables", "ANALYZE " + String.join(", ", tables), args -> { });
    }
  }
}
