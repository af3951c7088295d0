package org.liens.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liens.accompaniment.AccompanimentCancelled;
import org.liens.accompaniment.AccompanimentClosed;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentOpened;
import org.liens.accompaniment.AccompanimentStarted;
import org.liens.accompaniment.AccompanimentSucceeded;
import org.liens.accompaniment.ActionReportWritten;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactRecorded;
import org.liens.accompaniment.EducatorId;
import org.liens.accompaniment.EmtMapDrawn;
import org.liens.accompaniment.FirstAppointmentMoved;
import org.liens.accompaniment.SupportPlanWritten;
import org.liens.accompaniment.TariffFrozen;
import org.liens.accompaniment.TeamChanged;
import org.liens.agreement.AgreementCharged;
import org.liens.agreement.AgreementId;
import org.liens.agreement.FundingAgreementConcluded;
import org.liens.agreement.PlaceReleased;
import org.liens.agreement.PlaceTaken;
import org.liens.agreement.PlaceWaitlisted;
import org.liens.billing.CreditNoteId;
import org.liens.billing.CreditNoteIssued;
import org.liens.billing.InvoiceDiscarded;
import org.liens.billing.InvoiceDrafted;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceIssued;
import org.liens.billing.InvoiceNumber;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.event.DomainEvent;
import org.liens.event.EventPayload;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdRegistered;
import org.liens.household.HouseholdUpdated;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.referral.ConsentRecorded;
import org.liens.referral.ReferralAssessed;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReceived;
import org.liens.referral.ReferralRejected;
import org.liens.referral.ReferralValidated;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;
import org.liens.workshop.GroupSessionHeld;
import org.liens.workshop.ParticipantEnrolled;
import org.liens.workshop.QuoteAccepted;
import org.liens.workshop.QuoteDeclined;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteProposed;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeriesId;
import org.liens.workshop.WorkshopSeriesOpened;

/**
 * The JSON form of Liens values, for storage adapters (nested values in text columns, the outbox) and hosts that
 * exchange them. The only place, with {@link CatalogJson}, where Liens uses Jackson databind; the domain types
 * carry no Jackson annotation: everything is configured here, by a module and mixins.
 *
 * <p>Format: records as objects named by their components; {@code Optional.empty()} as {@code null}; dates,
 * instants and durations as ISO-8601 strings ({@code "2023-09-01"}, {@code "2023-09-01T10:00:00.123456789Z"},
 * {@code "PT1H30M"}); ids ({@link HouseholdId}, {@link ContactId}, {@link InvoiceId}…) as plain UUID strings;
 * {@link OfferCode} as its code; {@link OfferDuration} as {@code {"months": 6}} or {@code "per-session"}; an
 * {@link Offer} in the catalogue format of {@link CatalogJson#write(Offer)}.
 *
 * <p>Money side: {@link Money} as a whole number of euro cents ({@code 180000} for 1800.00 €, never a decimal);
 * {@link Percentage} and {@link VatRate} as exact decimal strings ({@code "33.33"}, {@code "5.5"});
 * {@link InvoiceNumber} as printed ({@code "F-2023-00042"}); {@link VatRegime} as {@code {"regime": "EXEMPT"}},
 * {@code {"regime": "EXEMPT", "mention": "…"}} or {@code {"regime": "TAXED", "rate": "20"}} (the tariff file's
 * format); {@link Travel} as {@code {"kind": "NONE"}}, {@code {"kind": "PER_TRIP", "trips": 2, "unitCost": 1500}}
 * or {@code {"kind": "BY_DISTANCE", "kilometres": "12.5", "ratePerKm": 60}}; other records (tariffs, lines,
 * places, parties…) as objects named by their components. A {@link DomainEvent} is an object whose {@code payload}
 * names its type in a {@code "type"} property, one of {@link #payloadTypes()}.
 *
 * <p>Reading malformed JSON fails with {@link InvalidInputException} ({@link ErrorCode#INVALID_VALUE}) whose
 * message names the type and the JSON path, never the text read: stored documents hold personal data.
 */
public final class LiensJson {

