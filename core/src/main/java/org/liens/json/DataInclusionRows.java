package org.liens.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.liens.partner.Audience;
import org.liens.partner.Fee;
import org.liens.partner.ImportIssue;
import org.liens.partner.Mobiliser;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.PartnerStructureId;
import org.liens.partner.ReceptionMode;
import org.liens.partner.ServiceStatus;
import org.liens.partner.ServiceType;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;

/**
 * The data·inclusion fields of a structure or a service, whichever file they come from (JSON or CSV): one mapping, so
 * that both readers accept and refuse the same rows. A row answers a field's text and a field's list of codes; an
 * absent or empty optional field is empty.
 */
final class DataInclusionRows {
  /** The columns of a structure, in the order the CSV writer puts them. */
  static final List<String> STRUCTURE_FIELDS = List.of("source", "id", "nom", "siret", "code_insee", "date_maj");
  /** The columns of a service, in the order the CSV writer puts them. */
  static final List<String> SERVICE_FIELDS = List.of("source", "structure_id", "id", "nom", "description",
      "date_maj", "types", "thematiques", "frais", "publics", "modes_accueil", "zone_eligibilite", "mobilisable_par");

  private DataInclusionRows() {}

  /** One row of a file: its fields by the schema's names. */
  interface Row {
    /**
     * {@return the field's text, empty when the field is absent, null or empty}
     *
     * @param field the schema's name
     * @throws InvalidInputException with {@code MALFORMED_PARTNER_DATA} if it is not a text
     */
    Optional<String> text(String field);

    /**
     * {@return the field's codes, empty when the field is absent, null or empty}
     *
     * @param field the schema's name
     * @throws InvalidInputException with {@code MALFORMED_PARTNER_DATA} if it is not a list of codes
     */
    List<String> codes(String field);
  }

  /**
   * Reads each row, numbering issues from {@code offset + 1} on, by the row's place in the files; a row that cannot
   * be read is an {@link ImportIssue} naming {@code what} and the row's place, never its content.
   */
  static <T> List<T> rows(List<? extends Row> rows, String what, Function<Row, T> reader, List<ImportIssue> issues,
      int offset) {
    List<T> read = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      try {
        read.add(reader.apply(rows.get(i)));
      } catch (LiensException e) {
        issues.add(new ImportIssue(offset + i + 1, e.code(), what + "[" + i + "]: " + e.getMessage()));
      } catch (DateTimeParseException | ClassCastException e) {
        issues.add(new ImportIssue(offset + i + 1, ErrorCode.MALFORMED_PARTNER_DATA,
            what + "[" + i + "]: a field has the wrong type or format"));
      }
    }
    return read;
  }

  static PartnerStructure structure(Row row) {
    String source = text(row, "source");
    String id = text(row, "id");
    return new PartnerStructure(PartnerStructureId.fromSource(source, id), source, id, text(row, "nom"),
        row.text("siret"), row.text("code_insee").map(ZoneCode::of), LocalDate.parse(text(row, "date_maj")));
  }

  static PartnerService service(Row row) {
    String source = text(row, "source");
    String id = text(row, "id");
    return new PartnerService(PartnerServiceId.fromSource(source, id),
        PartnerStructureId.fromSource(source, text(row, "structure_id")), source, id, text(row, "nom"),
        text(row, "description"), codes(row, "thematiques", Theme::of), codes(row, "publics", Audience::fromCode),
        codes(row, "types", ServiceType::fromCode), row.text("frais").map(Fee::fromCode),
        codes(row, "modes_accueil", ReceptionMode::fromCode), codes(row, "zone_eligibilite", ZoneCode::of),
        codes(row, "mobilisable_par", Mobiliser::fromCode), Set.of(), ServiceStatus.EN_COURS,
        LocalDate.parse(text(row, "date_maj")));
  }

  private static String text(Row row, String field) {
    return row.text(field).orElseThrow(() -> new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA,
        field + " is missing"));
  }

  private static <T> Set<T> codes(Row row, String field, Function<String, T> parse) {
    List<String> codes = row.codes(field);
    List<T> parsed = new ArrayList<>(codes.size());
    codes.forEach(c -> parsed.add(parse.apply(c)));
    return Set.copyOf(parsed);
  }
}
