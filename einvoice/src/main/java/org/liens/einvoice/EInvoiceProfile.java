package org.liens.einvoice;

/**
 * The Factur-X profile of an e-invoice (issue 15): which guideline its CII XML declares (EN 16931 BT-24).
 *
 * <p>Only EN 16931: every Chorus Pro field Liens holds has an EN 16931 business term (BT-46, BT-10, BT-13), so no
 * Chorus Pro data requires more. EXTENDED-CTC-FR is not offered: with {@code org.mustangproject:library} 2.25.0 a
 * Factur-X declaring it fails the library's own validator (the guideline identifier is not in the Factur-X
 * EXTENDED code list, FX-SCH-A-000636, and the PDF's XMP conformance level is refused), measured in issue 15.
 */
public enum EInvoiceProfile {
  /** EN 16931 ("COMFORT"): every field Liens prints, the Chorus Pro ones included. The default. */
  EN_16931("EN16931", "urn:cen.eu:en16931:2017");

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
