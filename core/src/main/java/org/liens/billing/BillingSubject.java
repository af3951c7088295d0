package org.liens.billing;

import java.util.UUID;
import org.liens.accompaniment.AccompanimentId;
import org.liens.shared.Checks;
import org.liens.workshop.WorkshopSeriesId;

/** What an invoice bills: an accompaniment (a module, individual ARCS sessions) or a group workshop series. */
public sealed interface BillingSubject {

  /** {@return the subject's id as a UUID} */
  UUID uuid();

  /**
   * {@return the subject for an accompaniment's module or individual ARCS sessions}
   *
   * @param accompaniment the accompaniment billed
   */
  static BillingSubject of(AccompanimentId accompaniment) {
    return new OfAccompaniment(accompaniment);
  }

  /**
   * {@return the subject for a group workshop series}
   *
   * @param series the workshop series billed
   */
  static BillingSubject of(WorkshopSeriesId series) {
    return new OfWorkshopSeries(series);
  }

  /** An accompaniment: its module, or its individual ARCS sessions. */
  record OfAccompaniment(AccompanimentId accompaniment) implements BillingSubject {
    /**
     * Checks the components: {@code accompaniment} required.
     *
     * @param accompaniment the accompaniment billed
     */
    public OfAccompaniment {
      Checks.required(accompaniment, "accompaniment");
    }

    @Override
    public UUID uuid() {
      return accompaniment.value();
    }
  }

  /** A group workshop series opened from an accepted quote. */
  record OfWorkshopSeries(WorkshopSeriesId series) implements BillingSubject {
    /**
     * Checks the components: {@code series} required.
     *
     * @param series the workshop series billed
     */
    public OfWorkshopSeries {
      Checks.required(series, "series");
    }

    @Override
    public UUID uuid() {
      return series.value();
    }
  }
}
