package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.liens.accompaniment.ContactId;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.event.DomainEvent;
import org.liens.event.EventPayload;
import org.liens.household.HouseholdId;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;
import org.liens.workshop.Travel;

/**
 * The JSON form of Liens values, for storage adapters (nested values in text columns, the outbox) and hosts that
 * exchange them. The only place, with {@link CatalogJson}, where Liens uses Jackson databind; the domain types
 * carry no Jackson annotation: everything is configured here, by a module and mixins.
 *
 * <p>Format: records as objects named by their components; {@code Optional.empty()} as {@code null}; dates,
 * instants and durations as ISO-8601 strings ({@code "2023-09-01"}, {@code "2023-09-01T10:00:00.123456789Z"},
 * {@code "PT1H30M"}); ids (every {@link EntityId}: {@link HouseholdId}, {@link ContactId}, {@link InvoiceId}…) as plain UUID strings;
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
 * names its type in a {@code "type"} property, one of {@link #payloadTypes()}: the records of the sealed event
 * family of each aggregate ({@code ReferralEvent}, {@code AccompanimentEvent}…), found from the types.
 *
 * <p>Reading malformed JSON fails with {@link InvalidInputException} ({@link ErrorCode#INVALID_VALUE}) whose
 * message names the type and the JSON path, never the text read: stored documents hold personal data.
 */
public final class LiensJson {

  private static final ObjectMapper MAPPER = newMapper();

  private LiensJson() {}

  /** {@return a new mapper configured for Liens values: the {@link #module()}, Java 8 types, ISO-8601 dates} */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * {@return the Jackson module of Liens (ids, offer codes, offers, durations, event payload types), for a host
   * that registers it on its own mapper} Dates need {@code jackson-datatype-jsr310}, optionals {@code
   * jackson-datatype-jdk8}.
   */
  public static Module module() {
    return LiensModule.create();
  }

  /** {@return the payload record class of every event type name that {@link #readEvent(String)} knows} */
  public static Map<String, Class<? extends EventPayload>> payloadTypes() {
    return EventTypes.BY_NAME;
  }

  /**
   * {@return the JSON of a value: a record of core, a list or set of them, an id, a date}
   *
   * @param value the value; not null
   */
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
   * @param json the JSON text
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} if the JSON is malformed or breaks a rule
   *     of the type
   * @param <T> the type read
   * @param type the class of the value, as written
   * @return the value
   */
  public static <T> T read(String json, Class<T> type) {
    Checks.required(type, "type");
    return read(json, MAPPER.constructType(type), type.getSimpleName());
  }

  /**
   * Reads a JSON array of {@code element}s, in order.
   *
   * @param json the JSON text
   * @param <T> the element type
   * @param element the class of the elements
   * @return the elements, in the array's order
   */
  public static <T> List<T> readList(String json, Class<T> element) {
    Checks.required(element, "element");
    return List.copyOf(read(json, MAPPER.getTypeFactory().constructCollectionType(List.class, element),
        "list of " + element.getSimpleName()));
  }

  /**
   * Reads a JSON array of distinct {@code element}s.
   *
   * @param json the JSON text
   * @param <T> the element type
   * @param element the class of the elements
   * @return the elements
   */
  public static <T> Set<T> readSet(String json, Class<T> element) {
    Checks.required(element, "element");
    return Set.copyOf(read(json, MAPPER.getTypeFactory().constructCollectionType(Set.class, element),
        "set of " + element.getSimpleName()));
  }

  /**
   * {@return the JSON of a domain event: its envelope and its typed payload}
   *
   * @param event the event
   */
  public static String writeEvent(DomainEvent event) {
    return write(Checks.required(event, "event"));
  }

  /**
   * Reads a domain event written by {@link #writeEvent(DomainEvent)}.
   *
   * @param json the JSON text
   * @return the event, with its typed payload
   */
  public static DomainEvent readEvent(String json) {
    return read(json, DomainEvent.class);
  }

  /**
   * {@return the JSON of an offer snapshot, in the catalogue format ({@link CatalogJson#write(Offer)})}
   *
   * @param offer the offer, as in the catalogue
   */
  public static String writeOffer(Offer offer) {
    return CatalogJson.write(Checks.required(offer, "offer"));
  }

  /**
   * Reads an offer snapshot ({@link CatalogJson#readOffer(String)}).
   *
   * @param json the JSON text
   * @return the offer
   */
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
}
