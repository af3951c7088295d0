package org.liens.storage;

import java.time.Instant;
import java.util.List;
import org.liens.figures.FigureCounts;
import org.liens.figures.FigureQuery;
import org.liens.figures.FileFact;
import org.liens.figures.HouseholdFact;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;

/**
 * The facts the published figures are computed from (issue 12), kept in recorded time: every change of a referral,
 * an accompaniment or a household appends a row, in the transaction of the change, stamped with the instant it was
 * recorded; nothing is ever updated or deleted. A report "as known on" an instant reads, for each file and household,
 * the row of highest revision recorded by then, so later corrections (a backdated contact, a cancellation) never
 * change it.
 *
 * <p>An adapter computes {@link #count} where the data lives (SQL aggregates, in-memory indexes), never by handing
 * every file to the caller; its result must equal the brute-force computation of storage-tck ({@code FigureReference}) over the
 * same rows ({@code FiguresContract}).
 */
public interface FigureFacts {
  /** For an adapter that does not keep figures: records nothing, and refuses to count. */
  FigureFacts UNSUPPORTED = new FigureFacts() {
    @Override
    public void record(List<FileFact> files, List<HouseholdFact> households, Instant recordedAt) {}

    @Override
    public FigureCounts count(FigureQuery query) {
      throw new StorageException(ErrorCode.STORAGE_FAILURE, "this storage adapter does not compute figures");
    }
  };

  /**
   * Appends fact rows, in the current transaction.
   *
   * @param files the files' new revisions
   * @param households the households' new revisions
   * @param recordedAt when they are recorded: the clock's instant of the transaction, to the microsecond
   */
  void record(List<FileFact> files, List<HouseholdFact> households, Instant recordedAt);

  /**
   * Appends the facts of money and places (issue 12), in the current transaction: issued invoices and credit notes,
   * concluded agreements, places taken or released. {@link #count} must then count them ({@code FinanceKeys}). The
   * default does nothing, for adapters without figures.
   *
   * @param money the documents issued, one fact per offer they bill
   * @param agreements the agreements concluded
   * @param places the places taken or released, at the agreement's new version
   * @param recordedAt when they are recorded: the clock's instant of the transaction, to the microsecond
   */
  default void recordFinance(
      List<org.liens.figures.MoneyFact> money, List<org.liens.figures.AgreementFact> agreements,
      List<org.liens.figures.PlaceFact> places, Instant recordedAt) {}

  /**
   * Forgets the territory of every fact row of an anonymised household (the territory is personal data that
   * anonymisation removes, issue 9): the one change made to rows already recorded. Every count stays; only reports
   * filtered by that territory no longer see the household. The default does nothing, for adapters without figures.
   *
   * @param household the household anonymised, in the transaction of its anonymisation
   */
  default void forgetTerritory(org.liens.household.HouseholdId household) {}

  /**
   * {@return the unsuppressed counts of {@code query}: the files received in its period that pass its filters, each
   * file and household at its latest revision recorded by {@code query.knownAt()}}
   *
   * @param query the period, filters and knowledge instant
   */
  FigureCounts count(FigureQuery query);
}
