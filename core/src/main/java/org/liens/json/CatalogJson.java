package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liens.catalog.Audience;
import org.liens.catalog.Catalog;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.catalog.ReferralChannel;
import org.liens.catalog.TargetRange;
import org.liens.catalog.TeamRule;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;
import org.liens.shared.LocalizedText;

/**
 * Reads and writes catalogues as JSON. The 2023 catalogue of "Au bonheur des liens" ships as
 * {@code org/liens/json/catalog-2023.json}; a host loads its own with {@link #read(InputStream)}.
 *
 * <p>Format: {@code {"offers": [{"code", "name": {"fr", "en"}, "duration": {"months": 6} | "per-session",
 * "contactTargets": {"homeVisits": {"min", "max"}, "remoteContacts": {"min", "max"}}, "team": "EXACTLY_ONE" |
 * "ONE_OR_MORE", "audience", "channels": [...], "mayFollow": [...]}]}}; {@code contactTargets} and
 * {@code mayFollow} are optional. A malformed document fails with {@link ErrorCode#MALFORMED_CATALOG} and a
 * message that names the offending field, e.g. {@code offers[1].contactTargets.homeVisits.max}.
 */
public final class CatalogJson {
  private static final String STANDARD_2023 = "catalog-2023.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonDocument<Catalog> FORMAT =
      new JsonDocument<>(ErrorCode.MALFORMED_CATALOG, CatalogJson::readCatalog);
  private static final Catalog STANDARD = FORMAT.resource(STANDARD_2023);

  private CatalogJson() {}

  /** {@return the 2023 catalogue of the seed: MIP, MADI, MAPA, ARCS} */
  public static Catalog standard2023() {
    return STANDARD;
  }

  /**
   * Reads a catalogue document.
   *
   * @param json the JSON document, in UTF-8; not closed
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_CATALOG} naming the offending field
   * @return the catalogue
   */
  public static Catalog read(InputStream json) {
    return FORMAT.read(json);
  }

  /**
   * Reads a catalogue document from a string; see {@link #read(InputStream)}.
   *
   * @param json the JSON text
   * @return the catalogue
   */
  public static Catalog read(String json) {
    return FORMAT.read(json);
  }

  private static Catalog readCatalog(JsonField doc) {
    doc.allowOnly(Set.of("catalog", "offers"));
    List<Offer> offers = doc.get("offers").list(CatalogJson::readOffer);
    if (offers.isEmpty()) {
      throw malformed("offers", "a catalogue needs at least one offer");
    }
    try {
      return Catalog.of(offers);
    } catch (LiensException e) {
      throw malformed("offers", e.getMessage().replaceFirst("^[A-Z_]+: ", ""));
    }
  }

  /**
   * Reads one offer, as written by {@link #write(Offer)}.
   *
   * @param json the JSON text
   * @return the offer
   */
  public static Offer readOffer(String json) {
    return readOffer(JsonField.root(ErrorCode.MALFORMED_CATALOG, Checks.required(json, "json")));
  }

  private static Offer readOffer(JsonField offer) {
    offer.allowOnly(Set.of("code", "name", "duration", "contactTargets", "team", "audience", "channels", "mayFollow"));
    OfferCode code = offer.get("code").offerCode();
    JsonField name = offer.get("name");
    name.allowOnly(Set.of("fr", "en"));
    LocalizedText names = new LocalizedText(name.get("fr").text(), name.get("en").text());
    OfferDuration duration = readDuration(offer.get("duration"));
    Optional<ContactTargets> targets = offer.optional("contactTargets").map(t -> {
      t.allowOnly(Set.of("homeVisits", "remoteContacts"));
      return new ContactTargets(readRange(t.get("homeVisits")), readRange(t.get("remoteContacts")));
    });
    TeamRule team = offer.get("team").enumValue(TeamRule.class);
    Audience audience = offer.get("audience").enumValue(Audience.class);
    List<ReferralChannel> channels = offer.get("channels").list(f -> f.enumValue(ReferralChannel.class));
    List<OfferCode> mayFollow = offer.optional("mayFollow").map(f -> f.list(JsonField::offerCode)).orElse(List.of());
    return offer.as(() -> new Offer(
        code, names, duration, targets, team, audience, Set.copyOf(channels), Set.copyOf(mayFollow)));
  }

  private static OfferDuration readDuration(JsonField duration) {
    if (duration.node().isTextual()) {
      if (!duration.node().asText().equals("per-session")) {
        throw duration.malformed("expected {\"months\": n} or \"per-session\"");
      }
      return OfferDuration.perSession();
    }
    duration.allowOnly(Set.of("months"));
    int months = duration.get("months").integer();
    return duration.as(() -> OfferDuration.months(months));
  }

  private static TargetRange readRange(JsonField range) {
    range.allowOnly(Set.of("min", "max"));
    int min = range.get("min").integer();
    int max = range.get("max").integer();
    return range.get("max").as(() -> new TargetRange(min, max));
  }

  /**
   * {@return the JSON of one offer, in the catalogue format}
   *
   * @param offer the offer, as in the catalogue
   */
  public static String write(Offer offer) {
    try {
      return MAPPER.writeValueAsString(toJson(offer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@return the JSON of a whole catalogue, readable by {@link #read(String)}}
   *
   * @param catalog the catalogue
   */
  public static String write(Catalog catalog) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode offers = root.putArray("offers");
    catalog.offers().forEach(o -> offers.add(toJson(o)));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode toJson(Offer offer) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("code", offer.code().value());
    o.putObject("name").put("fr", offer.name().fr()).put("en", offer.name().en());
    if (offer.duration() instanceof OfferDuration.Months m) {
      o.putObject("duration").put("months", m.count());
    } else {
      o.put("duration", "per-session");
    }
    offer.contactTargets().ifPresent(t -> {
      ObjectNode targets = o.putObject("contactTargets");
      targets.putObject("homeVisits").put("min", t.homeVisits().min()).put("max", t.homeVisits().max());
      targets.putObject("remoteContacts").put("min", t.remoteContacts().min()).put("max", t.remoteContacts().max());
    });
    o.put("team", offer.team().name());
    o.put("audience", offer.audience().name());
    ArrayNode channels = o.putArray("channels");
    offer.channels().stream().sorted().forEach(c -> channels.add(c.name()));
    ArrayNode mayFollow = o.putArray("mayFollow");
    offer.mayFollow().stream().map(OfferCode::value).sorted().forEach(mayFollow::add);
    return o;
  }

  private static InvalidInputException malformed(String path, String message) {
    return JsonField.malformed(ErrorCode.MALFORMED_CATALOG, path, message);
  }
}
