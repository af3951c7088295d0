package org.liens.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liens.partner.ImportIssue;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerStructure;
import org.liens.partner.PartnerStructureId;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The data·inclusion CSV files (issue 16), as the national export publishes them next to the JSON ones: one file of
 * structures and one of services, a header row with the schema's field names (the same as {@link DataInclusionJson}:
 * {@code source}, {@code id}, {@code nom}, {@code siret}, {@code code_insee}, {@code date_maj}; {@code structure_id},
 * {@code description}, {@code thematiques}, {@code publics}, {@code types}, {@code frais}, {@code modes_accueil},
 * {@code zone_eligibilite}, {@code mobilisable_par}) in any order, other columns ignored. RFC 4180 quoting (a cell
 * with a comma, a quote or a line break is quoted, a quote doubled), comma-separated (a semicolon when the header has
 * no comma), UTF-8 with or without a byte-order mark, CRLF or LF. A list in a cell is written as its codes separated
 * by commas ({@code famille--soutien-a-la-parentalite,numerique}); a JSON array ({@code ["a", "b"]}) or a PostgreSQL
 * array ({@code {a,b}}) is read too. An empty cell is an absent field.
 *
 * <p>Reading never throws on a bad row: a row with too few or too many cells, a missing field, a code outside a list
 * or a malformed date is an {@link ImportIssue} naming its file and index, never its content, and the import service
 * refuses a batch with issues, so nothing is half-written. A file without a header naming the required columns is
 * refused whole.
 */
public final class DataInclusionCsv {
  private static final List<String> STRUCTURE_REQUIRED = List.of("source", "id", "nom", "date_maj");
  private static final List<String> SERVICE_REQUIRED = List.of("source", "structure_id", "id", "nom", "description",
      "date_maj");

  private DataInclusionCsv() {}

  /**
   * {@return the structures and services of two data·inclusion CSV files, and one issue per bad row}
   *
   * @param structures the structures' file
   * @param services the services' file
   * @throws InvalidInputException with {@link ErrorCode#MALFORMED_PARTNER_DATA} if a file has no header row naming
   *     its required columns
   */
  public static PartnerImport read(String structures, String services) {
    List<ImportIssue> issues = new ArrayList<>();
    List<PartnerStructure> s = DataInclusionRows.rows(rows(structures, "structures", STRUCTURE_REQUIRED),
        "structures", DataInclusionRows::structure, issues, 0);
    List<PartnerService> v = DataInclusionRows.rows(rows(services, "services", SERVICE_REQUIRED), "services",
        DataInclusionRows::service, issues, s.size() + issues.size());
    return new PartnerImport(s, v, issues);
  }

  private static List<CsvRow> rows(String text, String what, List<String> required) {
    Checks.required(text, what);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int firstLine = body.indexOf('\n');
    String header = firstLine < 0 ? body : body.substring(0, firstLine);
    char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    List<Record> records = CsvText.records(body, separator);
    if (records.isEmpty()) {
      throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, what + " has no header row");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> names = records.get(0).cells();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, what + " has no column " + column);
      }
    }
    List<CsvRow> rows = new ArrayList<>(records.size() - 1);
    for (Record record : records.subList(1, records.size())) {
      rows.add(new CsvRow(columns, names.size(), record));
    }
    return rows;
  }

  /** A record of the file: its cells, and whether its last quoted cell was left open at the end of the file. */
  record Record(List<String> cells, boolean unterminated) {}

  /** A row of a CSV file: its cells by the header's column names. */
  private record CsvRow(Map<String, Integer> columns, int width, Record record) implements DataInclusionRows.Row {
    @Override
    public Optional<String> text(String field) {
      checkShape();
      Integer column = columns.get(field);
      String cell = column == null ? "" : record.cells().get(column);
      return cell.isBlank() ? Optional.empty() : Optional.of(cell);
    }

    @Override
    public List<String> codes(String field) {
      return text(field).map(cell -> listCell(cell, field)).orElse(List.of());
    }

    private void checkShape() {
      if (record.unterminated()) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, "a quoted cell is not closed");
      }
      if (record.cells().size() != width) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA,
            "the row has " + record.cells().size() + " cells, the header " + width);
      }
    }
  }

  /** The codes of a list cell: comma-separated, or a JSON or PostgreSQL array of them. */
  private static List<String> listCell(String cell, String field) {
    String list = cell.strip();
    if (list.length() >= 2 && (list.startsWith("[") && list.endsWith("]")
        || list.startsWith("{") && list.endsWith("}"))) {
      list = list.substring(1, list.length() - 1).strip();
    }
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String part : list.split(",", -1)) {
      String code = part.strip();
      if (code.length() >= 2 && (code.startsWith("\"") && code.endsWith("\"")
          || code.startsWith("'") && code.endsWith("'"))) {
        code = code.substring(1, code.length() - 1).strip();
      }
      if (code.isEmpty()) {
        throw new InvalidInputException(ErrorCode.MALFORMED_PARTNER_DATA, field + " has an empty code");
      }
      codes.add(code);
    }
    return codes;
  }

  /**
   * {@return the structures as a data·inclusion CSV file, with a header row}
   *
   * @param structures the structures
   */
  public static String writeStructures(Collection<PartnerStructure> structures) {
    StringBuilder csv = header(DataInclusionRows.STRUCTURE_FIELDS);
    for (PartnerStructure s : Checks.listOf(structures, "structures")) {
      line(csv, List.of(s.source(), s.sourceId(), s.name(), s.siret().orElse(""),
          s.commune().map(z -> z.code()).orElse(""), s.updatedOn().toString()));
    }
    return csv.toString();
  }

  /**
   * {@return the services as a data·inclusion CSV file, with a header row, each list of codes sorted and
   * comma-separated in its cell; the structure id is the structure's id in the same source}
   *
   * @param services the services
   * @param structures their structures, to write each one's {@code structure_id}
   * @throws InvalidInputException with {@link ErrorCode#DANGLING_REFERENCE} for a service of none of them
   */
  public static String writeServices(Collection<PartnerService> services, Collection<PartnerStructure> structures) {
    Map<PartnerStructureId, String> sourceIds = new HashMap<>();
    Checks.listOf(structures, "structures").forEach(x -> sourceIds.put(x.id(), x.sourceId()));
    StringBuilder csv = header(DataInclusionRows.SERVICE_FIELDS);
    for (PartnerService s : Checks.listOf(services, "services")) {
      String structureId = Optional.ofNullable(sourceIds.get(s.structure())).orElseThrow(
          () -> new InvalidInputException(ErrorCode.DANGLING_REFERENCE, "no partner structure " + s.structure()));
      line(csv, List.of(s.source(), structureId, s.sourceId(), s.name(), s.description(), s.updatedOn().toString(),
          codes(s.types(), t -> t.code()), codes(s.themes(), t -> t.code()), s.fee().map(f -> f.code()).orElse(""),
          codes(s.audiences(), a -> a.code()), codes(s.receptionModes(), m -> m.code()),
          codes(s.zone(), z -> z.code()), codes(s.mobilisableBy(), m -> m.code())));
    }
    return csv.toString();
  }

  private static <T> String codes(Set<T> values, Function<T, String> code) {
    return values.stream().map(code).collect(Collectors.toCollection(TreeSet::new)).stream()
        .collect(Collectors.joining(","));
  }

  private static StringBuilder header(List<String> fields) {
    StringBuilder csv = new StringBuilder();
    line(csv, fields);
    return csv;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
          || cell.indexOf(';') >= 0) {
        csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(cell);
      }
    }
    csv.append("\r\n");
  }
}
