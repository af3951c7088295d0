package org.liens.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * The dated prices of one offer and basis, oldest first, as an OpenFisca parameter: each value applies from its
 * date until the next one. Immutable.
 *
 * <p>Edges (DESIGN §5, OpenFisca lesson): a date <b>before the first</b> dated value is an error
 * ({@link ErrorCode#NO_TARIFF_BEFORE_DATE}), never a silent zero; a date <b>after the last</b> value gets the last
 * value, never a crash. A value applies on its own date: with 1800 € from 2023-01-01 and 1900 € from
 * 2024-01-01, 2023-12-31 is priced 1800 € and 2024-01-01 1900 €.
 */
public final class TariffTimeline {
  private final OfferCode offer;
  private final PriceBasis basis;
  private final List<Tariff> values;

  private TariffTimeline(List<Tariff> values) {
    this.values = values;
    this.offer = values.get(0).offer();
    this.basis = values.get(0).basis();
  }

  /**
   * {@return the timeline of these values, all of one offer and basis, on distinct dates (in any order)}
   *
   * @param values the dated tariffs, at least one
   * @throws org.liens.shared.InvalidInputException with {@link ErrorCode#INVALID_VALUE} when empty, mixed, or two
   *     values share a date
   */
  public static TariffTimeline of(List<Tariff> values) {
    List<Tariff> sorted = new ArrayList<>(Checks.listOf(values, "tariffs"));
    Checks.check(!sorted.isEmpty(), "a tariff timeline has at least one dated value");
    sorted.sort(Comparator.comparing(Tariff::effectiveFrom));
    Tariff first = sorted.get(0);
    for (int i = 0; i < sorted.size(); i++) {
      Tariff t = sorted.get(i);
      Checks.check(t.offer().equals(first.offer()) && t.basis() == first.basis(),
          "a timeline holds one offer and basis: " + first.offer() + "/" + first.basis() + ", not " + t.offer() + "/" + t.basis());
      Checks.check(i == 0 || !t.effectiveFrom().equals(sorted.get(i - 1).effectiveFrom()),
          "two " + t.offer() + "/" + t.basis() + " tariffs apply from " + t.effectiveFrom());
    }
    return new TariffTimeline(List.copyOf(sorted));
  }

  /**
   * {@return the tariff in force on {@code date}: the last value dated on or before it}
   *
   * @param date the day the price is wanted for
   * @throws RuleViolationException with {@link ErrorCode#NO_TARIFF_BEFORE_DATE} if {@code date} is before the first
   *     value
   */
  public Tariff at(LocalDate date) {
    Checks.required(date, "date");
    Tariff found = null;
    for (Tariff t : values) {
      if (t.effectiveFrom().isAfter(date)) {
        break;
      }
      found = t;
    }
    if (found == null) {
      throw new RuleViolationException(ErrorCode.NO_TARIFF_BEFORE_DATE,
          "no " + offer + " " + basis + " tariff before " + values.get(0).effectiveFrom() + ", asked for " + date);
    }
    return found;
  }

  /**
   * {@return this timeline plus a value (a new price from a date); replaces a value of the same date}
   *
   * @param value the new dated tariff, of the same offer and basis
   */
  public TariffTimeline with(Tariff value) {
    Checks.required(value, "tariff");
    List<Tariff> more = new ArrayList<>(values);
    more.removeIf(t -> t.effectiveFrom().equals(value.effectiveFrom()));
    more.add(value);
    return of(more);
  }

  /** {@return the offer every tariff of the timeline prices} */
  public OfferCode offer() {
    return offer;
  }

  /** {@return what every tariff of the timeline prices: a module, an hour, a group session} */
  public PriceBasis basis() {
    return basis;
  }

  /** {@return every dated value, oldest first} */
  public List<Tariff> values() {
    return values;
  }

  @Override
  public String toString() {
    return "TariffTimeline[" + offer + "/" + basis + ", " + values.size() + " value(s) from " + values.get(0).effectiveFrom() + "]";
  }
}
