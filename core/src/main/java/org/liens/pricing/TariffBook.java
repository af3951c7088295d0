package org.liens.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.RuleViolationException;

/**
 * Every dated tariff of an organisation, by offer and {@link PriceBasis} (R3). The 2023 book of "Au bonheur des
 * liens" ships as a JSON resource ({@code org.liens.json.TariffsJson#standard2023()}): MIP 1800 €, MADI 2000 €,
 * MAPA 1800 € TTC the module, ARCS 55 € TTC the individual hour, ARCS group model 900 € TTC, all VAT-exempt, from
 * 2023-01-01. A host adds a later price with {@link #with(Tariff)}: the older values stay for the dates before
 * it. Immutable.
 */
public final class TariffBook {
  private static final TariffBook EMPTY = new TariffBook(Map.of());

  private final Map<Key, TariffTimeline> timelines;

  private record Key(OfferCode offer, PriceBasis basis) {}

  private TariffBook(Map<Key, TariffTimeline> timelines) {
    this.timelines = timelines;
  }

  /** {@return a book without any tariff: accompaniments start without a frozen tariff} */
  public static TariffBook empty() {
    return EMPTY;
  }

  /**
   * {@return a book of these dated tariffs (in any order)}
   *
   * @param tariffs the dated tariffs, of any offers and bases
   * @throws org.liens.shared.InvalidInputException if two tariffs of one offer and basis share a date
   */
  public static TariffBook of(Collection<Tariff> tariffs) {
    Map<Key, List<Tariff>> grouped = new LinkedHashMap<>();
    for (Tariff t : Checks.listOf(tariffs, "tariffs")) {
      grouped.computeIfAbsent(new Key(t.offer(), t.basis()), k -> new ArrayList<>()).add(t);
    }
    Map<Key, TariffTimeline> timelines = new LinkedHashMap<>();
    grouped.forEach((key, values) -> timelines.put(key, TariffTimeline.of(values)));
    return new TariffBook(java.util.Collections.unmodifiableMap(timelines));
  }

  /**
   * {@return this book plus one dated tariff (a new price from a date)}
   *
   * @param tariff the new dated tariff
   */
  public TariffBook with(Tariff tariff) {
    List<Tariff> all = new ArrayList<>(all());
    all.removeIf(t -> t.offer().equals(tariff.offer()) && t.basis() == tariff.basis()
        && t.effectiveFrom().equals(tariff.effectiveFrom()));
    all.add(Checks.required(tariff, "tariff"));
    return of(all);
  }

  /**
   * {@return the timeline of an offer and basis, if the book prices it}
   *
   * @param offer the offer (R1)
   * @param basis what the price is for (a module, an hour, a group session)
   */
  public Optional<TariffTimeline> find(OfferCode offer, PriceBasis basis) {
    return Optional.ofNullable(timelines.get(new Key(Checks.required(offer, "offer"), Checks.required(basis, "basis"))));
  }

  /**
   * {@return the tariff of {@code offer} and {@code basis} in force on {@code date}}
   *
   * @param offer the offer (R1)
   * @param basis what the price is for (a module, an hour, a group session)
   * @param date the day the price is wanted for
   * @throws RuleViolationException with {@link ErrorCode#NO_TARIFF} if the book does not price them, or
   *     {@link ErrorCode#NO_TARIFF_BEFORE_DATE} if {@code date} is before their first dated value
   */
  public Tariff inForce(OfferCode offer, PriceBasis basis, LocalDate date) {
    return find(offer, basis)
        .orElseThrow(() -> new RuleViolationException(ErrorCode.NO_TARIFF, "no " + basis + " tariff for " + offer))
        .at(date);
  }

  /** {@return every dated tariff, by offer and basis, oldest first} */
  public List<Tariff> all() {
    return timelines.values().stream().flatMap(t -> t.values().stream()).toList();
  }

  @Override
  public String toString() {
    return "TariffBook" + timelines.keySet().stream().map(k -> k.offer() + "/" + k.basis()).toList();
  }
}
