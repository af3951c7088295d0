package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liens.figures.GroupAttendance;
import org.liens.figures.WorkshopAttendance;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.storage.AggregateKind;
import org.liens.storage.WorkshopSeriesStore;
import org.liens.workshop.QuoteId;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/** The workshop series (R9): a quote opens at most one. */
final class WorkshopSeriesRepository extends AggregateTable<WorkshopSeries, WorkshopSeriesId>
    implements WorkshopSeriesStore {
  WorkshopSeriesRepository(Session session) {
    super(session, AggregateKind.WORKSHOP_SERIES, session.store.series, WorkshopSeries::withVersion);
  }

  @Override
  void checkUniques(WorkshopSeries workshop) {
    for (UUID other : store.seriesByQuote.get(workshop.quote())) {
      if (!other.equals(workshop.uuid())) {
        throw new IntegrityViolationException(ErrorCode.DUPLICATE_ID,
            "quote " + workshop.quote() + " already opened a workshop series");
      }
    }
  }

  @Override
  public Optional<WorkshopSeries> ofQuote(QuoteId quote) {
    session.usable();
    return table.rows(store.seriesByQuote.get(Checks.required(quote, "quote"))).stream().findFirst();
  }

  @Override
  public List<GroupAttendance> attendance(LocalDate from, LocalDate to) {
    Checks.date(from, "from");
    Checks.date(to, "to");
    session.usable();
    return WorkshopAttendance.compute(table.rows(List.copyOf(table.ids())), from, to);
  }
}
