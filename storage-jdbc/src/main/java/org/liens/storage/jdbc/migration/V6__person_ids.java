package org.liens.storage.jdbc.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 6 (issue 9): people have ids, consent is a record. Adds to {@code liens_accompaniment} the consent history
 * ({@code consents}, JSON) and {@code shares_with_prescriber}, on which the prescriber's caseload filters; gives every
 * person of every stored household profile a {@code PersonId}; rewrites the names that referral consents, DIA
 * holders and action-report addressees held into the ids of those people ({@link PeopleJson}); gives every workshop
 * participant's child an id; and starts each accompaniment's history with the consent of the referral that opened
 * it (to the accompaniment and to sharing, as every consent meant until then). The event outbox holds no name (its
 * payloads carry ids, dates and counts), so it is left as it is. Column types come from the Flyway placeholders, as
 * in the SQL migrations; the JSON is rewritten in Java, which SQL cannot do portably on H2, PostgreSQL and MariaDB.
 */
public class V6__person_ids extends BaseJavaMigration {
  private final ObjectMapper json = new ObjectMapper();
  private final PeopleJson people = new PeopleJson(UUID::randomUUID);

  /** Flyway instantiates it. */
  public V6__person_ids() {}

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    boolean mariadb = product.contains("maria") || product.contains("mysql");
    String textType = context.getConfiguration().getPlaceholders().getOrDefault("text_type", "TEXT");
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("ALTER TABLE liens_accompaniment ADD COLUMN consents " + textType);
      ddl.execute("ALTER TABLE liens_accompaniment ADD COLUMN shares_with_prescriber BOOLEAN DEFAULT TRUE NOT NULL");
    }
    Map<String, PeopleJson.Adults> households = households(connection, mariadb);
    Map<String, ObjectNode> consents = referrals(connection, mariadb, households);
    accompaniments(connection, mariadb, households, consents);
    participants(connection, mariadb);
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(mariadb
          ? "ALTER TABLE liens_accompaniment MODIFY consents " + textType + " NOT NULL"
          : "ALTER TABLE liens_accompaniment ALTER COLUMN consents SET NOT NULL");
    }
  }

  /** Gives every person an id; returns each household's adults by name, by household id. */
  private Map<String, PeopleJson.Adults> households(Connection connection, boolean mariadb) throws Exception {
    Map<String, PeopleJson.Adults> adults = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT id, profile FROM liens_household");
        PreparedStatement update = connection.prepareStatement("UPDATE liens_household SET profile = ? WHERE id = ?")) {
      while (rows.next()) {
        ObjectNode profile = (ObjectNode) json.readTree(rows.getString("profile"));
        adults.put(rows.getString("id"), people.identify(profile));
        update(update, mariadb, rows.getString("id"), profile);
      }
      update.executeBatch();
    }
    return adults;
  }

  /** Rewrites the consents of the referrals; returns them (version 6) by referral id. */
  private Map<String, ObjectNode> referrals(
      Connection connection, boolean mariadb, Map<String, PeopleJson.Adults> households) throws Exception {
    Map<String, ObjectNode> consents = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery(
            "SELECT id, household_id, offer_code, consent FROM liens_referral WHERE consent IS NOT NULL");
        PreparedStatement update = connection.prepareStatement("UPDATE liens_referral SET consent = ? WHERE id = ?")) {
      while (rows.next()) {
        JsonNode consent = json.readTree(rows.getString("consent"));
        if (consent instanceof ObjectNode object) {
          people.upgradeConsent(object, adults(households, rows.getString("household_id")),
              "MAPA".equals(rows.getString("offer_code")));
          consents.put(rows.getString("id"), object);
          update(update, mariadb, rows.getString("id"), object);
        }
      }
      update.executeBatch();
    }
    return consents;
  }

  /** Rewrites DIA holders and action-report addressees, and starts each consent history. */
  private void accompaniments(Connection connection, boolean mariadb, Map<String, PeopleJson.Adults> households,
      Map<String, ObjectNode> consents) throws Exception {
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT a.id, a.household_id, a.referral_id, a.offer_code, a.support_plan,"
            + " a.action_report, r.received_on FROM liens_accompaniment a JOIN liens_referral r ON r.id = a.referral_id");
        PreparedStatement update = connection.prepareStatement("UPDATE liens_accompaniment SET support_plan = ?,"
            + " action_report = ?, consents = ?, shares_with_prescriber = ? WHERE id = ?")) {
      while (rows.next()) {
        PeopleJson.Adults adults = adults(households, rows.getString("household_id"));
        boolean mapa = "MAPA".equals(rows.getString("offer_code"));
        ObjectNode plan = object(rows.getString("support_plan"));
        ObjectNode report = object(rows.getString("action_report"));
        if (plan != null) {
          people.toIds(plan, "holders", adults, mapa);
        }
        if (report != null) {
          people.toIds(report, "addressedTo", adults, mapa);
        }
        ObjectNode consent = consents.get(rows.getString("referral_id"));
        if (consent == null) {
          // a validated referral always has its consent; rows that lost it are opened in the DIA holders' names
          consent = json.createObjectNode().put("givenOn", rows.getString("received_on"));
          consent.set("givenBy", plan != null ? plan.get("holders")
              : json.createArrayNode().add(UUID.randomUUID().toString()));
          consent.set("purposes", json.createArrayNode().add("ACCOMPANIMENT").add("SHARING_WITH_PRESCRIBER"));
        }
        ArrayNode history = PeopleJson.historyOf(consent);
        update.setString(1, plan == null ? null : json.writeValueAsString(plan));
        update.setString(2, report == null ? null : json.writeValueAsString(report));
        update.setString(3, json.writeValueAsString(json.createObjectNode().set("entries", history)));
        update.setBoolean(4, history.size() > 1);
        uuid(update, 5, mariadb, rows.getString("id"));
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  /** Gives an id to the child of every workshop participant. */
  private void participants(Connection connection, boolean mariadb) throws Exception {
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT id, participants FROM liens_workshop_series");
        PreparedStatement update = connection.prepareStatement(
            "UPDATE liens_workshop_series SET participants = ? WHERE id = ?")) {
      while (rows.next()) {
        ArrayNode participants = (ArrayNode) json.readTree(rows.getString("participants"));
        people.identifyParticipants(participants);
        update(update, mariadb, rows.getString("id"), participants);
      }
      update.executeBatch();
    }
  }

  private static PeopleJson.Adults adults(Map<String, PeopleJson.Adults> households, String household) {
    return households.getOrDefault(household, new PeopleJson.Adults(Map.of(), Map.of()));
  }

  private ObjectNode object(String text) throws Exception {
    return text == null ? null : json.readTree(text) instanceof ObjectNode o ? o : null;
  }

  private void update(PreparedStatement update, boolean mariadb, String id, JsonNode value) throws Exception {
    update.setString(1, json.writeValueAsString(value));
    uuid(update, 2, mariadb, id);
    update.addBatch();
  }

  /** Binds an id read as text: a UUID on H2 and PostgreSQL, its text on MariaDB (CHAR(36)). */
  private static void uuid(PreparedStatement statement, int index, boolean mariadb, String id) throws SQLException {
    if (mariadb) {
      statement.setString(index, id);
    } else {
      statement.setObject(index, UUID.fromString(id));
    }
  }
}
