package org.liens.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.Lifecycle;
import org.liens.billing.BillingSubject;
import org.liens.billing.InvoiceNumber;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.eligibility.RuleOutcome;
import org.liens.eligibility.Verdict;
import org.liens.event.EventPayload;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.TariffBook;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.EntityId;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LocalizedText;
import org.liens.workshop.Travel;

/**
 * Builds the Liens part of {@link LiensJacksonModule}: one {@link Codec} per value with a format of its own, every
 * {@link EntityId} subtype as its UUID string (found from the type, no list), every Immutables aggregate through
 * {@link ImmutablesCodec}, records as their components only, and every event payload of the sealed families of
 * {@link EventTypes} and every record of {@link #SEALED_VALUES} as a subtype named in a {@code "type"} property.
 */
final class LiensModule {
  private LiensModule() {}

  /**
   * The module, with {@code money} as the shape of every {@link Money}, alone or in a {@link Travel}.
   *
   * @param money {@link MoneyShape#DECIMAL} for hosts, {@link MoneyShape#CENTS} for storage
   */
  static SimpleModule create(MoneyShape money) {
    SimpleModule module = new SimpleModule("liens", Version.unknownVersion());
    module.setDeserializers(new IdDeserializers());
    module.setSerializers(new AggregateSerializers());
    module.setSerializerModifier(new ComponentsOnly());
    module.addSerializer(EntityId.class, Codec.of(EntityId.class, (id, gen) -> gen.writeString(id.toString()), node -> null).serializer());
    Codec.of(Money.class, money::write, money::read).register(module);
    Codec.ofString(Percentage.class, p -> p.value().toPlainString(), Percentage::parse).register(module);
    Codec.ofString(VatRate.class, r -> r.percent().toPlainString(), VatRate::of).register(module);
    Codec.ofString(InvoiceNumber.class, InvoiceNumber::toString, InvoiceNumber::parse).register(module);
    Codec.ofString(OfferCode.class, OfferCode::value, OfferCode::of).register(module);
    Codec.of(VatRegime.class, LiensModule::writeVatRegime, LiensModule::readVatRegime).register(module);
    Codec.of(Travel.class, (travel, gen) -> writeTravel(travel, gen, money), node -> readTravel(node, money))
        .register(module);
    Codec.of(Offer.class, (offer, gen) -> gen.writeRawValue(CatalogJson.write(offer)),
        node -> CatalogJson.readOffer(node.toString())).register(module);
    Codec.of(OfferDuration.class, LiensModule::writeDuration, LiensModule::readDuration).register(module);
    Codec.of(Catalog.class, (catalog, gen) -> gen.writeRawValue(CatalogJson.write(catalog)),
        node -> CatalogJson.read(node.toString())).register(module);
    Codec.of(TariffBook.class, (book, gen) -> gen.writeRawValue(TariffsJson.write(book)),
        node -> TariffsJson.read(node.toString())).register(module);
    module.setMixInAnnotation(RuleOutcome.class, RuleOutcomeMixin.class);
    module.setMixInAnnotation(EventPayload.class, TypeNamedMixin.class);
    for (Class<?> family : SEALED_VALUES) {
      module.setMixInAnnotation(family, TypeNamedMixin.class);
      records(family).forEach(type -> module.registerSubtypes(new NamedType(type, type.getSimpleName())));
    }
    EventTypes.BY_NAME.forEach((name, type) -> module.registerSubtypes(new NamedType(type, name)));
    return module;
  }

  /**
   * The sealed value interfaces without a format of their own: each record of theirs is written with its simple
   * name in a {@code "type"} property ({@code {"type": "HomeVisit", …}}, {@code {"type": "Active", …}}).
   */
  static final List<Class<?>> SEALED_VALUES = List.of(Lifecycle.class, Contact.class, BillingSubject.class);

