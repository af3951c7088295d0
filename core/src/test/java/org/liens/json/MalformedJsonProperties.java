package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.referral.Referral;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;
import org.liens.staff.StaffMember;
import org.liens.workshop.Quote;
import org.liens.workshop.WorkshopSeries;

/**
 * Malformed JSON is refused with a typed {@link LiensException} whose message names the field's JSON path and never
 * quotes the text read: an unknown field anywhere in any type, a value of the wrong shape, a missing field, an
 * aggregate whose values break its invariants; and writing a value that has no JSON form is typed too.
 */
class MalformedJsonProperties {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final String SECRET = "Secret-Dupont";
  /** The codes of the document formats nested in values (an offer in an accompaniment, a tariff book). */
  private static final Set<ErrorCode> DOCUMENT_CODES = Set.of(ErrorCode.MALFORMED_CATALOG, ErrorCode.MALFORMED_TARIFFS);

  @Provide
  Arbitrary<JsonRoundTripProperties.Typed> anyJsonValue() {
    return new JsonRoundTripProperties().anyJsonValue();
  }

  @Property(tries = 500)
  @Label("an unknown field in any object of any JSON type is refused, naming where it is and not what it holds")
  void anUnknownFieldAnywhereIsRefused(@ForAll("anyJsonValue") JsonRoundTripProperties.Typed typed,
      @ForAll @IntRange(min = 0, max = 1000) int pick) throws Exception {
    JsonNode tree = TREES.readTree(LiensJson.write(typed.value()));
    List<Located> objects = new ArrayList<>();
    collectObjects(tree, "$", objects);
    if (objects.isEmpty()) {
      return; // an id, an amount, an enum: no object to add a field to
    }
    Located target = objects.get(pick % objects.size());
    target.node().put("unexpectedField", SECRET);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(tree), typed.type()));

    assertThat(e).as(typed.type().getName() + " at " + target.path()).isNotNull();
    assertThat(e.getMessage()).doesNotContain(SECRET);
    if (!DOCUMENT_CODES.contains(e.code())) {
      assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
      assertThat(e.getMessage()).contains(target.path());
    }
  }

  @Property(tries = 300)
  @Label("an object where any field of an aggregate expects something else is refused, naming that field")
  void aWrongValueInAnAggregateIsRefused(@ForAll("aggregates") JsonRoundTripProperties.Typed typed,
      @ForAll @IntRange(min = 0, max = 1000) int pick) throws Exception {
    ObjectNode tree = (ObjectNode) TREES.readTree(LiensJson.write(typed.value()));
    List<String> fields = new ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    String field = fields.get(pick % fields.size());
    tree.set(field, TREES.createObjectNode().put("unexpected", SECRET));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(tree), typed.type()));

    assertThat(e).as(typed.type().getSimpleName() + "." + field).isNotNull();
    assertThat(e.getMessage()).contains("$." + field).doesNotContain(SECRET);
  }

  @Provide
  Arbitrary<JsonRoundTripProperties.Typed> aggregates() {
    return Arbitraries.of(Referral.class, Accompaniment.class, Invoice.class, Household.class,
            CreditNote.class, FundingAgreement.class,
            Quote.class, WorkshopSeries.class,
            Organisation.class, StaffMember.class)
        .flatMap(type -> JsonArbitraries.of(type).map(value -> new JsonRoundTripProperties.Typed(type, value)));
  }

  @Example
  void anAmountWrittenInCentsIsRefusedAsTheReadmeSays() throws Exception {
    Invoice invoice = (Invoice) JsonArbitraries.of(Invoice.class).sample();
    ObjectNode tree = (ObjectNode) TREES.readTree(LiensJson.write(invoice));
    ((ObjectNode) tree.get("lines").get(0)).put("unitPrice", 180_000);

    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(tree), Invoice.class)))
        .hasMessage("MALFORMED_JSON: not a valid Invoice at $.lines[0].unitPrice: not the expected shape");
  }

  @Property(tries = 300)
  @Label("an amount in any other shape than a decimal string of at most two decimals and EUR is refused, naming it")
  void anAmountInAnotherShapeIsRefused(@ForAll("withMoney") JsonRoundTripProperties.Typed typed,
      @ForAll("badAmounts") JsonNode bad, @ForAll @IntRange(min = 0, max = 1000) int pick) throws Exception {
    JsonNode tree = TREES.readTree(LiensJson.write(typed.value()));
    List<Located> amounts = new ArrayList<>();
    collectObjects(tree, "$", amounts);
    amounts.removeIf(o -> !(o.node().size() == 2 && o.node().has("amount") && o.node().has("currency")));
    if (amounts.isEmpty()) {
      return; // no amount in this value (an invoice without lines…)
    }
    Located target = amounts.get(pick % amounts.size());
    target.node().removeAll();
    target.node().setAll((ObjectNode) bad);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(tree), typed.type()));

    assertThat(e).as(typed.type().getSimpleName() + " at " + target.path() + ": " + bad).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(e.getMessage()).contains(target.path()).doesNotContain(SECRET).doesNotContain("1800");
  }

  @Provide
  Arbitrary<JsonRoundTripProperties.Typed> withMoney() {
    return Arbitraries.of(Invoice.class, CreditNote.class, FundingAgreement.class, Quote.class, WorkshopSeries.class,
            Accompaniment.class, org.liens.pricing.Money.class, org.liens.workshop.Travel.class,
            org.liens.pricing.VatBreakdown.class, org.liens.pricing.Tariff.class)
        .flatMap(type -> JsonArbitraries.of(type).map(value -> new JsonRoundTripProperties.Typed(type, value)));
  }

  /** Objects in the place of an amount that are not the decimal shape: never read, never quoted. */
  @Provide
  Arbitrary<JsonNode> badAmounts() {
    return Arbitraries.of(
        "{\"amount\":\"1800.001\",\"currency\":\"EUR\"}", "{\"amount\":1800.00,\"currency\":\"EUR\"}",
        "{\"amount\":\"1800,00\",\"currency\":\"EUR\"}", "{\"amount\":\"1800.00 EUR\",\"currency\":\"EUR\"}",
        "{\"amount\":\"18e2\",\"currency\":\"EUR\"}", "{\"amount\":\"+1800\",\"currency\":\"EUR\"}",
        "{\"amount\":\" 1800\",\"currency\":\"EUR\"}", "{\"amount\":\"01800\",\"currency\":\"EUR\"}",
        "{\"amount\":\"1800.\",\"currency\":\"EUR\"}", "{\"amount\":\"Secret-Dupont\",\"currency\":\"EUR\"}",
        "{\"amount\":\"1800.00\",\"currency\":\"USD\"}", "{\"amount\":\"1800.00\",\"currency\":\"eur\"}",
        "{\"amount\":\"1800.00\",\"currency\":null}", "{\"amount\":null,\"currency\":\"EUR\"}",
        "{\"amount\":\"1800.00\"}", "{\"currency\":\"EUR\"}", "{\"cents\":180000}",
        "{\"amount\":\"1800.00\",\"currency\":\"EUR\",\"note\":\"Secret-Dupont\"}")
        .map(text -> {
          try {
            return TREES.readTree(text);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Example
  void aMissingFieldOfAnAggregateIsNamed() throws Exception {
    Referral referral = (Referral) JsonArbitraries.of(Referral.class).sample();
    ObjectNode tree = (ObjectNode) TREES.readTree(LiensJson.write(referral));
    tree.remove("household");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(tree), Referral.class));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(e.getMessage()).contains("$.household").contains("missing");
  }

  @Example
  void anAggregateThatBreaksItsInvariantsKeepsTheRuleCodeAndNamesTheField() throws Exception {
    Household household = (Household) JsonArbitraries.of(Household.class).sample();
    ObjectNode tree = (ObjectNode) TREES.readTree(LiensJson.write(household));
    ((ObjectNode) tree.get("profile")).set("parents", TREES.createArrayNode());
    ((ObjectNode) tree.get("profile")).set("caregivers", TREES.createArrayNode());
    ObjectNode negative = (ObjectNode) TREES.readTree(LiensJson.write(household));
    negative.put("version", -1);

    InvalidInputException noParent = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(tree), Household.class));
    LiensException badVersion = catchThrowableOfType(LiensException.class,
        () -> LiensJson.read(TREES.writeValueAsString(negative), Household.class));

    assertThat(noParent.code()).isEqualTo(ErrorCode.INVALID_HOUSEHOLD_COMPOSITION);
    assertThat(noParent.getMessage()).contains("$.profile");
    assertThat(badVersion.code()).isEqualTo(ErrorCode.INVALID_VALUE);
  }

  @Example
  void anInconsistentAggregateIsRefusedAsMalformed() throws Exception {
    Accompaniment accompaniment = (Accompaniment) JsonArbitraries.of(Accompaniment.class).sample();
    ObjectNode twice = (ObjectNode) TREES.readTree(LiensJson.write(accompaniment));
    ((ArrayNode) twice.get("team")).add(twice.get("team").get(0));
    ObjectNode unknownState = (ObjectNode) TREES.readTree(LiensJson.write(accompaniment));
    ((ObjectNode) unknownState.get("lifecycle")).put("type", "Paused " + SECRET);
    Referral rejected = (Referral) JsonArbitraries.of(Referral.class).filter(r -> ((Referral) r).rejectionReason()
        .isPresent()).sample();
    ObjectNode noReason = (ObjectNode) TREES.readTree(LiensJson.write(rejected));
    noReason.putNull("rejectionReason");

    InvalidInputException sameEducatorTwice = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(twice), Accompaniment.class));
    InvalidInputException paused = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(unknownState), Accompaniment.class));
    InvalidInputException rejectedWithoutReason = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.read(TREES.writeValueAsString(noReason), Referral.class));

    assertThat(sameEducatorTwice.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(sameEducatorTwice.getMessage()).contains("inconsistent");
    assertThat(paused.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(paused.getMessage()).contains("$.lifecycle").doesNotContain(SECRET);
    assertThat(rejectedWithoutReason.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    assertThat(rejectedWithoutReason.getMessage()).contains("inconsistent");
  }

  @Example
  void writingAValueWithoutAJsonFormIsATypedError() {
    InvalidInputException empty = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.write(new Object()));
    InvalidInputException failing = catchThrowableOfType(InvalidInputException.class,
        () -> LiensJson.write(Map.of("key", new Failing())));

    assertThat(empty.code()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(empty.getMessage()).contains("Object");
    assertThat(failing.code()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(failing.getMessage()).contains("$.key").doesNotContain(SECRET);
  }

  /** A host value whose accessor fails with a message that quotes personal data. */
  public static final class Failing {
    public String getName() {
      throw new IllegalStateException(SECRET);
    }
  }

  private record Located(String path, ObjectNode node) {}

  private static void collectObjects(JsonNode node, String path, List<Located> into) {
    if (node instanceof ObjectNode object) {
      into.add(new Located(path, object));
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        collectObjects(member.getValue(), path + "." + member.getKey(), into);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        collectObjects(array.get(i), path + "[" + i + "]", into);
      }
    }
  }
}