  /** Every event payload of core, by its stable type name ({@link EventPayload#type()}). */
  private static final Map<String, Class<? extends EventPayload>> PAYLOAD_TYPES = payloads(
      HouseholdRegistered.class,
      HouseholdUpdated.class,
      Organisation.OrganisationRegistered.class,
      Organisation.OrganisationUpdated.class,
      ReferralReceived.class,
      ConsentRecorded.class,
      ReferralAssessed.class,
      ReferralValidated.class,
      ReferralRejected.class,
      AccompanimentOpened.class,
      AccompanimentStarted.class,
      FirstAppointmentMoved.class,
      TeamChanged.class,
      ContactRecorded.class,
      SupportPlanWritten.class,
      EmtMapDrawn.class,
      ActionReportWritten.class,
      AccompanimentClosed.class,
      AccompanimentCancelled.class,
      AccompanimentSucceeded.class,
      TariffFrozen.class,
      FundingAgreementConcluded.class,
      PlaceTaken.class,
      PlaceWaitlisted.class,
      PlaceReleased.class,
      AgreementCharged.class,
      QuoteProposed.class,
      QuoteAccepted.class,
      QuoteDeclined.class,
      WorkshopSeriesOpened.class,
      ParticipantEnrolled.class,
      GroupSessionHeld.class,
      InvoiceDrafted.class,
      InvoiceIssued.class,
      InvoiceDiscarded.class,
      CreditNoteIssued.class);

  private static final ObjectMapper MAPPER = newMapper();

  private LiensJson() {}

  /** A new mapper configured for Liens values: the {@link #module()}, Java 8 types, ISO-8601 dates. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * The Jackson module of Liens (ids, offer codes, offers, durations, event payload types), for a host that
   * registers it on its own mapper. Dates need {@code jackson-datatype-jsr310}, optionals
   * {@code jackson-datatype-jdk8}.
   */
  public static Module module() {
    SimpleModule module = new SimpleModule("liens", Version.unknownVersion());
    id(module, HouseholdId.class, HouseholdId::of, HouseholdId::value);
    id(module, OrganisationId.class, OrganisationId::of, OrganisationId::value);
    id(module, ReferralId.class, ReferralId::of, ReferralId::value);
    id(module, AccompanimentId.class, AccompanimentId::of, AccompanimentId::value);
    id(module, ContactId.class, ContactId::of, ContactId::value);
    id(module, EducatorId.class, EducatorId::of, EducatorId::value);
    id(module, AgreementId.class, AgreementId::of, AgreementId::value);
    id(module, QuoteId.class, QuoteId::of, QuoteId::value);
    id(module, WorkshopSeriesId.class, WorkshopSeriesId::of, WorkshopSeriesId::value);
    id(module, InvoiceId.class, InvoiceId::of, InvoiceId::value);
    id(module, CreditNoteId.class, CreditNoteId::of, CreditNoteId::value);
    module.addSerializer(Money.class, new MoneySerializer());
    module.addDeserializer(Money.class, new MoneyDeserializer());
    module.addSerializer(Percentage.class, new ToString<>(Percentage.class, p -> p.value().toPlainString()));
    module.addDeserializer(Percentage.class, new FromString<>(Percentage.class, Percentage::parse));
    module.addSerializer(VatRate.class, new ToString<>(VatRate.class, r -> r.percent().toPlainString()));
    module.addDeserializer(VatRate.class, new FromString<>(VatRate.class, VatRate::of));
    module.addSerializer(InvoiceNumber.class, new ToString<>(InvoiceNumber.class, InvoiceNumber::toString));
    module.addDeserializer(InvoiceNumber.class, new FromString<>(InvoiceNumber.class, InvoiceNumber::parse));
    module.addSerializer(VatRegime.class, new VatRegimeSerializer());
    module.addDeserializer(VatRegime.class, new VatRegimeDeserializer());
    module.addSerializer(Travel.class, new TravelSerializer());
    module.addDeserializer(Travel.class, new TravelDeserializer());
    module.addSerializer(OfferCode.class, new ToString<>(OfferCode.class, OfferCode::value));
    module.addDeserializer(OfferCode.class, new FromString<>(OfferCode.class, OfferCode::of));
    module.addSerializer(Offer.class, new OfferSerializer());
    module.addDeserializer(Offer.class, new OfferDeserializer());
    module.addSerializer(OfferDuration.class, new DurationSerializer());
    module.addDeserializer(OfferDuration.class, new DurationDeserializer());
    module.setMixInAnnotation(EventPayload.class, EventPayloadMixin.class);
    PAYLOAD_TYPES.forEach((name, type) -> module.registerSubtypes(new NamedType(type, name)));
    return module;
  }

  /** The payload record class of every event type name that {@link #readEvent(String)} knows. */
  public static Map<String, Class<? extends EventPayload>> payloadTypes() {
    return PAYLOAD_TYPES;
  }

