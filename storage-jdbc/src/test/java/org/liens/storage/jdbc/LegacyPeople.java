package org.liens.storage.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liens.storage.tck.Snapshot;
import org.liens.accompaniment.Accompaniment;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.PersonId;
import org.liens.json.StorageJson;
import org.liens.referral.Referral;
import org.liens.shared.PersonName;

/**
 * Rewrites the JSON of copied rows into the shape versions 1 to 5 stored (issue 9): people without ids, consent,
 * DIA holders and action-report addressees as names, consent without purposes. It stands for the data an adapter
 * wrote before {@code V6__person_ids}.
 */
final class LegacyPeople {
  private static final ObjectMapper JSON = StorageJson.mapper();

  private LegacyPeople() {}

  static void nameInsteadOfIds(FreshDatabase db, TestDatabase kind, Snapshot stored)
      throws Exception {
    Map<UUID, HouseholdProfile> profiles = stored.households.stream()
        .collect(Collectors.toMap(h -> h.id().value(), Household::profile));
    try (Connection c = db.dataSource.getConnection()) {
      for (Household h : stored.households) {
        ObjectNode profile = JSON.valueToTree(h.profile());
        Stream.of("parents", "children", "caregivers").flatMap(f -> stream(profile.get(f))).forEach(p -> {
          ((ObjectNode) p).remove("id");
          stream(p.get("caresFor")).forEach(q -> ((ObjectNode) q).remove("id"));
        });
        update(c, kind, "UPDATE liens_household SET profile = ? WHERE id = ?", h.id().value(), profile);
      }
      for (Referral r : stored.referrals) {
        if (r.consent().isPresent()) {
          ObjectNode consent = JSON.valueToTree(r.consent().get());
          consent.remove("purposes");
          consent.set("givenBy", names(r.consent().get().givenBy(), profiles.get(r.household().value())));
          update(c, kind, "UPDATE liens_referral SET consent = ? WHERE id = ?", r.id().value(), consent);
        }
      }
      for (Accompaniment a : stored.accompaniments) {
        HouseholdProfile profile = profiles.get(a.household().value());
        if (a.supportPlan().isPresent()) {
          ObjectNode plan = JSON.valueToTree(a.supportPlan().get());
          plan.set("holders", names(a.supportPlan().get().holders(), profile));
          update(c, kind, "UPDATE liens_accompaniment SET support_plan = ? WHERE id = ?", a.id().value(), plan);
        }
        if (a.actionReport().isPresent()) {
          ObjectNode report = JSON.valueToTree(a.actionReport().get());
          report.set("addressedTo", names(a.actionReport().get().addressedTo(), profile));
          update(c, kind, "UPDATE liens_accompaniment SET action_report = ? WHERE id = ?", a.id().value(), report);
        }
      }
    }
  }

  /** The name of the adult {@code id} of {@code profile}. */
  static PersonName name(PersonId id, HouseholdProfile profile) {
    return Stream.concat(profile.parents().stream().map(p -> Map.entry(p.id(), p.name())),
            profile.caregivers().stream().map(p -> Map.entry(p.id(), p.name())))
        .filter(e -> e.getKey().equals(id)).map(Map.Entry::getValue).findFirst().orElseThrow();
  }

  private static ArrayNode names(List<PersonId> ids, HouseholdProfile profile) {
    ArrayNode names = JSON.createArrayNode();
    ids.forEach(id -> names.add(JSON.<JsonNode>valueToTree(name(id, profile))));
    return names;
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return array == null ? Stream.empty() : array.valueStream();
  }

  private static void update(Connection c, TestDatabase kind, String sql, UUID id, JsonNode value) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, JSON.writeValueAsString(value));
      kind.dialect.setUuid(s, 2, id);
      s.executeUpdate();
    }
  }
}
