package org.liens.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLine;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * What the published figures know of a funding agreement (issue 12, R10): its period, its funders and the places it
 * agreed per offer. Recorded once, when it is concluded (its terms never change). Treat as a value type.
 *
 * @param agreement the funding agreement
 * @param start its first day
 * @param endExclusive the day after its last day
 * @param funders the funders party to it
 * @param lines the places agreed, per offer
 */
public record AgreementFact(
    AgreementId agreement, LocalDate start, LocalDate endExclusive, List<OrganisationId> funders, List<Line> lines) {
  /**
   * The places agreed for one offer.
   *
   * @param offer the offer
   * @param places the places agreed, one or more
   */
  public record Line(OfferCode offer, int places) {
    /**
     * Checks the components: an offer, one place or more.
     *
     * @param offer the offer
     * @param places the places agreed
     */
    public Line {
      Checks.required(offer, "offer");
      Checks.check(places >= 1, "an offer has one place or more");
    }
  }

  /**
   * Checks the components: every one required, the period not empty, at least one funder and one offer.
   *
   * @param agreement the funding agreement
   * @param start its first day
   * @param endExclusive the day after its last day
   * @param funders the funders party to it
   * @param lines the places agreed, per offer
   */
  public AgreementFact {
    Checks.requiredAll("agreement, start, endExclusive", agreement, start, endExclusive);
    Checks.check(endExclusive.isAfter(start), "an agreement's period is not empty");
    funders = Checks.listOf(funders, "funders");
    lines = Checks.listOf(lines, "lines");
    Checks.check(!funders.isEmpty() && !lines.isEmpty(), "an agreement has a funder and an offer");
  }

  /**
   * {@return the fact of a concluded agreement}
   *
   * @param agreement the agreement as concluded
   */
  public static AgreementFact of(FundingAgreement agreement) {
    List<Line> places = new ArrayList<>();
    for (AgreementLine line : agreement.lines()) {
      places.add(new Line(line.offer(), line.places()));
    }
    return new AgreementFact(agreement.id(), agreement.period().start(), agreement.period().endExclusive(),
        agreement.funders().stream().map(FunderShare::funder).toList(), places);
  }

  /**
   * {@return the day its places in use are counted on for a query: the query's last day, or the agreement's last day
   * if earlier; empty when the agreement's period and the query's do not overlap}
   *
   * @param query the report's query
   */
  public Optional<LocalDate> countedOn(FigureQuery query) {
    if (start.isAfter(query.to()) || !endExclusive.isAfter(query.from())) {
      return Optional.empty();
    }
    LocalDate last = endExclusive.minusDays(1);
    return Optional.of(last.isBefore(query.to()) ? last : query.to());
  }

  /**
   * {@return whether the agreement is in a report with these filters: not when narrowed to a prescriber or a territory
   * (places belong to no prescriber nor territory), only a funder's own agreements when narrowed to a funder}
   *
   * @param filters the report's filters
   */
  public boolean keeps(FigureFilters filters) {
    return filters.prescriber().isEmpty() && filters.territory().isEmpty()
        && filters.funder().map(funders::contains).orElse(true);
  }
}