  /** The JSON of a value: a record of core, a list or set of them, an id, a date. */
  public static String write(Object value) {
    Checks.required(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a value written by {@link #write(Object)}.
   *
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} if the JSON is malformed or breaks a rule
   *     of the type
   */
  public static <T> T read(String json, Class<T> type) {
    Checks.required(type, "type");
    return read(json, MAPPER.constructType(type), type.getSimpleName());
  }

  /** Reads a JSON array of {@code element}s, in order. */
  public static <T> List<T> readList(String json, Class<T> element) {
    Checks.required(element, "element");
    return List.copyOf(read(json, MAPPER.getTypeFactory().constructCollectionType(List.class, element),
        "list of " + element.getSimpleName()));
  }

  /** Reads a JSON array of distinct {@code element}s. */
  public static <T> Set<T> readSet(String json, Class<T> element) {
    Checks.required(element, "element");
    return Set.copyOf(read(json, MAPPER.getTypeFactory().constructCollectionType(Set.class, element),
        "set of " + element.getSimpleName()));
  }

  /** The JSON of a domain event: its envelope and its typed payload. */
  public static String writeEvent(DomainEvent event) {
    return write(Checks.required(event, "event"));
  }

  /** Reads a domain event written by {@link #writeEvent(DomainEvent)}. */
  public static DomainEvent readEvent(String json) {
    return read(json, DomainEvent.class);
  }

  /** The JSON of an offer snapshot, in the catalogue format ({@link CatalogJson#write(Offer)}). */
  public static String writeOffer(Offer offer) {
    return CatalogJson.write(Checks.required(offer, "offer"));
  }

  /** Reads an offer snapshot ({@link CatalogJson#readOffer(String)}). */
  public static Offer readOffer(String json) {
    return CatalogJson.readOffer(json);
  }

  private static <T> T read(String json, JavaType type, String what) {
    Checks.required(json, "json");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof LiensException rule) {
        // a domain constructor refused the value: keep its code, whose message carries no personal data
        throw rule;
      }
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "not a valid " + what + " at " + path(e));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(ErrorCode.INVALID_VALUE, "not valid JSON for " + what
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  /** The JSON path of a mapping failure, by field names and indexes only. */
  private static String path(JsonMappingException e) {
    return e.getPath().isEmpty()
        ? "$"
        : e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("", "$", ""));
  }

  private static ObjectMapper newMapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .registerModule(module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  @SafeVarargs
  private static Map<String, Class<? extends EventPayload>> payloads(Class<? extends EventPayload>... types) {
    Map<String, Class<? extends EventPayload>> byName = new java.util.LinkedHashMap<>();
    for (Class<? extends EventPayload> type : types) {
      if (byName.put(type.getSimpleName(), type) != null) {
        throw new IllegalStateException("two event payloads named " + type.getSimpleName());
      }
    }
    return java.util.Collections.unmodifiableMap(byName);
  }

  private static <T> void id(SimpleModule module, Class<T> type, Function<UUID, T> of, Function<T, UUID> value) {
    module.addSerializer(type, new ToString<>(type, v -> value.apply(v).toString()));
    module.addDeserializer(type, new FromString<>(type, text -> {
      try {
        return of.apply(UUID.fromString(text));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(ErrorCode.INVALID_VALUE, type.getSimpleName() + " is not a UUID");
      }
    }));
  }

  /** Event payloads are written with their type name, so that the outbox can read them back. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private abstract static class EventPayloadMixin {}

  private static final class ToString<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Function<T, String> text;

    ToString(Class<T> type, Function<T, String> text) {
      this.type = type;
      this.text = text;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(text.apply(value));
    }
  }

  private static final class FromString<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;

    FromString(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      return parse.apply(p.getText());
    }
  }

  private static final class OfferSerializer extends JsonSerializer<Offer> {
    @Override
    public void serialize(Offer offer, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeRawValue(CatalogJson.write(offer));
    }
  }

  private static final class OfferDeserializer extends JsonDeserializer<Offer> {
    @Override
    public Offer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = p.readValueAsTree();
      return CatalogJson.readOffer(tree.toString());
    }
  }

  private static final class DurationSerializer extends JsonSerializer<OfferDuration> {
    @Override
    public void serialize(OfferDuration duration, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (duration instanceof OfferDuration.Months months) {
        gen.writeStartObject();
        gen.writeNumberField("months", months.count());
        gen.writeEndObject();
      } else {
        gen.writeString("per-session");
      }
    }
  }

  private static final class DurationDeserializer extends JsonDeserializer<OfferDuration> {
    @Override
    public OfferDuration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node.isTextual() && node.asText().equals("per-session")) {
        return OfferDuration.perSession();
      }
      if (node.isObject() && node.size() == 1 && node.path("months").canConvertToInt()
          && node.path("months").isIntegralNumber()) {
        return OfferDuration.months(node.get("months").asInt());
      }
      return (OfferDuration) ctxt.handleUnexpectedToken(OfferDuration.class, p);
    }
  }

  /** Money as a whole number of cents: exact, never a decimal. */
  private static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public Class<Money> handledType() {
      return Money.class;
    }

    @Override
    public void serialize(Money money, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(money.cents());
    }
  }

  private static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Class<?> handledType() {
      return Money.class;
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
          || p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      return Money.ofCents(p.getLongValue());
    }
  }

