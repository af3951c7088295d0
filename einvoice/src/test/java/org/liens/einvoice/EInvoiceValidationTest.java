package org.liens.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * Issue 15: every e-invoice of the test set validates with no error against EN 16931 (XSD and schematron) through
 * Mustang's validator, in the test, and every Factur-X as PDF/A-3. The validator's summary is written to
 * {@code target/einvoice-validation.txt}. Each document is validated once (the validator is slow): its Factur-X,
 * which validates the PDF/A-3 and the CII XML it embeds, and its UBL.
 */
class EInvoiceValidationTest {
  private static final EInvoicing EINVOICING = EInvoicing.of(EInvoiceSettings.standard());

  @Test
  void everyDocumentOfTheTestSetValidatesAsCiiUblAndFacturX() throws IOException {
    Path out = Path.of("target", "einvoices");
    List<String> summary = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Object> entry : EInvoiceCases.all().entrySet()) {
      EInvoice einvoice = entry.getValue() instanceof Invoice invoice
          ? EINVOICING.of(invoice) : EINVOICING.of((CreditNote) entry.getValue());
      List<Path> files = einvoice.writeTo(out);
      // the Factur-X's validation covers its embedded CII (the same bytes as the -cii.xml), so each is validated once
      for (Path file : List.of(files.get(0), files.get(2))) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file.toString());
        boolean valid = validator.wasCompletelyValid();
        String line = String.format("%-8s %-24s errors %d, warnings %d, notices %d  (%s, %s)",
            valid ? "valid" : "INVALID", file.getFileName(), count(report, "<error "), count(report, "<warning "),
            count(report, "<notice "), entry.getKey(), einvoice.profile());
        summary.add(line);
        if (!valid) {
          failures.add(line);
        }
        Files.writeString(out.resolve(file.getFileName() + ".report.xml"), report, StandardCharsets.UTF_8);
      }
    }
    summary.add(summary.size() - failures.size() + " valid, " + failures.size() + " invalid (Mustang validator "
        + ZUGFeRDValidator.class.getPackage().getImplementationVersion() + "; warnings and notices are rules of"
        + " other guidelines, French CTC, Peppol and XRechnung, that EN 16931 does not make errors)");
    Files.write(Path.of("target", "einvoice-validation.txt"), summary, StandardCharsets.UTF_8);
    assertThat(failures).isEmpty();
  }

  private static int count(String report, String tag) {
    int n = 0;
    for (int i = report.indexOf(tag); i >= 0; i = report.indexOf(tag, i + 1)) {
      n++;
    }
    return n;
  }
}