  /** The records that implement {@code sealed}, through its sealed sub-interfaces. */
  static List<Class<?>> records(Class<?> sealed) {
    List<Class<?>> records = new ArrayList<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isRecord()) {
        records.add(permitted);
      } else {
        records.addAll(records(permitted));
      }
    }
    return records;
  }

  /** Event payloads (and sealed values) are written with their type name, so that they read back. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private abstract static class TypeNamedMixin {}

  /**
   * {@link RuleOutcome} is a class (its reason may be written when read) with the JSON form it had as a record: its
   * three components, in order, read back through its public constructor.
   */
  @JsonPropertyOrder({"rule", "verdict", "reason"})
  private abstract static class RuleOutcomeMixin {
    @JsonCreator
    RuleOutcomeMixin(@JsonProperty("rule") String rule, @JsonProperty("verdict") Verdict verdict,
        @JsonProperty("reason") LocalizedText reason) {}

    @JsonProperty("rule")
    abstract String rule();

    @JsonProperty("verdict")
    abstract Verdict verdict();

    @JsonProperty("reason")
    abstract LocalizedText reason();
  }

  /** Every id type from its UUID string, through the type's own {@code of(UUID)}. */
  private static final class IdDeserializers extends SimpleDeserializers {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription bean)
        throws JsonMappingException {
      Class<?> raw = type.getRawClass();
      if (EntityId.class.isAssignableFrom(raw) && raw != EntityId.class) {
        return idCodec(raw.asSubclass(EntityId.class)).deserializer();
      }
      Optional<ImmutablesCodec> aggregate = ImmutablesCodec.of(raw);
      if (aggregate.isPresent()) {
        return aggregate.get().deserializer();
      }
      return super.findBeanDeserializer(type, config, bean);
    }
  }

  /**
   * A record of Liens is written as its components only: a derived {@code isOpen()} or {@code getX()} is not part of
   * its JSON form (it would not read back).
   */
  private static final class ComponentsOnly extends BeanSerializerModifier {
    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
      Class<?> type = bean.getBeanClass();
      if (!type.isRecord() || !type.getName().startsWith("org.liens.")) {
        return properties;
      }
      Set<String> components = new HashSet<>();
      for (RecordComponent component : type.getRecordComponents()) {
        components.add(component.getName());
      }
      return properties.stream().filter(p -> components.contains(p.getName())).toList();
    }
  }

  /** The aggregates generated by Immutables, from their abstract type or their generated class. */
  private static final class AggregateSerializers extends SimpleSerializers {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
      Optional<ImmutablesCodec> aggregate = ImmutablesCodec.of(type.getRawClass());
      return aggregate.isPresent() ? aggregate.get().serializer() : super.findSerializer(config, type, bean);
    }
  }

  private static <T extends EntityId> Codec<T> idCodec(Class<T> type) {
    Method of;
    try {
      of = type.getMethod("of", UUID.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no of(UUID)", e);
    }
    return Codec.ofString(type, EntityId::toString, text -> {
      UUID uuid;
      try {
        uuid = UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(ErrorCode.INVALID_VALUE, type.getSimpleName() + " is not a UUID");
      }
      try {
        return type.cast(of.invoke(null, uuid));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
      }
    });
  }

  /** {@code {"months": 6}} or {@code "per-session"}. */
  private static void writeDuration(OfferDuration duration, JsonGenerator gen) throws IOException {
    if (duration instanceof OfferDuration.Months months) {
      gen.writeStartObject();
      gen.writeNumberField("months", months.count());
      gen.writeEndObject();
    } else {
      gen.writeString("per-session");
    }
  }

  private static OfferDuration readDuration(JsonNode node) {
    if (node.isTextual() && node.asText().equals("per-session")) {
      return OfferDuration.perSession();
    }
    if (node.isObject() && node.size() == 1 && node.path("months").canConvertToInt()
        && node.path("months").isIntegralNumber()) {
      return OfferDuration.months(node.get("months").asInt());
    }
    return null;
  }

  /** The tariff file's format: {@code {"regime": "EXEMPT"[, "mention": "…"]}} or {@code {"regime": "TAXED", "rate": "20"}}. */
  private static void writeVatRegime(VatRegime regime, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    if (regime instanceof VatRegime.Taxed taxed) {
      gen.writeStringField("regime", "TAXED");
      gen.writeStringField("rate", taxed.rate().percent().toPlainString());
    } else if (regime instanceof VatRegime.Exempt exempt) {
      gen.writeStringField("regime", "EXEMPT");
      if (exempt.legalMention().isPresent()) {
        gen.writeStringField("mention", exempt.legalMention().get());
      }
    }
    gen.writeEndObject();
  }

  private static VatRegime readVatRegime(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode regime = node.path("regime");
    JsonNode mention = node.path("mention");
    JsonNode rate = node.path("rate");
    if ("EXEMPT".equals(regime.textValue()) && node.size() == (mention.isMissingNode() ? 1 : 2)) {
      if (mention.isMissingNode() || mention.isNull()) {
        return VatRegime.exempt();
      }
      if (mention.isTextual()) {
        return VatRegime.exempt(mention.textValue());
      }
    }
    if ("TAXED".equals(regime.textValue()) && node.size() == 2 && rate.isTextual()) {
      return VatRegime.taxed(VatRate.of(rate.textValue()));
    }
    return null;
  }

  /**
   * {@code {"kind": "NONE"}}, {@code {"kind": "PER_TRIP", "trips": 2, "unitCost": 1500}} or
   * {@code {"kind": "BY_DISTANCE", "kilometres": "12.5", "ratePerKm": 60}}, the amounts in the {@code money} shape
   * (cents here); the distance as an exact decimal string.
   */
  private static void writeTravel(Travel travel, JsonGenerator gen, MoneyShape money) throws IOException {
    gen.writeStartObject();
    if (travel instanceof Travel.PerTrip trip) {
      gen.writeStringField("kind", "PER_TRIP");
      gen.writeNumberField("trips", trip.trips());
      gen.writeFieldName("unitCost");
      money.write(trip.unitCost(), gen);
    } else if (travel instanceof Travel.ByDistance distance) {
      gen.writeStringField("kind", "BY_DISTANCE");
      gen.writeStringField("kilometres", distance.kilometres().toString());
      gen.writeFieldName("ratePerKm");
      money.write(distance.ratePerKm(), gen);
    } else {
      gen.writeStringField("kind", "NONE");
    }
    gen.writeEndObject();
  }

  private static Travel readTravel(JsonNode node, MoneyShape money) {
    if (!node.isObject()) {
      return null;
    }
    String kind = node.path("kind").textValue();
    if ("NONE".equals(kind) && node.size() == 1) {
      return Travel.none();
    }
    JsonNode trips = node.path("trips");
    if ("PER_TRIP".equals(kind) && node.size() == 3 && trips.isIntegralNumber() && trips.canConvertToInt()
        && node.has("unitCost")) {
      return Travel.perTrip(trips.intValue(), amount(node, "unitCost", money));
    }
    JsonNode kilometres = node.path("kilometres");
    if ("BY_DISTANCE".equals(kind) && node.size() == 3 && kilometres.isTextual() && node.has("ratePerKm")) {
      BigDecimal distance;
      try {
        distance = new BigDecimal(kilometres.textValue());
      } catch (NumberFormatException e) {
        return null;
      }
      return Travel.byDistance(distance, amount(node, "ratePerKm", money));
    }
    return null;
  }

  /** The amount in {@code field} of {@code node}, which fails naming that field if it is not in the shape. */
  private static Money amount(JsonNode node, String field, MoneyShape money) {
    Money amount = money.read(node.get(field));
    if (amount == null) {
      throw new Codec.FieldMismatch(field);
    }
    return amount;
  }
}
