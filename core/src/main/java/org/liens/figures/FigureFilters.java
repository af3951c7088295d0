package org.liens.figures;

import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * What a report is narrowed to (issue 12): files of one prescriber, one funder, one offer, one territory, or any
 * combination; empty filters keep every file. Treat as a value type.
 *
 * @param prescriber only files this organisation prescribed
 * @param funder only files this organisation pays for
 * @param offer only files of this offer
 * @param territory only files of households of this territory
 */
public record FigureFilters(
    Optional<OrganisationId> prescriber, Optional<OrganisationId> funder, Optional<OfferCode> offer,
    Optional<String> territory) {
  /** No filter: every file of the period. */
  public static final FigureFilters NONE =
      new FigureFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the components: each an {@code Optional}, never null; a territory a bounded name.
   *
   * @param prescriber only files this organisation prescribed
   * @param funder only files this organisation pays for
   * @param offer only files of this offer
   * @param territory only files of households of this territory
   */
  public FigureFilters {
    Checks.requiredAll("prescriber, funder, offer, territory", prescriber, funder, offer, territory);
    territory = territory.map(t -> Checks.name(t, "territory"));
  }

  /**
   * {@return these filters, narrowed to one prescriber}
   *
   * @param value the prescriber
   */
  public FigureFilters withPrescriber(OrganisationId value) {
    return new FigureFilters(Optional.of(Checks.required(value, "prescriber")), funder, offer, territory);
  }

  /**
   * {@return these filters, narrowed to one funder}
   *
   * @param value the funder
   */
  public FigureFilters withFunder(OrganisationId value) {
    return new FigureFilters(prescriber, Optional.of(Checks.required(value, "funder")), offer, territory);
  }

  /**
   * {@return these filters, narrowed to one offer}
   *
   * @param value the offer
   */
  public FigureFilters withOffer(OfferCode value) {
    return new FigureFilters(prescriber, funder, Optional.of(Checks.required(value, "offer")), territory);
  }

  /**
   * {@return these filters, narrowed to one territory}
   *
   * @param value the territory, as households record it
   */
  public FigureFilters withTerritory(String value) {
    return new FigureFilters(prescriber, funder, offer, Optional.of(Checks.name(value, "territory")));
  }

  /**
   * {@return whether a file passes the filters, the territory read from its household's fact}
   *
   * @param file the file
   * @param household its household's fact
   */
  public boolean keeps(FileFact file, HouseholdFact household) {
    return prescriber.map(p -> file.prescriber().equals(Optional.of(p))).orElse(true)
        && funder.map(file.funder()::equals).orElse(true)
        && offer.map(file.offer()::equals).orElse(true)
        && territory.map(t -> household.territory().equals(Optional.of(t))).orElse(true);
  }
}
