package org.liens.workshop;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.GroupModel;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.PricedLine;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatRegime;
import org.liens.shared.Aggregate;
import org.liens.shared.Change;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensStyle;
import org.liens.shared.RuleViolationException;

/**
 * A quote (devis) for ARCS group workshops ordered by an institution (R3, R9: "la praticienne … établit un devis
 * adapté à la commande : nombre d'enfants par atelier ? fréquence des ateliers ? déplacements ?").
 *
 * <p><b>Formula</b>, from the group model of the tariff in force on the quote's date (2023: 900 € TTC for six
 * one-hour sessions of up to six children): the children are split into {@code ceil(children / 6)} groups; one
 * group session costs {@code 900 € / 6 = 150 €} per hour of session, in proportion to its length, rounded once
 * to the cent; the workshop line is {@code groups × sessions} group sessions at that price; travel adds a line
 * (trips × unit cost, or kilometres × rate). So 6 children, 6 weekly one-hour sessions: 1 group, 6 × 150 € =
 * <b>900 €</b>, the seed's model; 8 children: 2 groups, 12 × 150 € = 1800 €.
 *
 * <p>The tariff is frozen on the quote: a later price never changes a quote already proposed. Lifecycle:
 * {@code PROPOSED → ACCEPTED} on or before {@link #validUntil()} (a {@link WorkshopSeries} opens) or
 * {@code → DECLINED}. Immutable.
 */
@Value.Immutable
@LiensStyle
public abstract class Quote implements Aggregate {

  public abstract QuoteId id();

  /** {@return the institution that ordered and pays} */
  public abstract OrganisationId client();

  /** {@return the number of children the quote is for (R9)} */
  public abstract int children();

  /**
   * Sessions per group.
   *
   * @return one or more
   */
  public abstract int sessions();

  /** {@return the length of one session} */
  public abstract Duration sessionLength();

  /** {@return how often the sessions are held} */
  public abstract SessionFrequency frequency();

  /** {@return the travel costs quoted} */
  public abstract Travel travel();

  /** {@return the date of the quote} */
  public abstract LocalDate quotedOn();

  /** {@return the last day the quote may be accepted} */
  public abstract LocalDate validUntil();

  /** {@return the group-model tariff in force on {@link #quotedOn()}, frozen} */
  public abstract Tariff tariff();

  /** {@return where the quote stands} */
  public abstract QuoteStatus status();

  /** {@return when it was accepted or declined} */
  public abstract Optional<LocalDate> decidedOn();

  /** {@return the workshop series opened by its acceptance} */
  public abstract Optional<WorkshopSeriesId> series();

  /** {@return a builder for storage adapters that rebuild a stored quote; every invariant is still checked} */
  public static ImmutableQuote.Builder builder() {
    return ImmutableQuote.builder();
  }

  /**
   * Checks the invariants; called by Immutables whenever an instance is built, so a stored row that breaks them is refused.
   */
  @Value.Check
  protected void check() {
    Checks.check(children() >= 1, "a quote is for one child or more");
    Checks.check(sessions() >= 1, "a quote is for one session or more");
    Checks.check(tariff().basis() == PriceBasis.GROUP_MODEL, "a quote is priced on a group model tariff");
    Checks.check(!validUntil().isBefore(quotedOn()), "a quote is valid at least on the day it is made");
    Checks.check((status() == QuoteStatus.PROPOSED) != decidedOn().isPresent(), "decidedOn is set once decided");
    Checks.check((status() == QuoteStatus.ACCEPTED) == series().isPresent(), "only an accepted quote has a series");
  }

  /**
   * Proposes a quote for {@code request}, priced on {@code groupTariff} (the group model in force today).
   *
   * @param id the id of the new quote
   * @param request what is asked for
   * @param today the current date, from the clock
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for a tariff that is not a group model or a
   *     validity date before today (0 children or sessions are refused by {@link QuoteRequest})
   * @param groupTariff the group model tariff in force today (R3)
   * @return the new quote, {@code PROPOSED}, and its event
   */
  public static Change<Quote> propose(QuoteId id, QuoteRequest request, Tariff groupTariff, LocalDate today) {
    Checks.required(request, "request");
    Checks.required(groupTariff, "groupTariff");
    Checks.required(today, "today");
    Checks.check(groupTariff.basis() == PriceBasis.GROUP_MODEL, "a quote is priced on a group model tariff");
    Checks.check(!request.validUntil().isBefore(today), "a quote is valid at least until today");
    Quote quote = builder()
        .id(Checks.required(id, "id"))
        .version(0)
        .client(request.client())
        .children(request.children())
        .sessions(request.sessions())
        .sessionLength(request.sessionLength())
        .frequency(request.frequency())
        .travel(request.travel())
        .quotedOn(today)
        .validUntil(request.validUntil())
        .tariff(groupTariff)
        .status(QuoteStatus.PROPOSED)
        .build();
    return Change.of(quote, new QuoteProposed(id, request.client(), request.children(), quote.groups(), quote.total(),
        today, request.validUntil()));
  }

