package org.liens.einvoice;

import com.helger.cii.d16b.CIID16BCrossIndustryInvoiceTypeMarshaller;
import com.helger.commons.error.list.ErrorList;
import com.helger.en16931.cii2ubl.CIIToUBL21Converter;
import com.helger.ubl21.UBL21Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.IssuedInvoice;
import org.liens.pricing.Money;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.IllegalTransitionException;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;
import org.mustangproject.ZUGFeRD.ZUGFeRDVisualizer;
import un.unece.uncefact.data.standard.crossindustryinvoice._100.CrossIndustryInvoiceType;

/**
 * The e-invoices of issued invoices and credit notes, in one call (issue 15): {@link #of(Invoice)} and
 * {@link #of(CreditNote)} give the CII XML, the UBL 2.1 XML and the Factur-X PDF/A-3 of a document, conforming to
 * EN 16931, with the amounts exactly as issued. The library {@code org.mustangproject:library} writes the CII and
 * the PDF/A-3, and its converter ({@code com.helger:en16931-cii2ubl}) the UBL from the CII. Immutable and
 * thread-safe; it reads nothing and stores nothing.
 *
 * <pre>{@code
 * EInvoice einvoice = EInvoicing.of(EInvoiceSettings.standard()).of(issuedInvoice);
 * einvoice.writeTo(Path.of("target/e-invoices"));
 * }</pre>
 */
public final class EInvoicing {
  private final EInvoiceSettings settings;
  private final MustangDocuments documents;

  private EInvoicing(EInvoiceSettings settings) {
    this.settings = Checks.required(settings, "settings");
    this.documents = new MustangDocuments(settings);
  }

  /**
   * {@return an exporter with these settings}
   *
   * @param settings the VAT exemption reason code and the country of addresses
   */
  public static EInvoicing of(EInvoiceSettings settings) {
    return new EInvoicing(settings);
  }

  /** {@return the settings of this exporter} */
  public EInvoiceSettings settings() {
    return settings;
  }

  /**
   * The e-invoices of an issued invoice (document type 380).
   *
   * @param invoice an issued invoice
   * @return its CII, UBL and Factur-X
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} for a draft or a discarded invoice
   * @throws MissingEInvoiceDataException if the seller lacks a field EN 16931 requires (its VAT number)
   * @throws EInvoiceException if its amounts cannot be carried exactly, or the library failed
   */
  public EInvoice of(Invoice invoice) {
    IssuedInvoice issued = IssuedInvoice.of(Checks.required(invoice, "invoice"));
    return export(issued.number().toString(), documents.of(issued), invoice.totalNet(), invoice.totalVat(),
        invoice.total());
  }

  /**
   * The e-invoices of a credit note (document type 381, citing the number and date of the invoice it corrects).
   *
   * @param note a credit note, issued as every credit note is
   * @return its CII, UBL and Factur-X
   * @throws MissingEInvoiceDataException if the seller lacks a field EN 16931 requires (its VAT number)
   * @throws EInvoiceException if its amounts cannot be carried exactly, or the library failed
   */
  public EInvoice of(CreditNote note) {
    Checks.required(note, "note");
    return export(note.number().toString(), documents.of(note), note.totalNet(), note.totalVat(), note.total());
  }

  /**
   * The CII XML alone of an issued invoice, as {@link #of(Invoice)} gives it, without the UBL and the PDF.
   *
   * @param invoice an issued invoice
   * @return its CII XML, UTF-8
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} for a draft or a discarded invoice
   * @throws MissingEInvoiceDataException if the seller lacks a field EN 16931 requires (its VAT number)
   * @throws EInvoiceException if its amounts cannot be carried exactly, or the library failed
   */
  public byte[] cii(Invoice invoice) {
    IssuedInvoice issued = IssuedInvoice.of(Checks.required(invoice, "invoice"));
    return checkedCii(issued.number().toString(), documents.of(issued), invoice.totalNet(), invoice.totalVat(),
        invoice.total());
  }

