package org.liens.figures;

import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;

/**
 * The names of the money and place figures (issue 12): counts of documents, their amounts in cents, the places of
 * funding agreements. A count is {@code invoices} or {@code creditNotes}, whole or narrowed by {@code .offer.X} or
 * {@code .funder.<id>}; its amount in {@link FigureCounts} is the same name after {@code cents.}, and in a report
 * the same name after {@code amounts.} (euros). Definitions are on each method; the README ("Published figures")
 * repeats them.
 */
public final class FinanceKeys {
  /** Invoices issued in the period, one per offer they bill (an invoice bills one accompaniment or series). */
  public static final String INVOICES = "invoices";
  /** Credit notes issued in the period, one per offer they credit. */
  public static final String CREDIT_NOTES = "creditNotes";
  /** The prefix of an amount, in cents, in {@link FigureCounts}. */
  public static final String CENTS = "cents.";
  /** The prefix of an amount, in euros, among a report's measures. */
  public static final String AMOUNTS = "amounts.";

  private FinanceKeys() {}

  /**
   * {@return the documents counted: {@link #CREDIT_NOTES} or {@link #INVOICES}}
   *
   * @param credit whether credit notes
   */
  public static String documents(boolean credit) {
    return credit ? CREDIT_NOTES : INVOICES;
  }

  /**
   * {@return the documents of one offer issued in the period}
   *
   * @param credit whether credit notes
   * @param offer the offer
   */
  public static String byOffer(boolean credit, OfferCode offer) {
    return documents(credit) + ".offer." + offer.value();
  }

  /**
   * {@return the documents of one funder issued in the period}
   *
   * @param credit whether credit notes
   * @param funder the funder invoiced or credited
   */
  public static String byFunder(boolean credit, OrganisationId funder) {
    return documents(credit) + ".funder." + funder.value();
  }

  /**
   * {@return the places an agreement agreed for an offer (R10)}
   *
   * @param agreement the agreement
   * @param offer the offer
   */
  public static String placesAgreed(AgreementId agreement, OfferCode offer) {
    return "places." + agreement.value() + "." + offer.value() + ".agreed";
  }

  /**
   * {@return the places of an offer in use on the day counted: taken on or before it, not released on or before it;
   * the day counted is the report's last day, or the agreement's last day if earlier}
   *
   * @param agreement the agreement
   * @param offer the offer
   */
  public static String placesUsed(AgreementId agreement, OfferCode offer) {
    return "places." + agreement.value() + "." + offer.value() + ".used";
  }

  /**
   * {@return the "used" figure beside an "agreed" one}
   *
   * @param agreed a {@link #placesAgreed} name
   */
  static String usedOf(String agreed) {
    return agreed.substring(0, agreed.length() - "agreed".length()) + "used";
  }
}
