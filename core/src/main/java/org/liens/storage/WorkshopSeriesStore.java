package org.liens.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.figures.GroupAttendance;
import org.liens.figures.WorkshopAttendance;
import org.liens.workshop.QuoteId;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Workshop series opened from accepted quotes (R3, R9). Named "store" because the plural of series is series.
 * Saving one whose quote does not exist is a dangling reference; a quote opens at most one series.
 */
public interface WorkshopSeriesStore extends AggregateStore<WorkshopSeries, WorkshopSeriesId> {

  /**
   * {@return the series opened from {@code quote}, if accepted}
   *
   * @param quote the quote
   */
  Optional<WorkshopSeries> ofQuote(QuoteId quote);

  /**
   * {@return the attendance of every group with a session dated from {@code from} to {@code to} (issue 14), computed
   * by the storage: exactly {@link WorkshopAttendance#compute} over every stored series, in its order}
   *
   * @param from the first day of the period
   * @param to the last day of the period, included
   */
  List<GroupAttendance> attendance(LocalDate from, LocalDate to);
}
