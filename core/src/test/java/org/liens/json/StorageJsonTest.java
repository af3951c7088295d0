package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.billing.InvoiceDrafted;
import org.liens.billing.InvoiceId;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.workshop.Travel;

/**
 * {@link StorageJson}, the stored format, keeps money in whole cents exactly as every row and outbox document since
 * version 1 holds it, and differs from the host format of {@link LiensJson} by the shape of money only.
 */
class StorageJsonTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final UUID A = UUID.fromString("0b0e6a58-4e43-4b55-9c86-6a2a5e0f1c2d");
  private static final UUID B = UUID.fromString("5f1c7a3e-2b1d-4c8e-9a0f-3e2d1c0b9a87");
  /** A tariff column as stored before the host shape of money changed: it must read, and be written the same. */
  private static final String STORED_TARIFF = "{\"offer\":\"MIP\",\"basis\":\"MODULE\",\"effectiveFrom\":\"2023-01-01\","
      + "\"price\":180000,\"vat\":{\"regime\":\"EXEMPT\"},\"groupModel\":null}";

  @Provide
  Arbitrary<JsonRoundTripProperties.Typed> anyJsonValue() {
    return new JsonRoundTripProperties().anyJsonValue();
  }

  @Example
  void moneyIsStoredInWholeCentsAsBefore() {
    Tariff tariff = Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.euros(1800),
        VatRegime.exempt());

    assertThat(StorageJson.write(Money.euros(1800))).isEqualTo("180000");
    assertThat(StorageJson.write(Money.ofCents(-5))).isEqualTo("-5");
    assertThat(StorageJson.read("180000", Money.class)).isEqualTo(Money.euros(1800));
    assertThat(StorageJson.write(tariff)).isEqualTo(STORED_TARIFF);
    assertThat(StorageJson.read(STORED_TARIFF, Tariff.class)).isEqualTo(tariff);
    assertThat(StorageJson.write(Travel.perTrip(2, Money.euros(15))))
        .isEqualTo("{\"kind\":\"PER_TRIP\",\"trips\":2,\"unitCost\":1500}");
    assertThat(StorageJson.read("{\"kind\":\"BY_DISTANCE\",\"kilometres\":\"12.50\",\"ratePerKm\":60}", Travel.class))
        .isEqualTo(Travel.byDistance(new BigDecimal("12.50"), Money.ofCents(60)));
    assertThat(StorageJson.readList("[180000,-5]", Money.class)).containsExactly(Money.euros(1800), Money.ofCents(-5));
    assertThat(StorageJson.mapper().convertValue(Money.ofCents(1), JsonNode.class).isIntegralNumber()).isTrue();
  }

  @Example
  void anOutboxBodyKeepsItsCents() {
    DomainEvent event = new DomainEvent(B, Instant.parse("2023-09-20T09:15:00Z"), Actor.of("u-42", Role.COORDINATOR),
        "Invoice", A, new InvoiceDrafted(InvoiceId.of(A), B, OrganisationId.of(B), Money.ofCents(66_660),
        LocalDate.of(2023, 9, 20)));
    String stored = StorageJson.writeEvent(event);

    assertThat(stored).contains(":66660,").doesNotContain("\"amount\"");
    assertThat(StorageJson.readEvent(stored)).isEqualTo(event);
    assertThat(LiensJson.writeEvent(event)).contains("{\"amount\":\"666.60\",\"currency\":\"EUR\"}");
  }

  @Example
  void theHostShapeIsNotAStoredShape() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> StorageJson.read(LiensJson.write(Money.euros(1800)), Money.class));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(e.getMessage()).doesNotContain("1800");
  }

  @Property(tries = 500)
  @Label("the stored JSON of any value is its host JSON with every amount as its cents, and reads back equal")
  void theStoredJsonDiffersFromTheHostJsonByTheShapeOfMoneyOnly(
      @ForAll("anyJsonValue") JsonRoundTripProperties.Typed typed) throws Exception {
    String stored = StorageJson.write(typed.value());

    JsonNode expected = centsOf(TREES.readTree(LiensJson.write(typed.value())));

    // through text, so that the numbers compare by value whatever node class holds them
    assertThat(TREES.readTree(stored)).isEqualTo(TREES.readTree(TREES.writeValueAsString(expected)));
    Object read = StorageJson.read(stored, typed.type());
    if (JsonTypes.DOCUMENTS.contains(typed.type())) {
      assertThat(StorageJson.write(read)).isEqualTo(stored);
    } else {
      assertThat(read).isEqualTo(typed.value());
    }
  }

  /** The host tree with each {@code {"amount": "…", "currency": "EUR"}} replaced by its number of cents. */
  private static JsonNode centsOf(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.size() == 2 && object.path("amount").isTextual() && "EUR".equals(object.path("currency").textValue())) {
        return LongNode.valueOf(new BigDecimal(object.get("amount").textValue()).movePointRight(2).longValueExact());
      }
      ObjectNode copy = TREES.createObjectNode();
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        copy.set(member.getKey(), centsOf(member.getValue()));
      }
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = TREES.createArrayNode();
      array.elements().forEachRemaining(element -> copy.add(centsOf(element)));
      return copy;
    }
    return node;
  }
}
