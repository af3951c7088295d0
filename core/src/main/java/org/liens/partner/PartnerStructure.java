package org.liens.partner;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.shared.Checks;

/**
 * A structure of the catalogue: the social centre, association or public service that runs partner services (a
 * data·inclusion {@code structure}; seed 004's "Structure organisatrice"). Public information. A value type; the
 * catalogue stores the last one imported under an id.
 *
 * @param id its id, {@link PartnerStructureId#fromSource} for an imported one
 * @param source the data·inclusion {@code source} it comes from ("dora", "seed-004", or the host's)
 * @param sourceId its {@code id} in that source
 * @param name its {@code nom}
 * @param siret its {@code siret}, when known
 * @param commune the INSEE {@code code_insee} of its commune, when known
 * @param updatedOn its {@code date_maj}
 */
public record PartnerStructure(PartnerStructureId id, String source, String sourceId, String name,
    Optional<String> siret, Optional<ZoneCode> commune, LocalDate updatedOn) {

  /**
   * Checks the components: texts bounded and not blank, a SIRET with a valid key, a commune code of a commune.
   *
   * @param id its id
   * @param source the data·inclusion {@code source}
   * @param sourceId its {@code id} in that source
   * @param name its {@code nom}
   * @param siret its {@code siret}, when known
   * @param commune the INSEE code of its commune, when known
   * @param updatedOn its {@code date_maj}
   */
  public PartnerStructure {
    Checks.required(id, "id");
    source = Checks.name(source, "source");
    sourceId = Checks.name(sourceId, "source id");
    name = Checks.name(name, "structure name");
    siret = Checks.optional(siret, "siret").map(s -> Checks.siret(s, "siret"));
    Checks.optional(commune, "commune").ifPresent(c -> Checks.check(c.kind() == ZoneKind.COMMUNE,
        "commune must be the INSEE code of a commune"));
    updatedOn = Checks.date(updatedOn, "date_maj");
  }

  /**
   * {@return a structure known by its source, id, name and date only, under the id derived from its source}
   *
   * @param source the data·inclusion {@code source}
   * @param sourceId its {@code id} in that source
   * @param name its {@code nom}
   * @param updatedOn its {@code date_maj}
   */
  public static PartnerStructure of(String source, String sourceId, String name, LocalDate updatedOn) {
    return new PartnerStructure(PartnerStructureId.fromSource(source, sourceId), source, sourceId, name,
        Optional.empty(), Optional.empty(), updatedOn);
  }
}
