package org.liens.organisation;

/**
 * A datum Chorus Pro needs to route an invoice to a public funder (issue 15): what a
 * {@code MissingChorusProDataException} names when it is missing.
 */
public enum ChorusProField {
  /** The buyer's SIRET (EN 16931 BT-46, scheme 0009): the establishment Chorus Pro delivers to. */
  SIRET("the funder's SIRET (ChorusPro.withSiret(…))"),
  /** The code of the buyer's executing service (scheme 0224), when the funder requires one. */
  SERVICE_CODE("the funder's service code (ChorusPro.withServiceCode(…))"),
  /** The commitment number (numéro d'engagement, EN 16931 BT-13), when the funder requires one. */
  COMMITMENT_NUMBER("the funder's commitment number (ChorusPro.withCommitmentNumber(…))");

  private final String description;

  ChorusProField(String description) {
    this.description = description;
  }

  /** {@return what is missing and where a host sets it, in English, without personal data} */
  public String description() {
    return description;
  }
}
