package org.liens.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.NumberingScheme;
import org.liens.json.CatalogJson;
import org.liens.json.TariffsJson;
import org.liens.pricing.Percentage;
import org.liens.pricing.VatRate;

/**
 * Issue 10, defect 7: parsers of identifiers, rates and configuration files refuse a bad text without quoting it back
 * (a host may have pasted personal data into the wrong field); the message names the field and the expected form.
 */
class RawInputMessagesTest {
  static final String RAW = "Anne Martin 1985";

  private static String messageOf(Runnable call) {
    Throwable refused = catchThrowable(call::run);
    assertThat(refused).isInstanceOf(LiensException.class);
    return refused.getMessage();
  }

  @Test
  void anInvoiceNumberIsNotQuoted() {
    assertThat(messageOf(() -> InvoiceNumber.parse(RAW))).contains("invoice number").doesNotContain("Anne");
    assertThat(messageOf(() -> new InvoiceNumber(RAW, 2023, 1))).contains("prefix").doesNotContain("Anne");
    assertThat(messageOf(() -> new NumberingScheme(RAW, "AV"))).contains("prefix").doesNotContain("Anne");
  }

  @Test
  void aPercentageOrVatRateIsNotQuoted() {
    assertThat(messageOf(() -> Percentage.of(RAW))).contains("percentage").doesNotContain("Anne");
    assertThat(messageOf(() -> VatRate.of(RAW))).contains("VAT rate").doesNotContain("Anne");
    assertThat(messageOf(() -> VatRate.of("19850302"))).contains("VAT rate").doesNotContain("19850302");
  }

  @Test
  void anEnumValueOfACatalogOrTariffFileIsNotQuoted() {
    String tariffs = "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"MODULE\", \"from\": \"2023-01-01\","
        + " \"price\": \"1800.00\", \"vat\": {\"regime\": \"" + RAW + "\"}}]}";
    assertThat(messageOf(() -> TariffsJson.read(tariffs))).contains("regime").doesNotContain("Anne");
    String basis = tariffs.replace("\"MODULE\"", "\"" + RAW + "\"").replace("\"" + RAW + "\"}", "\"EXEMPT\"}");
    assertThat(messageOf(() -> TariffsJson.read(basis))).contains("basis").doesNotContain("Anne");
    String catalog = new String(readAll(CatalogJson.class.getResourceAsStream("catalog-2023.json")),
        StandardCharsets.UTF_8).replaceFirst("\"audience\": *\"[A-Z_]+\"", "\"audience\": \"" + RAW + "\"");
    assertThat(catalog).contains(RAW);
    assertThat(messageOf(() -> CatalogJson.read(new ByteArrayInputStream(catalog.getBytes(StandardCharsets.UTF_8)))))
        .contains("audience").doesNotContain("Anne");
  }

  private static byte[] readAll(java.io.InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
