package org.liens.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.RuleViolationException;

/**
 * The offers an organisation runs, by code. The 2023 catalogue of "Au bonheur des liens" ships as a JSON
 * resource ({@code org.liens.json.CatalogReader#standard2023()}); a host may build its own with
 * {@link #of(Collection)} or load one from its own JSON. Immutable.
 */
public final class Catalog {
  private final Map<OfferCode, Offer> offers;
  private final ExitReasons exitReasons;

  private Catalog(Map<OfferCode, Offer> offers, ExitReasons exitReasons) {
    this.offers = offers;
    this.exitReasons = exitReasons;
  }

  /**
   * {@return a catalogue of these offers, in this order}
   *
   * @param offers the offers, at least one, each code once
   * @throws InvalidInputException if the collection is empty or two offers share a code
   */
  public static Catalog of(Collection<Offer> offers) {
    Checks.listOf(offers, "offers");
    Checks.check(!offers.isEmpty(), "a catalogue needs at least one offer");
    Map<OfferCode, Offer> byCode = new LinkedHashMap<>();
    for (Offer offer : offers) {
      if (byCode.putIfAbsent(offer.code(), offer) != null) {
        throw new InvalidInputException(ErrorCode.INVALID_VALUE, "offer code " + offer.code() + " appears twice");
      }
    }
    for (Offer offer : offers) {
      for (OfferCode previous : offer.mayFollow()) {
        Checks.check(
            byCode.containsKey(previous),
            "offer " + offer.code() + " may follow " + previous + ", which is not in the catalogue");
      }
    }
    return new Catalog(java.util.Collections.unmodifiableMap(byCode), ExitReasons.standard());
  }

  /**
   * {@return the offer with this code, if the catalogue has one}
   *
   * @param code the offer's code
   */
  public Optional<Offer> find(OfferCode code) {
    return Optional.ofNullable(offers.get(Checks.required(code, "offer code")));
  }

  /**
   * {@return the offer with this code}
   *
   * @param code the offer's code
   * @throws RuleViolationException with {@link ErrorCode#UNKNOWN_OFFER} if the catalogue has none
   */
  public Offer require(OfferCode code) {
    return find(code)
        .orElseThrow(() -> new RuleViolationException(ErrorCode.UNKNOWN_OFFER, "no offer " + code + " in the catalogue"));
  }

  /** {@return every offer, in catalogue order} */
  public List<Offer> offers() {
    return List.copyOf(offers.values());
  }

  /** {@return the reasons an accompaniment may end with (issue 12); {@link ExitReasons#standard()} unless replaced} */
  public ExitReasons exitReasons() {
    return exitReasons;
  }

  /**
   * {@return this catalogue with another list of exit reasons, which the figures count (issue 12)}
   *
   * @param reasons the host's list; it keeps the codes every list keeps ({@link ExitReasons})
   */
  public Catalog withExitReasons(ExitReasons reasons) {
    return new Catalog(offers, Checks.required(reasons, "exitReasons"));
  }

  @Override
  public String toString() {
    return "Catalog" + offers.keySet();
  }
}
