package org.liens.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.immutables.value.Value;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.event.EventPayload;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.MoneySplit;
import org.liens.pricing.Percentage;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRegime;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.RuleViolationException;

/**
 * A funding agreement (convention, R10; seed 001: "conventionnement en nombre de places et coûts induits"; seed
 * 003: co-financing by the CAF, the MSA and a community of communes): one or more funders whose shares add up to
 * 100 %, the offers covered with a number of places and the price of a place, and a period. Its budget is
 * {@code Σ places × price}.
 *
 * <p>Rules enforced, always (every state of the aggregate, however built):
 * <ul>
 *   <li>shares add up to exactly 100 % ({@link ErrorCode#SHARES_NOT_100_PERCENT}); one line per offer;
 *   <li>validating an accompaniment under the agreement takes a place ({@link #takePlace}) on a date inside the
 *       period ({@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD}); the places held for an offer never exceed its
 *       places ({@link ErrorCode#NO_PLACE_LEFT}, or the waitlist under {@link WaitlistPolicy#WAITLIST});
 *   <li>what is billed under it ({@link #charge}) is never more than its budget ({@link ErrorCode#BUDGET_EXCEEDED})
 *       nor less than zero.
 * </ul>
 *
 * <p>Immutable: every command returns a {@link Change} and leaves this instance untouched.
 */
@Value.Immutable
@LiensStyle
public abstract class FundingAgreement implements Aggregate {

  public abstract AgreementId id();

  /** {@return the agreement's reference, printed on its invoices} */
  public abstract String reference();

  /** {@return the funders and their shares, in the order of the agreement (ties of a split go to the earlier one)} */
  public abstract List<FunderShare> funders();

  /** {@return the places and price per offer, one line per offer covered} */
  public abstract List<AgreementLine> lines();

  /** {@return the period the agreement covers: services outside it are neither placed nor billed under it} */
  public abstract AgreementPeriod period();

  /** {@return the day the agreement was concluded} */
  public abstract LocalDate concludedOn();

  /** {@return every place taken, held or released, in order} */
  public abstract List<Place> places();

  /** {@return the accompaniments waiting for a place, first come first} */
  public abstract List<WaitlistEntry> waitlist();

  /** {@return every amount billed under the agreement, in order} */
  public abstract List<AgreementCharge> charges();

  /** {@return a builder for storage adapters that rebuild a stored agreement; every invariant is still checked} */
  public static ImmutableFundingAgreement.Builder builder() {
    return ImmutableFundingAgreement.builder();
  }

  // ---------------------------------------------------------------- invariants

  /**
   * Checks the invariants Immutables cannot express: a reference, at least one funder, each once, with shares adding up
   * to 100 %, and at least one line.
   */
  @Value.Check
  protected void check() {
    Checks.notBlank(reference(), "reference");
    Checks.check(!funders().isEmpty(), "an agreement has at least one funder");
    Checks.check(funders().stream().map(FunderShare::funder).distinct().count() == funders().size(),
        "a funder appears twice in the agreement");
    MoneySplit.requireHundred(funders().stream().map(FunderShare::share).toList());
    Checks.check(!lines().isEmpty(), "an agreement covers at least one offer");
    Checks.check(lines().stream().map(AgreementLine::offer).distinct().count() == lines().size(),
        "an offer appears twice in the agreement");
    Set<AccompanimentId> seen = new HashSet<>();
    for (Place p : places()) {
      consistent(seen.add(p.accompaniment()), "an accompaniment took two places");
      consistent(line(p.offer()).isPresent(), "a place of an offer not covered");
    }
    for (AgreementLine line : lines()) {
      consistent(held(line.offer()) <= line.places(), "more places held than " + line.places() + " for " + line.offer());
    }
    for (WaitlistEntry w : waitlist()) {
      consistent(seen.add(w.accompaniment()), "a waitlisted accompaniment also has a place or waits twice");
      consistent(line(w.offer()).isPresent(), "a waitlist entry of an offer not covered");
    }
    consistent(charges().stream().map(AgreementCharge::document).distinct().count() == charges().size(),
        "a document charged twice");
    Money billed = billed();
    consistent(!billed.isNegative(), "billed less than zero");
    consistent(!billed.isGreaterThan(budget()), "billed " + billed + " over the budget " + budget());
  }

