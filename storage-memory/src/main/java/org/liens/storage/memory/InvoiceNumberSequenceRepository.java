package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.shared.Checks;
import org.liens.storage.InvoiceNumberSequences;

/**
 * The invoice number sequences, in the same transaction as everything else: a rolled-back transaction gives its
 * numbers back, so a series has no gaps (chronological, continuous numbering of invoices).
 */
final class InvoiceNumberSequenceRepository implements InvoiceNumberSequences {
  private final Session session;
  private final Map<NumberSeries, SequencePosition> sequences;

  InvoiceNumberSequenceRepository(Session session) {
    this.session = session;
    this.sequences = session.store.sequences;
  }

  @Override
  public Optional<SequencePosition> lock(NumberSeries numberSeries) {
    Checks.required(numberSeries, "series");
    session.writable(); // one writer at a time holds the store: the series is locked until it commits
    return Optional.ofNullable(sequences.get(numberSeries));
  }

  @Override
  public long next(NumberSeries numberSeries, LocalDate issuedOn) {
    Checks.required(numberSeries, "series");
    Checks.required(issuedOn, "issuedOn");
    Journal journal = session.writable();
    SequencePosition before = sequences.get(numberSeries);
    SequencePosition after = before == null ? SequencePosition.first(issuedOn) : before.next(issuedOn);
    sequences.put(numberSeries, after);
    journal.onRollback(() -> {
      if (before == null) {
        sequences.remove(numberSeries);
      } else {
        sequences.put(numberSeries, before);
      }
    });
    return after.last();
  }

  @Override
  public Optional<SequencePosition> current(NumberSeries numberSeries) {
    session.usable();
    return Optional.ofNullable(sequences.get(Checks.required(numberSeries, "series")));
  }
}
