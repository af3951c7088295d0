package org.liens.storage;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * The numbering sequences of invoices and credit notes, one per organisation, series prefix and year (DESIGN §6).
 * Numbers are taken inside the use case's transaction: if it rolls back, the number is given back, so a series
 * never has a gap. Adapters serialise concurrent takers of one series (a row lock) and apply
 * {@link SequencePosition#next(LocalDate)}, which keeps the series chronological.
 */
public interface InvoiceNumberSequences {

  /**
   * Locks {@code series} until the transaction ends (a concurrent taker waits) and says where it stands, the latest
   * committed position, empty before its first number. The billing use cases read "today" after this, so the date
   * they give {@link #next} is read while no one else can take a number of the series.
   *
   * @param series the series to lock
   * @return the latest committed position of the series; empty before its first number
   */
  Optional<SequencePosition> lock(NumberSeries series);

  /**
   * Takes the next number of {@code series} for a document issued on {@code issuedOn}: 1 for the first of the
   * year, then the last plus one.
   *
   * @param issuedOn the issue date
   * @throws RuleViolationException with {@link ErrorCode#NON_CHRONOLOGICAL_NUMBERING} if {@code issuedOn} is
   *     before the series' last issue date
   * @param series the series (prefix, seller and year)
   * @return the next number of the series, with no gap
   */
  long next(NumberSeries series, LocalDate issuedOn);

  /**
   * {@return where {@code series} stands; empty before its first number}
   *
   * @param series the series
   */
  Optional<SequencePosition> current(NumberSeries series);
}