  /** The tariff file's format: {@code {"regime": "EXEMPT"[, "mention": "…"]}} or {@code {"regime": "TAXED", "rate": "20"}}. */
  private static final class VatRegimeSerializer extends JsonSerializer<VatRegime> {
    @Override
    public Class<VatRegime> handledType() {
      return VatRegime.class;
    }

    @Override
    public void serialize(VatRegime regime, JsonGenerator gen, SerializerProvider provider) throws IOException {
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
  }

  private static final class VatRegimeDeserializer extends JsonDeserializer<VatRegime> {
    @Override
    public Class<?> handledType() {
      return VatRegime.class;
    }

    @Override
    public VatRegime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node != null && node.isObject()) {
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
      }
      return (VatRegime) ctxt.handleUnexpectedToken(VatRegime.class, p);
    }
  }

  /**
   * {@code {"kind": "NONE"}}, {@code {"kind": "PER_TRIP", "trips": 2, "unitCost": 1500}} or
   * {@code {"kind": "BY_DISTANCE", "kilometres": "12.5", "ratePerKm": 60}}; the distance as an exact decimal string.
   */
  private static final class TravelSerializer extends JsonSerializer<Travel> {
    @Override
    public Class<Travel> handledType() {
      return Travel.class;
    }

    @Override
    public void serialize(Travel travel, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      if (travel instanceof Travel.PerTrip trip) {
        gen.writeStringField("kind", "PER_TRIP");
        gen.writeNumberField("trips", trip.trips());
        gen.writeNumberField("unitCost", trip.unitCost().cents());
      } else if (travel instanceof Travel.ByDistance distance) {
        gen.writeStringField("kind", "BY_DISTANCE");
        gen.writeStringField("kilometres", distance.kilometres().toString());
        gen.writeNumberField("ratePerKm", distance.ratePerKm().cents());
      } else {
        gen.writeStringField("kind", "NONE");
      }
      gen.writeEndObject();
    }
  }

  private static final class TravelDeserializer extends JsonDeserializer<Travel> {
    @Override
    public Class<?> handledType() {
      return Travel.class;
    }

    @Override
    public Travel deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      if (node != null && node.isObject()) {
        String kind = node.path("kind").textValue();
        if ("NONE".equals(kind) && node.size() == 1) {
          return Travel.none();
        }
        JsonNode trips = node.path("trips");
        JsonNode unitCost = node.path("unitCost");
        if ("PER_TRIP".equals(kind) && node.size() == 3 && trips.isIntegralNumber() && trips.canConvertToInt()
            && isCents(unitCost)) {
          return Travel.perTrip(trips.intValue(), Money.ofCents(unitCost.longValue()));
        }
        JsonNode kilometres = node.path("kilometres");
        JsonNode rate = node.path("ratePerKm");
        if ("BY_DISTANCE".equals(kind) && node.size() == 3 && kilometres.isTextual() && isCents(rate)) {
          BigDecimal distance;
          try {
            distance = new BigDecimal(kilometres.textValue());
          } catch (NumberFormatException e) {
            return (Travel) ctxt.handleUnexpectedToken(Travel.class, p);
          }
          return Travel.byDistance(distance, Money.ofCents(rate.longValue()));
        }
      }
      return (Travel) ctxt.handleUnexpectedToken(Travel.class, p);
    }

    private static boolean isCents(JsonNode node) {
      return node.isIntegralNumber() && node.canConvertToLong();
    }
  }
}
