package org.liens.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.liens.accompaniment.Accompaniment;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceLine;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;

/**
 * What the published figures know of one issued invoice or credit note, for one offer it bills (issue 12): ids, a
 * date and an amount, never a name or a free text. An issued document never changes, so it is recorded once, in the
 * transaction that issued it, with the instant it was recorded: a report "as known on" an earlier instant does not
 * see it.
 *
 * @param document the invoice's or credit note's id
 * @param credit whether it is a credit note
 * @param funder the funder invoiced or credited
 * @param offer the offer of the lines counted
 * @param prescriber the prescriber of the accompaniment billed; empty for a workshop series or a family's request
 * @param household the household of the accompaniment billed; empty for a workshop series
 * @param issuedOn the issue date: the date that puts the document in a period
 * @param cents the amount, tax included, of the document's lines of that offer, in cents, more than zero
 */
public record MoneyFact(
    UUID document, boolean credit, OrganisationId funder, OfferCode offer, Optional<OrganisationId> prescriber,
    Optional<HouseholdId> household, LocalDate issuedOn, long cents) {
  /**
   * Checks the components: every reference required, an amount more than zero.
   *
   * @param document the invoice's or credit note's id
   * @param credit whether it is a credit note
   * @param funder the funder invoiced or credited
   * @param offer the offer of the lines counted
   * @param prescriber the prescriber of the accompaniment billed
   * @param household the household of the accompaniment billed
   * @param issuedOn the issue date
   * @param cents the amount in cents
   */
  public MoneyFact {
    Checks.requiredAll("document, funder, offer, prescriber, household, issuedOn", document, funder, offer, prescriber,
        household, issuedOn);
    Checks.date(issuedOn, "issuedOn");
    Checks.check(cents > 0, "an amount is more than zero");
  }

  /**
   * {@return the facts of an issued invoice of a workshop series, one per offer of its lines}
   *
   * @param invoice the issued invoice
   */
  public static List<MoneyFact> of(Invoice invoice) {
    return of(invoice, Optional.empty());
  }

  /**
   * {@return the facts of an issued invoice of an accompaniment, one per offer of its lines}
   *
   * @param invoice the issued invoice
   * @param accompaniment the accompaniment it bills
   */
  public static List<MoneyFact> of(Invoice invoice, Accompaniment accompaniment) {
    return of(invoice, Optional.of(Checks.required(accompaniment, "accompaniment")));
  }

  /**
   * {@return the facts of a credit note of a workshop series' invoice, one per offer of the lines it credits}
   *
   * @param note the credit note
   * @param invoice the invoice it corrects
   */
  public static List<MoneyFact> of(CreditNote note, Invoice invoice) {
    return of(note, invoice, Optional.empty());
  }

  /**
   * {@return the facts of a credit note of an accompaniment's invoice, one per offer of the lines it credits}
   *
   * @param note the credit note
   * @param invoice the invoice it corrects
   * @param accompaniment the accompaniment the invoice bills
   */
  public static List<MoneyFact> of(CreditNote note, Invoice invoice, Accompaniment accompaniment) {
    return of(note, invoice, Optional.of(Checks.required(accompaniment, "accompaniment")));
  }

  private static List<MoneyFact> of(Invoice invoice, Optional<Accompaniment> accompaniment) {
    Map<OfferCode, Long> byOffer = new LinkedHashMap<>();
    for (InvoiceLine line : invoice.lines()) {
      byOffer.merge(line.offer(), line.amount().cents(), Long::sum);
    }
    return facts(invoice.id().value(), false, invoice.funder(), accompaniment, invoice.issued().issuedOn(), byOffer);
  }

  private static List<MoneyFact> of(CreditNote note, Invoice invoice, Optional<Accompaniment> accompaniment) {
    Map<OfferCode, Long> byOffer = new LinkedHashMap<>();
    for (CreditLine line : note.lines()) {
      byOffer.merge(invoice.lines().get(line.invoiceLine()).offer(), line.amount().cents(), Long::sum);
    }
    return facts(note.id().value(), true, note.funder(), accompaniment, note.issuedOn(), byOffer);
  }

  private static List<MoneyFact> facts(UUID document, boolean credit, OrganisationId funder,
      Optional<Accompaniment> accompaniment, LocalDate issuedOn, Map<OfferCode, Long> byOffer) {
    List<MoneyFact> facts = new ArrayList<>();
    byOffer.forEach((offer, cents) -> facts.add(new MoneyFact(document, credit, funder, offer,
        accompaniment.flatMap(Accompaniment::prescriber), accompaniment.map(Accompaniment::household), issuedOn,
        cents)));
    return facts;
  }

  /**
   * {@return whether the document passes the filters: a prescriber or a territory keeps only documents of an
   * accompaniment of that prescriber, of a household of that territory}
   *
   * @param filters the report's filters
   * @param families the fact of a household known at the knowledge instant, if any; asked only for a territory
   */
  public boolean keeps(FigureFilters filters, Function<HouseholdId, Optional<HouseholdFact>> families) {
    Optional<HouseholdFact> family = filters.territory().isPresent() ? household.flatMap(families) : Optional.empty();
    return filters.prescriber().map(p -> prescriber.equals(Optional.of(p))).orElse(true)
        && filters.funder().map(funder::equals).orElse(true)
        && filters.offer().map(offer::equals).orElse(true)
        && filters.territory().map(t -> family.flatMap(HouseholdFact::territory).equals(Optional.of(t))).orElse(true);
  }
}
