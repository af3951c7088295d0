package org.liens.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * The activity report funders ask for (R11, issue 12): the counts, shares and measures of the files received in a
 * period, narrowed by the filters, as known at a knowledge instant, with the fingerprint of its inputs. No personal
 * data: counts, shares and days only. Built by {@code FiguresService}; every figure's definition is in the README
 * ("Published figures") and on {@link FigureKeys}. Treat as a value type.
 *
 * @param from the first day of the period
 * @param to the last day of the period, included
 * @param filters what the report is narrowed to
 * @param knownAt the knowledge instant: facts recorded later are not in it
 * @param fingerprint SHA-256 (hex) of the query and of the unsuppressed numbers it was built from: two reports with
 *     the same fingerprint were built from the same inputs
 * @param suppressed whether small-cell suppression was applied
 * @param threshold the smallest count shown when suppressed
 * @param cells every count, in a stable order
 * @param shares the shares, in percent
 * @param measures durations, delays and contacts
 */
public record FiguresReport(
    LocalDate from, LocalDate to, FigureFilters filters, Instant knownAt, String fingerprint, boolean suppressed,
    int threshold, List<FigureCell> cells, List<FigureShare> shares, List<FigureMeasure> measures) {
  /**
   * Checks the components: every one required, lists copied.
   *
   * @param from the first day of the period
   * @param to the last day of the period, included
   * @param filters what the report is narrowed to
   * @param knownAt the knowledge instant
   * @param fingerprint SHA-256 (hex) of the query and the unsuppressed numbers
   * @param suppressed whether small-cell suppression was applied
   * @param threshold the smallest count shown when suppressed
   * @param cells every count
   * @param shares the shares
   * @param measures durations, delays and contacts
   */
  public FiguresReport {
    Checks.requiredAll("from, to, filters, knownAt, fingerprint", from, to, filters, knownAt, fingerprint);
    Checks.check(threshold >= Suppression.MIN_THRESHOLD, "threshold: at least " + Suppression.MIN_THRESHOLD);
    cells = Checks.listOf(cells, "cells");
    shares = Checks.listOf(shares, "shares");
    measures = Checks.listOf(measures, "measures");
  }

  /**
   * {@return the count named {@code key}, if the report has it}
   *
   * @param key a {@link FigureKeys} name
   */
  public Optional<FigureCell> cell(String key) {
    return cells.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * {@return the share named {@code key}, if the report has it}
   *
   * @param key such as {@code "share.eligible"}
   */
  public Optional<FigureShare> share(String key) {
    return shares.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * {@return the measure named {@code key}, if the report has it}
   *
   * @param key such as {@code "duration.median"}
   */
  public Optional<FigureMeasure> measure(String key) {
    return measures.stream().filter(m -> m.key().equals(key)).findFirst();
  }
}
