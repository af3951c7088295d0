package org.liens.storage;

import java.util.Optional;
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
}