  private static void consistent(boolean condition, String message) {
    if (!condition) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "inconsistent funding agreement: " + message);
    }
  }

  // ---------------------------------------------------------------- conclusion

  /**
   * Concludes an agreement on these terms. A line without a negotiated price costs the offer's
   * {@link PriceBasis#MODULE} tariff in force on the period's first day; a line without a VAT regime takes the
   * regime of the offer's tariff (module, else hour), or is exempt if the book prices neither.
   *
   * @param id the new agreement's id
   * @param terms what was negotiated: reference, funders and shares, period, lines, budget
   * @param tariffs the tariff book that prices lines without a negotiated price or VAT regime
   * @param today the current date, from the clock; it becomes {@link #concludedOn()}
   * @return the agreement and its {@link FundingAgreementConcluded} event
   * @throws InvalidInputException with {@link ErrorCode#SHARES_NOT_100_PERCENT} if the shares do not add up to
   *     100 %, {@link ErrorCode#INVALID_VALUE} for no funder, no line, a funder or an offer given twice
   * @throws RuleViolationException with {@link ErrorCode#NO_TARIFF} or {@link ErrorCode#NO_TARIFF_BEFORE_DATE} for
   *     a line without a price that the book cannot price
   */
  public static Change<FundingAgreement> conclude(
      AgreementId id, AgreementTerms terms, TariffBook tariffs, LocalDate today) {
    Checks.required(id, "id");
    Checks.required(terms, "terms");
    Checks.required(tariffs, "tariffs");
    Checks.required(today, "today");
    MoneySplit.requireHundred(terms.funders().stream().map(FunderShare::share).toList());
    List<AgreementLine> lines = new ArrayList<>();
    for (AgreementLineTerms t : terms.lines()) {
      LocalDate start = terms.period().start();
      Money price = t.unitPrice()
          .orElseGet(() -> tariffs.inForce(t.offer(), PriceBasis.MODULE, start).price());
      VatRegime vat = t.vat().orElseGet(() -> tariffs.find(t.offer(), PriceBasis.MODULE)
          .or(() -> tariffs.find(t.offer(), PriceBasis.HOUR))
          .map(timeline -> regimeAt(timeline.values(), start))
          .orElseGet(VatRegime::exempt));
      lines.add(new AgreementLine(t.offer(), t.places(), price, vat));
    }
    FundingAgreement agreement = builder()
        .id(id)
        .version(0)
        .reference(terms.reference())
        .funders(terms.funders())
        .lines(lines)
        .period(terms.period())
        .concludedOn(today)
        .build();
    return Change.of(agreement, new FundingAgreementConcluded(id, agreement.reference(), terms.period().start(),
        terms.period().endExclusive(), terms.funders().stream().map(FunderShare::funder).toList(), agreement.budget()));
  }

  private static VatRegime regimeAt(List<Tariff> values, LocalDate date) {
    Tariff chosen = values.get(0);
    for (Tariff t : values) {
      if (!t.effectiveFrom().isAfter(date)) {
        chosen = t;
      }
    }
    return chosen.vat();
  }

  // ---------------------------------------------------------------- places

  /**
   * Takes a place for an accompaniment validated on {@code on} (R8, R10). With no place left, the
   * {@code policy} decides: {@link WaitlistPolicy#REFUSE} fails, {@link WaitlistPolicy#WAITLIST} puts the
   * accompaniment on the waitlist.
   *
   * @param funder the funder named by the referral; it must be one of the agreement's funders
   * @param accompaniment the accompaniment being validated
   * @param offer its offer, which must be one of the agreement's lines
   * @param on the validation date, inside the period
   * @param policy what to do when no place is left
   * @return the agreement with the place taken ({@link PlaceTaken}) or the accompaniment waitlisted ({@link
   *     PlaceWaitlisted})
   * @throws RuleViolationException with {@link ErrorCode#NOT_COVERED_BY_AGREEMENT} for an offer or funder not in
   *     the agreement, {@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD} for a date outside the period,
   *     {@link ErrorCode#NO_PLACE_LEFT} when full under {@link WaitlistPolicy#REFUSE}
   * @throws InvalidInputException if the accompaniment already has a place or waits for one
   */
  public Change<FundingAgreement> takePlace(
      AccompanimentId accompaniment, OfferCode offer, OrganisationId funder, LocalDate on, WaitlistPolicy policy) {
    Checks.required(accompaniment, "accompaniment");
    Checks.required(offer, "offer");
    Checks.required(funder, "funder");
    Checks.required(on, "on");
    Checks.required(policy, "policy");
    AgreementLine line = line(offer).orElseThrow(() -> new RuleViolationException(
        ErrorCode.NOT_COVERED_BY_AGREEMENT, "agreement " + reference() + " does not cover " + offer));
    if (share(funder).isEmpty()) {
      throw new RuleViolationException(
          ErrorCode.NOT_COVERED_BY_AGREEMENT, "the referral's funder is not a funder of agreement " + reference());
    }
    requireInPeriod(on, "a place is taken");
    Checks.check(placeOf(accompaniment).isEmpty() && !isWaitlisted(accompaniment)
            && places().stream().noneMatch(p -> p.accompaniment().equals(accompaniment)),
        "the accompaniment already has a place in agreement " + reference());
    if (held(offer) < line.places()) {
      List<Place> places = new ArrayList<>(places());
      places.add(new Place(accompaniment, offer, on, line.unitPrice(), line.vat(), Optional.empty()));
      return Change.of(builder().from(this).places(places).build(),
          new PlaceTaken(id(), accompaniment, offer, on, line.unitPrice()));
    }
    if (policy == WaitlistPolicy.REFUSE) {
      throw new RuleViolationException(ErrorCode.NO_PLACE_LEFT,
          "agreement " + reference() + " has no " + offer + " place left (" + line.places() + " taken)");
    }
    List<WaitlistEntry> waitlist = new ArrayList<>(waitlist());
    waitlist.add(new WaitlistEntry(accompaniment, offer, on));
    return Change.of(builder().from(this).waitlist(waitlist).build(),
        new PlaceWaitlisted(id(), accompaniment, offer, on));
  }

  /**
   * Gives back the place of an accompaniment that will not use it (cancelled before anything was billed), or
   * takes it off the waitlist. A freed place goes to the first accompaniment waiting for the same offer, if
   * {@code on} is inside the period.
   *
   * @param accompaniment the accompaniment that holds the place or waits for one
   * @param on the day the place is given back
   * @return the agreement without the place, with a {@link PlaceReleased} event, and a {@link PlaceTaken} event for the
   *     waiting accompaniment that gets it
   * @throws InvalidInputException if the accompaniment neither holds a place nor waits for one, or {@code on} is
   *     before the place was taken
   */
  public Change<FundingAgreement> releasePlace(AccompanimentId accompaniment, LocalDate on) {
    Checks.required(accompaniment, "accompaniment");
    Checks.required(on, "on");
    Optional<WaitlistEntry> waiting = waitlist().stream().filter(w -> w.accompaniment().equals(accompaniment)).findFirst();
    if (waiting.isPresent()) {
      List<WaitlistEntry> waitlist = new ArrayList<>(waitlist());
      waitlist.remove(waiting.get());
      return Change.of(builder().from(this).waitlist(waitlist).build(),
          new PlaceReleased(id(), accompaniment, waiting.get().offer(), on, true));
    }
    Place place = placeOf(accompaniment).orElseThrow(() -> new InvalidInputException(ErrorCode.INVALID_VALUE,
        "the accompaniment holds no place in agreement " + reference()));
    Checks.check(!on.isBefore(place.takenOn()), "a place is released on or after it was taken");
    List<Place> places = new ArrayList<>(places());
    places.set(places.indexOf(place), new Place(place.accompaniment(), place.offer(), place.takenOn(), place.price(),
        place.vat(), Optional.of(on)));
    List<EventPayload> events = new ArrayList<>();
    events.add(new PlaceReleased(id(), accompaniment, place.offer(), on, false));
    List<WaitlistEntry> waitlist = new ArrayList<>(waitlist());
    Optional<WaitlistEntry> next = waitlist.stream().filter(w -> w.offer().equals(place.offer())).findFirst();
    if (next.isPresent() && period().contains(on)) {
      AgreementLine line = line(place.offer()).orElseThrow();
      waitlist.remove(next.get());
      places.add(new Place(next.get().accompaniment(), line.offer(), on, line.unitPrice(), line.vat(), Optional.empty()));
      events.add(new PlaceTaken(id(), next.get().accompaniment(), line.offer(), on, line.unitPrice()));
    }
    return new Change<>(builder().from(this).places(places).waitlist(waitlist).build(), events);
  }

  // ---------------------------------------------------------------- billing

  /**
   * Records an amount billed under the agreement: an issued invoice (positive) or credit note (negative).
   *
   * @param document the id of the invoice or credit note charged; each is charged once
   * @param on its issue date
   * @param amount what it bills, tax included: positive for an invoice, negative for a credit note
   * @return the agreement with the charge recorded, and its {@link AgreementCharged} event
   * @throws RuleViolationException with {@link ErrorCode#BUDGET_EXCEEDED} if the billed total would exceed the
   *     budget
   * @throws InvalidInputException with {@link ErrorCode#INVALID_AMOUNT} for zero, or a credit larger than what was
   *     billed; {@link ErrorCode#INVALID_VALUE} for a document already charged
   */
  public Change<FundingAgreement> charge(UUID document, LocalDate on, Money amount) {
    Checks.required(document, "document");
    Checks.required(on, "on");
    Checks.required(amount, "amount");
    if (amount.isZero()) {
      throw new InvalidInputException(ErrorCode.INVALID_AMOUNT, "a charge is not zero");
    }
    Checks.check(charges().stream().noneMatch(c -> c.document().equals(document)), "document already charged");
    requireBudgetFor(amount);
    Money after = billed().plus(amount);
    if (after.isNegative()) {
      throw new InvalidInputException(ErrorCode.INVALID_AMOUNT,
          "a credit of " + amount.negate() + " is more than the " + billed() + " billed under " + reference());
    }
    List<AgreementCharge> charges = new ArrayList<>(charges());
    charges.add(new AgreementCharge(document, on, amount));
    return Change.of(builder().from(this).charges(charges).build(), new AgreementCharged(id(), document, on, amount));
  }

  // ---------------------------------------------------------------- queries

  /**
   * {@return the line of {@code offer}, if covered}
   * @param offer the offer
   */
  public Optional<AgreementLine> line(OfferCode offer) {
    return lines().stream().filter(l -> l.offer().equals(offer)).findFirst();
  }

  /**
   * {@return whether the agreement covers {@code offer}}
   * @param offer the offer
   */
  public boolean covers(OfferCode offer) {
    return line(offer).isPresent();
  }

  /**
   * {@return the share of {@code funder}, if it is one of the funders}
   * @param funder the organisation
   */
  public Optional<Percentage> share(OrganisationId funder) {
    return funders().stream().filter(f -> f.funder().equals(funder)).map(FunderShare::share).findFirst();
  }

  /**
   * {@return the place the accompaniment holds (not released), if any}
   * @param accompaniment the accompaniment
   */
  public Optional<Place> placeOf(AccompanimentId accompaniment) {
    return places().stream().filter(p -> p.held() && p.accompaniment().equals(accompaniment)).findFirst();
  }

  /**
   * {@return whether the accompaniment waits for a place}
   * @param accompaniment the accompaniment
   */
  public boolean isWaitlisted(AccompanimentId accompaniment) {
    return waitlist().stream().anyMatch(w -> w.accompaniment().equals(accompaniment));
  }

  /** {@return the budget: {@code Σ places × price} over the lines, tax included} */
  @Value.Derived
  public Money budget() {
    return Money.sum(lines().stream().map(AgreementLine::budget).toList());
  }

  /**
   * {@return the places of {@code offer} held now (taken, not released); 0 for an offer not covered}
   * @param offer the offer
   */
  public int held(OfferCode offer) {
    return (int) places().stream().filter(p -> p.held() && p.offer().equals(offer)).count();
  }

  /**
   * {@return whether a place of {@code offer} is left now}
   * @param offer the offer
   */
  public boolean hasPlaceLeft(OfferCode offer) {
    return line(offer).map(l -> held(offer) < l.places()).orElse(false);
  }

  /** {@return the offers with a place left now} */
  public List<OfferCode> offersWithPlacesLeft() {
    return lines().stream().map(AgreementLine::offer).filter(this::hasPlaceLeft).toList();
  }

  /**
   * {@return the places of {@code offer} left on {@code date}: its places less those held that day; 0 for an offer not
   * covered}
   * @param offer the offer
   * @param date the day counted
   */
  public int remainingPlaces(OfferCode offer, LocalDate date) {
    Checks.required(date, "date");
    return line(offer).map(l -> l.places()
        - (int) places().stream().filter(p -> p.offer().equals(offer) && p.heldOn(date)).count()).orElse(0);
  }

  /**
   * {@return the price of the places held on {@code date}: what the agreement has committed}
   * @param date the day counted
   */
  public Money committed(LocalDate date) {
    Checks.required(date, "date");
    return Money.sum(places().stream().filter(p -> p.heldOn(date)).map(Place::price).toList());
  }

  /**
   * The budget rule (R10): billing {@code amount} more under the agreement keeps what is billed within its budget.
   *
   * @param amount the amount about to be billed, tax included
   * @throws RuleViolationException with {@link ErrorCode#BUDGET_EXCEEDED} if it does not
   */
  public void requireBudgetFor(Money amount) {
    Checks.required(amount, "amount");
    if (billed().plus(amount).isGreaterThan(budget())) {
      throw new RuleViolationException(ErrorCode.BUDGET_EXCEEDED, "billing " + amount + " under agreement "
          + reference() + " would exceed its budget: " + billed() + " billed of " + budget());
    }
  }

  /**
   * The place that prices an accompaniment billed under the agreement (R10): the place it holds, with the price and
   * VAT regime frozen on it.
   *
   * @param accompaniment the accompaniment being billed
   * @return its place, whose price and VAT regime the invoice uses
   * @throws RuleViolationException with {@link ErrorCode#NOT_BILLABLE} if it waits for a place or holds none
   */
  public Place billablePlace(AccompanimentId accompaniment) {
    return placeOf(accompaniment).orElseThrow(() -> new RuleViolationException(ErrorCode.NOT_BILLABLE,
        isWaitlisted(accompaniment) ? "the accompaniment waits for a place of agreement " + reference()
            : "the accompaniment holds no place of agreement " + reference()));
  }

  /** {@return everything billed (invoices less credit notes), tax included} */
  public Money billed() {
    return Money.sum(charges().stream().map(AgreementCharge::amount).toList());
  }

  /**
   * {@return what was billed by the end of {@code date} (invoices less credit notes), tax included}
   * @param date the last issue date counted
   */
  public Money billed(LocalDate date) {
    Checks.required(date, "date");
    return Money.sum(charges().stream().filter(c -> !c.on().isAfter(date)).map(AgreementCharge::amount).toList());
  }

  /**
   * {@return the budget left to bill at the end of {@code date}: budget less what was billed by then}
   * @param date the last issue date counted
   */
  public Money remainingBudget(LocalDate date) {
    return budget().minus(billed(date));
  }

  @Override
  public FundingAgreement withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }

  private void requireInPeriod(LocalDate date, String what) {
    if (!period().contains(date)) {
      throw new RuleViolationException(ErrorCode.OUTSIDE_AGREEMENT_PERIOD,
          what + " on " + date + ", outside the period " + period() + " of agreement " + reference());
    }
  }

  /**
   * Fails with {@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD} unless {@code date} (a service performed) is inside the
   * period.
   *
   * @param date the date of the service
   */
  public void requireCovers(LocalDate date) {
    requireInPeriod(Checks.required(date, "date"), "a service performed");
  }
}
