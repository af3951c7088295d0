package org.liens.einvoice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.liens.shared.Checks;

/**
 * The e-invoices of one issued invoice or credit note (issue 15): its CII XML, the same as UBL 2.1 XML, and its
 * Factur-X, a PDF/A-3 a person can read with the CII XML embedded as {@code factur-x.xml}. Immutable: every
 * accessor returns a copy.
 */
public final class EInvoice {
  private final String number;
  private final EInvoiceProfile profile;
  private final byte[] cii;
  private final byte[] ubl;
  private final byte[] facturX;

  EInvoice(String number, EInvoiceProfile profile, byte[] cii, byte[] ubl, byte[] facturX) {
    this.number = Checks.notBlank(number, "number");
    this.profile = Checks.required(profile, "profile");
    this.cii = Checks.required(cii, "cii").clone();
    this.ubl = Checks.required(ubl, "ubl").clone();
    this.facturX = Checks.required(facturX, "facturX").clone();
  }

  /** {@return the number of the document, e.g. {@code F-2023-00042}: the names of the files it writes} */
  public String number() {
    return number;
  }

  /** {@return the Factur-X profile its CII declares} */
  public EInvoiceProfile profile() {
    return profile;
  }

  /** {@return the UN/CEFACT Cross Industry Invoice XML (D16B), UTF-8} */
  public byte[] cii() {
    return cii.clone();
  }

  /** {@return the UBL 2.1 XML ({@code Invoice} or {@code CreditNote}), UTF-8} */
  public byte[] ubl() {
    return ubl.clone();
  }

  /** {@return the Factur-X: a PDF/A-3 with the CII XML embedded} */
  public byte[] facturX() {
    return facturX.clone();
  }

  /**
   * Writes the three files into {@code directory} (created if needed): {@code <number>.pdf} (Factur-X),
   * {@code <number>-cii.xml} and {@code <number>-ubl.xml}, replacing files of the same names.
   *
   * @param directory where to write them
   * @return the paths written: the Factur-X, the CII, the UBL
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path directory) throws IOException {
    Files.createDirectories(Checks.required(directory, "directory"));
    return List.of(Files.write(directory.resolve(number + ".pdf"), facturX),
        Files.write(directory.resolve(number + "-cii.xml"), cii),
        Files.write(directory.resolve(number + "-ubl.xml"), ubl));
  }
}
