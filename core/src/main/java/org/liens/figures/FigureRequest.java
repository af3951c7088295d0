package org.liens.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * What a caller asks the figures service for (issue 12): a period, filters, optionally a knowledge instant ("as known
 * on"; default now) and whether the report must be safe to publish (suppressed). Prescribers and funders always get a
 * suppressed report narrowed to themselves, whatever they ask. Treat as a value type.
 *
 * @param from the first day of the period
 * @param to the last day of the period, included
 * @param filters what the report is narrowed to
 * @param knownAt the knowledge instant; empty for now
 * @param publishable whether to apply small-cell suppression (always, for a prescriber or a funder)
 */
public record FigureRequest(
    LocalDate from, LocalDate to, FigureFilters filters, Optional<Instant> knownAt, boolean publishable) {
  /**
   * Checks the components: every one required, {@code to} not before {@code from}.
   *
   * @param from the first day of the period
   * @param to the last day of the period, included
   * @param filters what the report is narrowed to
   * @param knownAt the knowledge instant; empty for now
   * @param publishable whether to apply small-cell suppression
   */
  public FigureRequest {
    Checks.requiredAll("from, to, filters, knownAt", from, to, filters, knownAt);
    Checks.date(from, "from");
    Checks.date(to, "to");
    Checks.check(!to.isBefore(from), "period: the last day is not before the first");
  }

  /**
   * {@return a request for every file received from {@code from} to {@code to}, as known now, unsuppressed}
   *
   * @param from the first day of the period
   * @param to the last day of the period, included
   */
  public static FigureRequest of(LocalDate from, LocalDate to) {
    return new FigureRequest(from, to, FigureFilters.NONE, Optional.empty(), false);
  }

  /**
   * {@return this request narrowed by {@code value}}
   *
   * @param value the filters
   */
  public FigureRequest filteredBy(FigureFilters value) {
    return new FigureRequest(from, to, value, knownAt, publishable);
  }

  /**
   * {@return this request "as known on" {@code value}: facts recorded after it are ignored}
   *
   * @param value the knowledge instant
   */
  public FigureRequest asKnownAt(Instant value) {
    return new FigureRequest(from, to, filters, Optional.of(Checks.required(value, "knownAt")), publishable);
  }

  /** {@return this request with small-cell suppression, safe to publish} */
  public FigureRequest suppressed() {
    return new FigureRequest(from, to, filters, knownAt, true);
  }
}
