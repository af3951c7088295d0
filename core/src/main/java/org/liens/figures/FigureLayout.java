package org.liens.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.figures.Suppression.Table;

/**
 * The sums a report exposes (issue 12), which suppression must keep from giving a hidden count away: files by outcome;
 * eligible files by offer and by state (the ended ones by state and by exit reason); families by composition, by
 * employment and by poverty line. Children and the accompaniments started per offer stand alone.
 *
 * @param tables the sums, in the order the report prints them
 * @param others the counts tied to no sum
 * @param offers the offers, the catalogue's then any other found in the counts
 */
public record FigureLayout(List<Table> tables, List<String> others, List<OfferCode> offers) {
  /**
   * Checks the components and copies them.
   *
   * @param tables the sums
   * @param others the counts tied to no sum
   * @param offers the offers
   */
  public FigureLayout {
    tables = List.copyOf(tables);
    others = List.copyOf(others);
    offers = List.copyOf(offers);
  }

  /**
   * {@return the layout of a report over {@code counts} with the catalogue's offers and exit reasons}
   *
   * @param catalog the catalogue in use
   * @param counts the counts, for offers and exit reasons no longer in the catalogue
   */
  public static FigureLayout of(Catalog catalog, FigureCounts counts) {
    Set<OfferCode> offers = new LinkedHashSet<>(catalog.offers().stream().map(Offer::code).toList());
    Set<String> exits = new LinkedHashSet<>(catalog.exitReasons().codes());
    for (String key : counts.counts().keySet()) {
      if (key.startsWith("accompaniments.offer.")) {
        offers.add(OfferCode.of(key.substring("accompaniments.offer.".length())));
      } else if (key.startsWith("exits.")) {
        exits.add(key.substring("exits.".length()));
      }
    }
    String eligible = FigureKeys.files(FileOutcome.ELIGIBLE);
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(FigureKeys.FILES, List.of(eligible, FigureKeys.files(FileOutcome.REJECTED),
        FigureKeys.files(FileOutcome.EXPIRED), FigureKeys.files(FileOutcome.PENDING))));
    tables.add(new Table(eligible, offers.stream().map(FigureKeys::byOffer).toList()));
    tables.add(new Table(eligible, List.of(FigureKeys.byState(AccompanimentStatus.VALIDATED),
        FigureKeys.byState(AccompanimentStatus.ACTIVE), FigureKeys.ENDED)));
    tables.add(new Table(FigureKeys.ENDED, List.of(FigureKeys.byState(AccompanimentStatus.CLOSED),
        FigureKeys.byState(AccompanimentStatus.CANCELLED), FigureKeys.byState(AccompanimentStatus.SUCCEEDED))));
    tables.add(new Table(FigureKeys.ENDED, exits.stream().map(FigureKeys::exit).toList()));
    tables.add(new Table(FigureKeys.FAMILIES, List.of(FigureKeys.SINGLE_PARENT, FigureKeys.OTHER_COMPOSITION)));
    tables.add(new Table(FigureKeys.FAMILIES, List.of(FigureKeys.IN_WORK, FigureKeys.RSA,
        FigureKeys.OTHER_EMPLOYMENT)));
    tables.add(new Table(FigureKeys.FAMILIES, List.of(FigureKeys.BELOW_POVERTY_LINE,
        FigureKeys.NOT_BELOW_POVERTY_LINE)));
    List<String> others = new ArrayList<>();
    others.add(FigureKeys.CHILDREN);
    offers.forEach(o -> others.add(FigureKeys.contacts(o, "started")));
    return new FigureLayout(tables, others, List.copyOf(offers));
  }
}