  /**
   * The UBL 2.1 XML alone of an issued invoice, as {@link #of(Invoice)} gives it, without the PDF.
   *
   * @param invoice an issued invoice
   * @return its UBL 2.1 XML, UTF-8
   * @throws IllegalTransitionException with {@link ErrorCode#NOT_ISSUED} for a draft or a discarded invoice
   * @throws MissingEInvoiceDataException if the seller lacks a field EN 16931 requires (its VAT number)
   * @throws EInvoiceException if its amounts cannot be carried exactly, or the library failed
   */
  public byte[] ubl(Invoice invoice) {
    return ubl(cii(invoice), invoice.issuedNumber().toString());
  }

  private static EInvoice export(String number, org.mustangproject.Invoice document, Money net, Money vat,
      Money gross) {
    EInvoiceProfile profile = EInvoiceProfile.EN_16931; // carries every Chorus Pro field (see EInvoiceProfile)
    byte[] cii = checkedCii(number, document, net, vat, gross);
    return new EInvoice(number, profile, cii, ubl(cii, number), facturX(cii, profile, number));
  }

  /** The CII of {@code document}, read back and checked to carry the issued totals to the cent. */
  private static byte[] checkedCii(String number, org.mustangproject.Invoice document, Money net, Money vat,
      Money gross) {
    byte[] cii = cii(document, EInvoiceProfile.EN_16931);
    CiiTotals.of(cii).requireEqual(net, vat, gross, number);
    return cii;
  }

  private static byte[] cii(org.mustangproject.Invoice document, EInvoiceProfile profile) {
    try {
      ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
      provider.setProfile(Profiles.getByName(profile.libraryName()));
      provider.generateXML(document);
      return provider.getXML();
    } catch (RuntimeException e) {
      throw failed("the CII XML could not be written", e);
    }
  }

  private static byte[] ubl(byte[] cii, String number) {
    ErrorList errors = new ErrorList();
    try {
      CrossIndustryInvoiceType read = new CIID16BCrossIndustryInvoiceTypeMarshaller().read(cii);
      Serializable ubl = new CIIToUBL21Converter().convertCIItoUBL(read, errors);
      if (ubl instanceof InvoiceType invoice && !errors.containsAtLeastOneError()) {
        return UBL21Marshaller.invoice().getAsBytes(invoice);
      }
      if (ubl instanceof CreditNoteType note && !errors.containsAtLeastOneError()) {
        // the converter cites the corrected invoice as a credit note (UBL-CR-039); EN 16931 wants it as the
        // preceding invoice (BT-25, BR-55, UBL-SR-07)
        for (BillingReferenceType reference : note.getBillingReference()) {
          if (reference.getCreditNoteDocumentReference() != null && reference.getInvoiceDocumentReference() == null) {
            reference.setInvoiceDocumentReference(reference.getCreditNoteDocumentReference());
            reference.setCreditNoteDocumentReference(null);
          }
        }
        return UBL21Marshaller.creditNote().getAsBytes(note);
      }
    } catch (RuntimeException e) {
      throw failed("the UBL XML of " + number + " could not be written", e);
    }
    throw failed("the UBL XML of " + number + " could not be written: " + errors.getAllErrors().size()
        + " conversion error(s)", null);
  }

  private static byte[] facturX(byte[] cii, EInvoiceProfile profile, String number) {
    try {
      byte[] pdf = new ZUGFeRDVisualizer().toPDF(new String(cii, StandardCharsets.UTF_8),
          ZUGFeRDVisualizer.Language.FR);
      if (pdf == null) {
        throw failed("the Factur-X of " + number + " could not be laid out", null);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZUGFeRDExporterFromPDFA exporter = new ZUGFeRDExporterFromPDFA()) {
        IZUGFeRDExporter loaded = exporter.load(pdf);
        loaded.setProducer("Liens").setCreator("Liens").setProfile(Profiles.getByName(profile.libraryName()));
        loaded.setXML(cii);
        loaded.export(out);
      }
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      if (e instanceof EInvoiceException known) {
        throw known;
      }
      throw failed("the Factur-X of " + number + " could not be written", e);
    }
  }

  private static EInvoiceException failed(String message, Throwable cause) {
    return new EInvoiceException(ErrorCode.EINVOICE_FAILED, message, cause);
  }
}
