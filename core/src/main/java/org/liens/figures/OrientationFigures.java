package org.liens.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.liens.orientation.OrientationState;
import org.liens.orientation.OrientationTally;
import org.liens.shared.Checks;

/**
 * The orientations to partner actions of a period, as published (issue 16): how many were proposed in
 * {@code [from, to)}, by where they stand on {@code asOf} ({@code orientations.proposed}, {@code .accepted},
 * {@code .declined}, {@code .expired}, total {@code orientations}) and, of the accepted ones, how many took part, did
 * not, or await their outcome ({@code orientations.accepted.took-part}, {@code .did-not-take-part},
 * {@code .outcome-awaited}). Suppressed like the other figures ({@link Suppression}): the two sums are its tables.
 *
 * @param from the first day of the period
 * @param to the day after its last
 * @param asOf the day the states are read on
 * @param cells the counts, in a stable order
 */
public record OrientationFigures(LocalDate from, LocalDate to, LocalDate asOf, List<FigureCell> cells) {
  /** The key of the total. */
  public static final String TOTAL = "orientations";
  /** The key of the accepted orientations whose person took part. */
  public static final String TOOK_PART = "orientations.accepted.took-part";
  /** The key of the accepted orientations whose person did not take part. */
  public static final String DID_NOT_TAKE_PART = "orientations.accepted.did-not-take-part";
  /** The key of the accepted orientations still awaiting their outcome. */
  public static final String OUTCOME_AWAITED = "orientations.accepted.outcome-awaited";

  /**
   * Checks the components: dates in order, the cells copied.
   *
   * @param from the first day of the period
   * @param to the day after its last
   * @param asOf the day the states are read on
   * @param cells the counts
   */
  public OrientationFigures {
    from = Checks.date(from, "from");
    to = Checks.date(to, "to");
    asOf = Checks.date(asOf, "asOf");
    Checks.check(from.isBefore(to), "from must come before to");
    cells = Checks.listOf(cells, "cells");
  }

  /**
   * {@return the key of the orientations in {@code state}}
   *
   * @param state a state
   */
  public static String byState(OrientationState state) {
    return TOTAL + "." + Checks.required(state, "state").name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the figures of {@code tally}, suppressed when asked}
   *
   * @param from the first day of the period
   * @param to the day after its last
   * @param asOf the day the states are read on
   * @param tally the counts of the storage
   * @param suppressed whether small counts are hidden
   * @param threshold the smallest count a suppressed report shows
   */
  public static OrientationFigures of(LocalDate from, LocalDate to, LocalDate asOf, OrientationTally tally,
      boolean suppressed, int threshold) {
    Checks.required(tally, "tally");
    Map<String, Long> values = new LinkedHashMap<>();
    values.put(TOTAL, tally.total());
    List<String> states = new ArrayList<>();
    for (OrientationState state : OrientationState.values()) {
      values.put(byState(state), tally.byState().get(state));
      states.add(byState(state));
    }
    values.put(TOOK_PART, tally.tookPart());
    values.put(DID_NOT_TAKE_PART, tally.didNotTakePart());
    values.put(OUTCOME_AWAITED, tally.outcomeAwaited());
    List<Suppression.Table> tables = List.of(new Suppression.Table(TOTAL, states),
        new Suppression.Table(byState(OrientationState.ACCEPTED), List.of(TOOK_PART, DID_NOT_TAKE_PART,
            OUTCOME_AWAITED)));
    Map<String, CellStatus> status = suppressed ? Suppression.apply(values, tables, List.of(), threshold) : Map.of();
    List<FigureCell> cells = new ArrayList<>();
    values.forEach((key, value) -> {
      CellStatus s = status.getOrDefault(key, CellStatus.SHOWN);
      cells.add(new FigureCell(key, s == CellStatus.SHOWN ? Optional.of(value) : Optional.empty(), s));
    });
    return new OrientationFigures(from, to, asOf, cells);
  }

  /**
   * {@return the cell of {@code key}}
   *
   * @param key one of the keys above
   * @throws IllegalArgumentException for another key
   */
  public FigureCell cell(String key) {
    return cells.stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no orientation figure " + key));
  }
}
