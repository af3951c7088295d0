package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.AccompanimentId;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.fixtures.Fixtures;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatRegime;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralValidated;

/**
 * {@link LiensJacksonModule} is a Jackson {@code Module} that a host finds with the service loader, and the shapes
 * the README documents (money as a decimal string and its currency, ISO-8601 dates, ids as UUID strings, an event,
 * an aggregate) are exactly what it writes.
 */
class LiensJacksonModuleTest {
  private static final UUID A = UUID.fromString("0b0e6a58-4e43-4b55-9c86-6a2a5e0f1c2d");
  private static final UUID B = UUID.fromString("5f1c7a3e-2b1d-4c8e-9a0f-3e2d1c0b9a87");

  @Test
  void theServiceLoaderAndFindAndRegisterModulesFindTheModule() {
    assertThat(ServiceLoader.load(Module.class)).anySatisfy(m -> assertThat(m).isInstanceOf(LiensJacksonModule.class));
    assertThat(ObjectMapper.findModules()).anySatisfy(m -> assertThat(m).isInstanceOf(LiensJacksonModule.class));
    assertThat(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds())
        .contains(LiensJacksonModule.class.getName());
    assertThat(LiensJson.module()).isInstanceOf(LiensJacksonModule.class);
  }

  @Test
  void aPlainMapperWithTheModuleWritesDatesAsIso8601AndEmptyOptionalsAsNull() throws Exception {
    ObjectMapper host = new ObjectMapper().registerModule(new LiensJacksonModule());
    Tariff tariff = Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.euros(1800),
        VatRegime.exempt());

    assertThat(host.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    assertThat(host.writeValueAsString(LocalDate.of(2023, 9, 15))).isEqualTo("\"2023-09-15\"");
    assertThat(host.writeValueAsString(Instant.parse("2023-09-15T08:30:00.123Z"))).isEqualTo("\"2023-09-15T08:30:00.123Z\"");
    assertThat(host.writeValueAsString(tariff)).isEqualTo(LiensJson.write(tariff))
        .isEqualTo("{\"offer\":\"MIP\",\"basis\":\"MODULE\",\"effectiveFrom\":\"2023-01-01\","
            + "\"price\":{\"amount\":\"1800.00\",\"currency\":\"EUR\"},"
            + "\"vat\":{\"regime\":\"EXEMPT\"},\"groupModel\":null}");
    assertThat(host.readValue(LiensJson.write(tariff), Tariff.class)).isEqualTo(tariff);
  }

  @Test
  void registeringTheModuleTwiceChangesNothing() throws Exception {
    ObjectMapper twice = new ObjectMapper().findAndRegisterModules().registerModule(LiensJson.module());
    Referral referral = referral();

    assertThat(twice.writeValueAsString(referral)).isEqualTo(LiensJson.write(referral));
  }

  @Test
  void anAggregateIsAnObjectOfItsAttributesWithIdsAsUuidStrings() {
    assertThat(LiensJson.write(referral())).isEqualTo("{\"version\":0,\"id\":\"" + A + "\",\"household\":\""
        + Fixtures.HOUSEHOLD + "\",\"offer\":\"MIP\",\"source\":{\"channel\":\"PARTNER_FIELD_WORKER\","
        + "\"prescriber\":\"" + Fixtures.CCAS + "\",\"fieldWorker\":{\"given\":\"Paul\",\"family\":\"Durand\"}},"
        + "\"funder\":\"" + Fixtures.DEPARTEMENT + "\",\"reasons\":[\"CRISIS\"],\"receivedOn\":\"2023-09-04\","
        + "\"status\":\"RECEIVED\",\"consent\":null,\"assessment\":null,\"succeeds\":null,\"agreement\":null,"
        + "\"decidedOn\":null,\"rejectionReason\":null,\"expiry\":null,\"accompaniment\":null}");
  }

  @Test
  void anEventNamesItsPayloadType() {
    DomainEvent event = new DomainEvent(B, Instant.parse("2023-09-20T09:15:00Z"), Actor.of("u-42", Role.COORDINATOR),
        "Referral", A, new ReferralValidated(ReferralId.of(A), AccompanimentId.of(B), LocalDate.of(2023, 9, 20)));

    assertThat(LiensJson.writeEvent(event)).isEqualTo("{\"id\":\"" + B + "\",\"occurredAt\":\"2023-09-20T09:15:00Z\","
        + "\"actor\":{\"userId\":\"u-42\",\"role\":\"COORDINATOR\",\"organisation\":null,\"staff\":null},"
        + "\"aggregateType\":\"Referral\",\"aggregateId\":\"" + A + "\",\"payload\":{\"type\":\"ReferralValidated\","
        + "\"referral\":\"" + A + "\",\"accompaniment\":\"" + B + "\",\"validatedOn\":\"2023-09-20\"}}");
  }

  @Test
  void aHostMapperReportsAnUnknownFieldAsJacksonDoes() {
    ObjectMapper host = new ObjectMapper().findAndRegisterModules();
    String json = LiensJson.write(referral()).replace("{\"version\":0,", "{\"version\":0,\"nickname\":\"x\",");

    assertThatThrownBy(() -> host.readValue(json, Referral.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("nickname");
  }

  private static Referral referral() {
    return Referral.receive(ReferralId.of(A), Fixtures.request(OfferCode.MIP, ReferralReason.CRISIS)).after();
  }
}
