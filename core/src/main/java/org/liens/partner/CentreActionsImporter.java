package org.liens.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * Reads the social-centre actions of seed 004 (the text form of the "Les actions des centres sociaux" records) into
 * structures and services (issue 16). Each record starts with a line {@code Actions} and its title, then fields as
 * {@code - Label} lines followed by their values. A record becomes a service of source {@value #SOURCE}, id
 * {@code action-NN} (its number); its structure is the "Structure organisatrice" without its département, and its
 * zone that département ("EVS du VENTALON … - Lozère" is zone {@code 48}); its themes map its "Dimension" and
 * "Mots clés" ({@link ThemeMapping}); its publics map "Public" ("Tous publics": every public); its status is "Statut
 * de l'action"; its description the "Résumé" (or, when empty, the first description given). A record without a
 * theme or a known département is reported ({@link ImportIssue}), not imported. Pure: no I/O.
 */
public final class CentreActionsImporter {
  /** The data·inclusion {@code source} of seed 004's records. */
  public static final String SOURCE = "seed-004";
  private static final Map<String, Set<Audience>> PUBLICS = Map.of(
      "tous publics", Set.of(), "familles", Set.of(Audience.FAMILLES), "petite enfance", Set.of(Audience.FAMILLES),
      "seniors", Set.of(Audience.SENIORS), "jeunes adultes", Set.of(Audience.JEUNES), "jeunes", Set.of(Audience.JEUNES));

  private CentreActionsImporter() {}

  /**
   * {@return the structures and services of the records of {@code text}, mapped with the standard theme mapping}
   *
   * @param text the records, as seed 004 holds them
   * @param updatedOn the {@code date_maj} to give them (the seed has none)
   */
  public static PartnerImport parse(String text, LocalDate updatedOn) {
    return parse(text, updatedOn, ThemeMapping.standard());
  }

  /**
   * {@return the structures and services of the records of {@code text}}
   *
   * @param text the records, as seed 004 holds them
   * @param updatedOn the {@code date_maj} to give them
   * @param mapping how dimensions and keywords map to themes
   */
  public static PartnerImport parse(String text, LocalDate updatedOn, ThemeMapping mapping) {
    Checks.requiredAll("text, updatedOn, mapping", text, updatedOn, mapping);
    List<List<String>> records = records(text);
    Map<PartnerStructureId, PartnerStructure> structures = new LinkedHashMap<>();
    List<PartnerService> services = new ArrayList<>();
    List<ImportIssue> issues = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      int row = i + 1;
      try {
        read(records.get(i), row, updatedOn, mapping, structures, services, issues);
      } catch (LiensException e) {
        issues.add(new ImportIssue(row, e.code(), "record " + row + ": a field is not a valid value"));
      }
    }
    return new PartnerImport(List.copyOf(structures.values()), services, issues);
  }

  private static void read(List<String> lines, int row, LocalDate updatedOn, ThemeMapping mapping,
      Map<PartnerStructureId, PartnerStructure> structures, List<PartnerService> services, List<ImportIssue> issues) {
    String title = lines.get(0).strip();
    String organiser = values(lines, "Structure organisatrice").stream().findFirst().orElse("");
    int dash = organiser.lastIndexOf(" - ");
    Optional<ZoneCode> departement = dash < 0 ? Optional.empty() : Departements.named(organiser.substring(dash + 3));
    List<String> labels = new ArrayList<>(values(lines, "Dimension"));
    List<String> keywords = values(lines, "Mots clés associés à l'action");
    labels.addAll(keywords);
    Set<Theme> themes = mapping.themesOf(labels);
    if (departement.isEmpty()) {
      issues.add(new ImportIssue(row, ErrorCode.MALFORMED_PARTNER_DATA, "record " + row
          + ": the structure names no known département"));
      return;
    }
    if (themes.isEmpty()) {
      issues.add(new ImportIssue(row, ErrorCode.MALFORMED_PARTNER_DATA, "record " + row
          + ": no dimension or keyword maps to a data·inclusion theme"));
      return;
    }
    String structureName = organiser.substring(0, dash).strip();
    String structureKey = String.join("-", SearchText.words(structureName));
    PartnerStructure structure = structures.computeIfAbsent(PartnerStructureId.fromSource(SOURCE, structureKey),
        id -> PartnerStructure.of(SOURCE, structureKey, structureName, updatedOn));
    Set<Audience> audiences = new java.util.HashSet<>();
    for (String p : values(lines, "Public")) {
      audiences.addAll(PUBLICS.getOrDefault(SearchText.fold(p), Set.of()));
    }
    String status = values(lines, "Statut de l'action").stream().findFirst().orElse("");
    String id = String.format("action-%02d", row);
    services.add(new PartnerService(PartnerServiceId.fromSource(SOURCE, id), structure.id(), SOURCE, id, title,
        description(lines, title), themes, audiences, Set.of(), Optional.empty(), Set.of(), Set.of(departement.get()),
        Set.of(), Set.copyOf(keywords), SearchText.fold(status).startsWith("termin") ? ServiceStatus.TERMINEE
            : ServiceStatus.EN_COURS, updatedOn));
  }

  /** The records: the lines after each {@code Actions} line, the first one being the title. */
  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> current = null;
    for (String line : text.split("\\R")) {
      if (line.strip().equals("Actions")) {
        current = new ArrayList<>();
        records.add(current);
      } else if (current != null && !(current.isEmpty() && line.isBlank())) {
        current.add(line);
      }
    }
    records.removeIf(List::isEmpty);
    return records;
  }

  /** The {@code - value} lines under {@code - label}, up to the next field of the form. */
  private static List<String> values(List<String> lines, String label) {
    List<String> values = new ArrayList<>();
    int at = lines.indexOf("- " + label);
    for (int i = at + 1; at >= 0 && i < lines.size() && lines.get(i).startsWith("-"); i++) {
      String value = lines.get(i).substring(1).strip();
      if (FIELDS.contains(value)) {
        break;
      }
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  /** The summary, or when it is empty the first description, or the title. */
  private static String description(List<String> lines, String title) {
    for (String field : List.of("Résumé", "Description générale",
        "Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases.")) {
      int at = lines.indexOf("- " + field);
      StringBuilder text = new StringBuilder();
      for (int i = at + 1; at >= 0 && i < lines.size() && !lines.get(i).startsWith("- "); i++) {
        text.append(lines.get(i).strip()).append('\n');
      }
      if (!text.toString().isBlank()) {
        return text.toString().strip();
      }
    }
    return title;
  }

  /** The labels of the form's fields, which end the values of the field before. */
  private static final Set<String> FIELDS = Set.of("Structure organisatrice", "Fichier(s) associé(s)",
      "Statut de l'action", "Raisons pour lesquelles l'action est terminée", "Dimension",
      "Mots clés associés à l'action", "Résumé", "Qui est à l'initiative de l'action ?", "Territoire concerné",
      "Public", "Avec qui cette action a-t-elle été menée ?");
}
