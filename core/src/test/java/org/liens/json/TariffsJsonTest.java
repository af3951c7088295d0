package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liens.catalog.OfferCode;
import org.liens.pricing.GroupModel;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

class TariffsJsonTest {
  private static final LocalDate IN_2023 = LocalDate.of(2023, 9, 4);

  @ParameterizedTest(name = "R3: {0} {1} costs {2} € TTC in 2023")
  @CsvSource({"MIP, MODULE, 1800.00", "MADI, MODULE, 2000.00", "MAPA, MODULE, 1800.00", "ARCS, HOUR, 55.00",
      "ARCS, GROUP_MODEL, 900.00"})
  void theSeedPricesShipAsData(String offer, PriceBasis basis, String price) {
    Tariff tariff = TariffsJson.standard2023().inForce(OfferCode.of(offer), basis, IN_2023);
    assertThat(tariff.price()).isEqualTo(Money.parse(price));
    assertThat(tariff.vat()).isEqualTo(VatRegime.exempt());
    assertThat(tariff.effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void theGroupModelIsSixChildrenSixWeeklyHours() {
    Tariff group = TariffsJson.standard2023().inForce(OfferCode.ARCS, PriceBasis.GROUP_MODEL, IN_2023);
    assertThat(group.groupModel()).contains(new GroupModel(6, Duration.ofHours(1), 6));
  }

  @Test
  void aBookRoundTripsThroughJson() {
    TariffBook book = TariffsJson.standard2023()
        .with(Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2024, 1, 1), Money.euros(1900),
            VatRegime.taxed(VatRate.REDUCED_5_5)))
        .with(Tariff.of(OfferCode.MADI, PriceBasis.MODULE, LocalDate.of(2024, 1, 1), Money.euros(2100),
            VatRegime.exempt("Mention chosen by the accountant")));
    assertThat(TariffsJson.read(TariffsJson.write(book)).all()).containsExactlyInAnyOrderElementsOf(book.all());
  }

  @Test
  void pricesAreReadExactlyFromNumbersToo() {
    TariffBook book = TariffsJson.read("""
        {"values": [{"offer": "MIP", "basis": "MODULE", "from": "2023-01-01", "price": 1800.10,
                     "vat": {"regime": "TAXED", "rate": 5.5}}]}""");
    Tariff t = book.inForce(OfferCode.MIP, PriceBasis.MODULE, IN_2023);
    assertThat(t.price()).isEqualTo(Money.parse("1800.10"));
    assertThat(t.vat()).isEqualTo(VatRegime.taxed(VatRate.REDUCED_5_5));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"MODULE\", \"from\": \"2023-01-01\", \"price\": \"-5\", \"vat\": {\"regime\": \"EXEMPT\"}}]}|values[0].price",
      "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"MODULE\", \"from\": \"2023-01-01\", \"price\": \"1.005\", \"vat\": {\"regime\": \"EXEMPT\"}}]}|values[0].price",
      "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"WEEK\", \"from\": \"2023-01-01\", \"price\": \"5\", \"vat\": {\"regime\": \"EXEMPT\"}}]}|values[0].basis",
      "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"MODULE\", \"from\": \"1/1/2023\", \"price\": \"5\", \"vat\": {\"regime\": \"EXEMPT\"}}]}|values[0].from",
      "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"MODULE\", \"from\": \"2023-01-01\", \"price\": \"5\", \"vat\": {\"regime\": \"TAXED\", \"rate\": \"0\"}}]}|values[0].vat.rate",
      "{\"values\": [{\"offer\": \"MIP\", \"basis\": \"MODULE\", \"from\": \"2023-01-01\", \"price\": \"5\", \"vat\": {\"regime\": \"EXEMPT\"}, \"colour\": 1}]}|values[0].colour",
      "{\"values\": [{\"offer\": \"ARCS\", \"basis\": \"GROUP_MODEL\", \"from\": \"2023-01-01\", \"price\": \"5\", \"vat\": {\"regime\": \"EXEMPT\"}, \"groupModel\": {\"sessions\": 0, \"sessionMinutes\": 60, \"childrenPerGroup\": 6}}]}|values[0].groupModel",
      "{\"values\": [{\"offer\": \"ARCS\", \"basis\": \"GROUP_MODEL\", \"from\": \"2023-01-01\", \"price\": \"5\", \"vat\": {\"regime\": \"EXEMPT\"}}]}|values[0].groupModel",
      "{\"values\": []}|values",
      "{\"values\": [|$"})
  void aMalformedDocumentNamesTheOffendingField(String json, String field) {
    assertThatThrownBy(() -> TariffsJson.read(json))
        .hasMessageStartingWith("MALFORMED_TARIFFS: " + field)
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.MALFORMED_TARIFFS);
  }
}