  // ---------------------------------------------------------------- the formula

  /** {@return the offer quoted: the tariff's} */
  public OfferCode offer() {
    return tariff().offer();
  }

  /** {@return the VAT regime: the tariff's} */
  public VatRegime vat() {
    return tariff().vat();
  }

  /** {@return the group model of the frozen tariff} */
  public GroupModel model() {
    return tariff().groupModel().orElseThrow();
  }

  /** {@return {@code ceil(children / childrenPerGroup)}} */
  public int groups() {
    return model().groupsFor(children());
  }

  /**
   * {@return the TTC price of one session of one group: model price × session length / (model sessions × model
   * length)}
   */
  public Money groupSessionPrice() {
    return model().groupSessionPrice(tariff().price(), sessionLength());
  }

  /** {@return the workshop line, then the travel line if any} */
  public List<PricedLine> lines() {
    List<PricedLine> lines = new ArrayList<>();
    lines.add(new PricedLine(
        "Ateliers de remise en confiance scolaire : " + groups() + " groupe(s) × " + sessions() + " séance(s) de "
            + sessionLength().toMinutes() + " min",
        Quantity.of((long) groups() * sessions(), QuantityUnit.GROUP_SESSION),
        groupSessionPrice()));
    travel().line().ifPresent(lines::add);
    return List.copyOf(lines);
  }

  /** {@return the TTC total: the sum of the lines} */
  public Money total() {
    return Money.sum(lines().stream().map(PricedLine::amount).toList());
  }

  /**
   * {@return whether the quote can no longer be accepted on {@code date}}
   *
   * @param date the day tested
   */
  public boolean isExpiredOn(LocalDate date) {
    return status() == QuoteStatus.PROPOSED && date.isAfter(validUntil());
  }

  // ---------------------------------------------------------------- decisions

  /**
   * {@return the client accepts the quote on {@code on}: the workshop series {@code series} is to be opened with
   * it}
   *
   * @param series the workshop series
   * @throws IllegalTransitionException unless {@code PROPOSED}
   * @throws RuleViolationException with {@link ErrorCode#QUOTE_EXPIRED} after {@link #validUntil()}
   * @param on the date of the acceptance, on or before {@link #validUntil()}
   */
  public Change<Quote> accept(WorkshopSeriesId series, LocalDate on) {
    Checks.required(series, "series");
    Checks.required(on, "on");
    requireProposed("accept");
    Checks.check(!on.isBefore(quotedOn()), "a quote is accepted on or after it was made");
    if (on.isAfter(validUntil())) {
      throw new RuleViolationException(ErrorCode.QUOTE_EXPIRED,
          "the quote was valid until " + validUntil() + ", accepted on " + on);
    }
    return Change.of(builder().from(this).status(QuoteStatus.ACCEPTED).decidedOn(on).series(series).build(),
        new QuoteAccepted(id(), series, on));
  }

  /**
   * {@return the client declines the quote}
   *
   * @throws IllegalTransitionException unless {@code PROPOSED}
   * @param on the date of the refusal
   */
  public Change<Quote> decline(LocalDate on) {
    Checks.required(on, "on");
    requireProposed("decline");
    Checks.check(!on.isBefore(quotedOn()), "a quote is declined on or after it was made");
    return Change.of(builder().from(this).status(QuoteStatus.DECLINED).decidedOn(on).build(),
        new QuoteDeclined(id(), on));
  }

  private void requireProposed(String action) {
    if (status() != QuoteStatus.PROPOSED) {
      throw new IllegalTransitionException(ErrorCode.ILLEGAL_TRANSITION, "cannot " + action + " a quote that is " + status());
    }
  }

  @Override
  public Quote withVersion(long newVersion) {
    return builder().from(this).version(newVersion).build();
  }
}
