package org.liens.einvoice;

/**
 * The Factur-X profile of an e-invoice (Factur-X 1.07; issue 15): which guideline its CII XML declares
 * (EN 16931 BT-24).
 */
public enum EInvoiceProfile {
  /** EN 16931 ("COMFORT"): every field Liens prints, the Chorus Pro ones included. The default. */
  EN_16931("EN16931", "urn:cen.eu:en16931:2017"),
  /** EXTENDED-CTC-FR, the French CTC extension of the EXTENDED profile, for Chorus Pro setups that ask for it. */
  EXTENDED_CTC_FR("EXTENDED-CTC-FR", "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr");

  private final String libraryName;
  private final String guideline;

  EInvoiceProfile(String libraryName, String guideline) {
    this.libraryName = libraryName;
    this.guideline = guideline;
  }

  /** {@return the profile's name in the e-invoicing library (Mustang)} */
  String libraryName() {
    return libraryName;
  }

  /** {@return the guideline identifier (BT-24) the CII XML declares} */
  public String guideline() {
    return guideline;
  }
}
