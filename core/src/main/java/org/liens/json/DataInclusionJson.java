package org.liens.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.liens.partner.Audience;
import org.liens.partner.ImportIssue;
import org.liens.partner.Mobiliser;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerStructure;
import org.liens.partner.PartnerStructureId;
import org.liens.partner.ReceptionMode;
import org.liens.partner.ServiceType;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The data·inclusion JSON files (issue 16; schema at schema.data.inclusion.beta.gouv.fr): a JSON array of structures
 * and one of services, with the schema's field names ({@code source}, {@code id}, {@code nom}, {@code siret},
 * {@code code_insee}, {@code date_maj}; {@code structure_id}, {@code description}, {@code thematiques},
 * {@code publics}, {@code types}, {@code frais}, {@code modes_accueil}, {@code zone_eligibilite},
 * {@code mobilisable_par}). Other fields are ignored; an absent or null optional field is empty. Reading never
 * throws on a bad row: each one becomes an {@link ImportIssue} naming its array and index, and the import service
 * refuses a batch with issues, so nothing is half-written. Imported services are {@code en-cours}; Liens's keywords
 * and status are not part of the schema and are not written.
 */
public final class DataInclusionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DataInclusionJson() {}

  /**
   * {@return the structures and services of two data·inclusion JSON arrays, and one issue per bad row}
   *
   * @param structures the structures, a JSON array
   * @param services the services, a JSON array
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_JSON} if either is not a JSON array
   */
  public static PartnerImport read(String structures, String services) {
    List<ImportIssue> issues = new ArrayList<>();
    List<PartnerStructure> s = DataInclusionRows.rows(rows(array(structures, "structures")), "structures",
        DataInclusionRows::structure, issues, 0);
    List<PartnerService> v = DataInclusionRows.rows(rows(array(services, "services")), "services",
        DataInclusionRows::service, issues, s.size() + issues.size());
    return new PartnerImport(s, v, issues);
  }

  private static ArrayNode array(String json, String what) {
    Checks.required(json, what);
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node instanceof ArrayNode a) {
        return a;
      }
    } catch (JsonProcessingException e) {
      // reported below, without the driver's message, which may quote the text
    }
    throw new InvalidInputException(ErrorCode.MALFORMED_JSON, what + " is not a JSON array");
  }

  private static List<DataInclusionRows.Row> rows(ArrayNode array) {
    List<DataInclusionRows.Row> rows = new ArrayList<>(array.size());
    array.forEach(node -> rows.add(new JsonRow(node)));
    return rows;
  }

  /** A row of a JSON array: an object whose fields are texts or arrays of texts. */
  private record JsonRow(JsonNode node) implements DataInclusionRows.Row {
    @Override
    public Optional<String> text(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isTextual()) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, field + " must be a text");
      }
      return Optional.of(value.asText());
    }

    @Override
    public List<String> codes(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, field + " must be an array of codes");
      }
      List<String> codes = new ArrayList<>(value.size());
      for (JsonNode code : value) {
        if (!code.isTextual()) {
          throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, field + " must be an array of codes");
        }
        codes.add(code.asText());
      }
      return codes;
    }
  }

  /**
   * {@return the structures as a data·inclusion JSON array}
   *
   * @param structures the structures
   */
  public static String writeStructures(Collection<PartnerStructure> structures) {
    ArrayNode array = MAPPER.createArrayNode();
    for (PartnerStructure s : Checks.listOf(structures, "structures")) {
      ObjectNode o = array.addObject().put("source", s.source()).put("id", s.sourceId()).put("nom", s.name());
      s.siret().ifPresent(v -> o.put("siret", v));
      s.commune().ifPresent(v -> o.put("code_insee", v.code()));
      o.put("date_maj", s.updatedOn().toString());
    }
    return array.toString();
  }

  /**
   * {@return the services as a data·inclusion JSON array, each code list sorted; the structure id is the structure's
   * id in the same source}
   *
   * @param services the services
   * @param structures their structures, to write each one's {@code structure_id}
   */
  public static String writeServices(Collection<PartnerService> services, Collection<PartnerStructure> structures) {
    ArrayNode array = MAPPER.createArrayNode();
    Map<PartnerStructureId, String> sourceIds = new HashMap<>();
    Checks.listOf(structures, "structures").forEach(x -> sourceIds.put(x.id(), x.sourceId()));
    for (PartnerService s : Checks.listOf(services, "services")) {
      String structureId = Optional.ofNullable(sourceIds.get(s.structure())).orElseThrow(
          () -> new InvalidInputException(ErrorCode.DANGLING_REFERENCE, "no partner structure " + s.structure()));
      ObjectNode o = array.addObject().put("source", s.source()).put("structure_id", structureId)
          .put("id", s.sourceId()).put("nom", s.name()).put("description", s.description())
          .put("date_maj", s.updatedOn().toString());
      codes(o, "types", s.types(), ServiceType::code);
      codes(o, "thematiques", s.themes(), Theme::code);
      s.fee().ifPresent(f -> o.put("frais", f.code()));
      codes(o, "publics", s.audiences(), Audience::code);
      codes(o, "modes_accueil", s.receptionModes(), ReceptionMode::code);
      codes(o, "zone_eligibilite", s.zone(), ZoneCode::code);
      codes(o, "mobilisable_par", s.mobilisableBy(), Mobiliser::code);
    }
    return array.toString();
  }

  private static <T> void codes(ObjectNode o, String field, Set<T> values, Function<T, String> code) {
    ArrayNode list = o.putArray(field);
    new TreeSet<>(values.stream().map(code).toList()).forEach(list::add);
  }
}
