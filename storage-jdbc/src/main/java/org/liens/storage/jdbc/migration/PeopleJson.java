package org.liens.storage.jdbc.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Rewrites the JSON of version 5 (people named by {@code PersonName}) into that of version 6 (people with a
 * {@code PersonId}), for {@link V6__person_ids}. A household's people get new ids; a caregiver named as a parent is
 * that parent (the old rule matched people by name) and a cared-for child named as a child is that child. Names
 * that consent, DIA holders and action-report addressees held become the ids of the household's people of that name
 * (parents first, then caregivers), or a new id when nobody of the household has it any more. JSON already in the
 * new form is left as it is, so that the rewrite may run on any data.
 */
final class PeopleJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Supplier<UUID> ids;

  PeopleJson(Supplier<UUID> ids) {
    this.ids = ids;
  }

  /** The ids of a household's adults by name ({@code given + "\u0000" + family}), parents first. */
  record Adults(Map<String, String> parents, Map<String, String> caregivers) {
    /** The id of the requester named {@code name}: a caregiver for MAPA, a parent otherwise, else any adult. */
    String idOf(JsonNode name, boolean caregiversFirst, Supplier<UUID> ids) {
      String key = key(name);
      Map<String, String> first = caregiversFirst ? caregivers : parents;
      Map<String, String> second = caregiversFirst ? parents : caregivers;
      String id = first.getOrDefault(key, second.get(key));
      return id != null ? id : ids.get().toString();
    }
  }

  /** Adds an id to every person of {@code profile} that has none, and returns the adults by name. */
  Adults identify(ObjectNode profile) {
    Map<String, String> parents = new HashMap<>();
    Map<String, String> children = new HashMap<>();
    Map<String, String> caregivers = new HashMap<>();
    for (JsonNode parent : array(profile, "parents")) {
      parents.putIfAbsent(key(parent.get("name")), identify((ObjectNode) parent, Map.of()));
    }
    for (JsonNode child : array(profile, "children")) {
      children.putIfAbsent(key(child.get("name")), identify((ObjectNode) child, Map.of()));
    }
    for (JsonNode caregiver : array(profile, "caregivers")) {
      caregivers.putIfAbsent(key(caregiver.get("name")), identify((ObjectNode) caregiver, parents));
      for (JsonNode caredFor : array(caregiver, "caresFor")) {
        boolean child = "CHILD".equals(caredFor.path("relationship").asText());
        identify((ObjectNode) caredFor, child ? children : Map.of());
      }
    }
    return new Adults(parents, caregivers);
  }

  /** Gives {@code person} the id of the person of the same name in {@code same}, or a new one; keeps an existing id. */
  private String identify(ObjectNode person, Map<String, String> same) {
    if (!person.hasNonNull("id")) {
      String id = same.get(key(person.get("name")));
      person.put("id", id != null ? id : ids.get().toString());
    }
    return person.get("id").asText();
  }

  /** Adds an id to the child of every workshop participant that has none (workshop children are no household's). */
  void identifyParticipants(ArrayNode participants) {
    for (JsonNode participant : participants) {
      if (participant.get("child") instanceof ObjectNode child) {
        identify(child, Map.of());
      }
    }
  }

  /**
   * Replaces the names in {@code document.field} (an array) by the ids of the household's people of those names.
   *
   * @return the ids, in order
   */
  List<String> toIds(ObjectNode document, String field, Adults adults, boolean caregiversFirst) {
    ArrayNode ids = NODES.arrayNode();
    for (JsonNode person : array(document, field)) {
      ids.add(person.isTextual() ? person.asText() : adults.idOf(person, caregiversFirst, this.ids));
    }
    document.set(field, distinct(ids));
    return document.get(field).valueStream().map(JsonNode::asText).toList();
  }

  /** The consent of version 6: ids, and the purposes (both, as every consent meant until then) if it has none. */
  void upgradeConsent(ObjectNode consent, Adults adults, boolean caregiversFirst) {
    toIds(consent, "givenBy", adults, caregiversFirst);
    if (!consent.hasNonNull("purposes")) {
      consent.set("purposes", NODES.arrayNode().add("ACCOMPANIMENT").add("SHARING_WITH_PRESCRIBER"));
    }
  }

  /** The consent history an accompaniment opened with {@code consent} (version 6) starts with. */
  static ArrayNode historyOf(ObjectNode consent) {
    ArrayNode entries = NODES.arrayNode();
    for (String purpose : List.of("ACCOMPANIMENT", "SHARING_WITH_PRESCRIBER")) {
      if (consent.path("purposes").valueStream().anyMatch(p -> p.asText().equals(purpose))) {
        entries.addObject().put("purpose", purpose).put("act", "GIVEN")
            .<ObjectNode>set("by", consent.get("givenBy").deepCopy()).set("on", consent.get("givenOn"));
      }
    }
    return entries;
  }

  private static ArrayNode distinct(ArrayNode ids) {
    ArrayNode once = NODES.arrayNode();
    ids.valueStream().map(JsonNode::asText).distinct().forEach(once::add);
    return once;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isArray() ? value : List.of();
  }

  private static String key(JsonNode name) {
    return name == null ? "" : name.path("given").asText().strip() + "\u0000" + name.path("family").asText().strip();
  }
}
