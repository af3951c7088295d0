package org.liens.examples.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.einvoice.EInvoice;
import org.liens.einvoice.EInvoiceSettings;
import org.liens.einvoice.EInvoicing;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.Organisation;

/**
 * The README's fragments about e-invoicing (issue 15), each inside the method that gives it its names: the build
 * compiles this file and {@code DocSamplesTest} checks that the README shows each fragment verbatim;
 * {@code EInvoiceSamplesTest} runs them.
 */
final class EInvoiceSamples {
  private EInvoiceSamples() {}

  static Organisation chorusPro(Liens liens, Actor coordinator, Organisation gard) {
    // the département is invoiced through Chorus Pro: its SIRET, and the service code and commitment it requires
    ChorusPro chorusPro = ChorusPro.at("22300001900016")
        .withServiceCode("SERVICE-ASE").requiringServiceCode()
        .withCommitmentNumber("EJ-2023-0042").requiringCommitmentNumber();
    return liens.organisations().update(coordinator, gard.id(), gard.version(),
        gard.details().withChorusPro(chorusPro));
  }

  static List<Path> export(Liens liens, Actor coordinator, Accompaniment mip, Path directory) throws IOException {
    liens.billing().prepare(coordinator, mip.id());
    Invoice invoice = liens.billing().issueAll(coordinator, BillingSubject.of(mip.id())).get(0);
    EInvoicing einvoicing = EInvoicing.of(EInvoiceSettings.standard()
        .withVatExemptionReasonCode("VATEX-FR-CODE-OF-YOUR-ACCOUNTANT"));   // BT-121, configuration
    EInvoice einvoice = einvoicing.of(invoice);                   // CII, UBL 2.1 and Factur-X, EN 16931
    return einvoice.writeTo(directory);   // F-2023-00001.pdf, F-2023-00001-cii.xml, F-2023-00001-ubl.xml
  }
}
