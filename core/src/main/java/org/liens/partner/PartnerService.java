package org.liens.partner;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.liens.shared.Checks;

/**
 * A partner service a family can be oriented to: a data·inclusion {@code service} (seed 004: one action of a social
 * centre). Public information. A value type; the catalogue stores the last one imported under an id.
 *
 * @param id its id, {@link PartnerServiceId#fromSource} for an imported one
 * @param structure the structure that runs it
 * @param source the data·inclusion {@code source} it comes from
 * @param sourceId its {@code id} in that source
 * @param name its {@code nom}
 * @param description its {@code description}
 * @param themes its {@code thematiques}
 * @param audiences its {@code publics}; none means every public ("Tous publics")
 * @param types its {@code types}
 * @param fee its {@code frais}, when known
 * @param receptionModes its {@code modes_accueil}
 * @param zone its {@code zone_eligibilite}; none means unknown, and a search by territory does not find it
 * @param mobilisableBy its {@code mobilisable_par}
 * @param keywords free keywords (seed 004's "Mots clés"), searched as the name and description are
 * @param status whether it still runs
 * @param updatedOn its {@code date_maj}
 */
public record PartnerService(PartnerServiceId id, PartnerStructureId structure, String source, String sourceId,
    String name, String description, Set<Theme> themes, Set<Audience> audiences, Set<ServiceType> types,
    Optional<Fee> fee, Set<ReceptionMode> receptionModes, Set<ZoneCode> zone, Set<Mobiliser> mobilisableBy,
    Set<String> keywords, ServiceStatus status, LocalDate updatedOn) {

  /**
   * Checks the components: texts bounded and not blank (a description up to 20,000 characters), sets without null.
   *
   * @param id its id
   * @param structure the structure that runs it
   * @param source the data·inclusion {@code source}
   * @param sourceId its {@code id} in that source
   * @param name its {@code nom}
   * @param description its {@code description}
   * @param themes its {@code thematiques}
   * @param audiences its {@code publics}
   * @param types its {@code types}
   * @param fee its {@code frais}, when known
   * @param receptionModes its {@code modes_accueil}
   * @param zone its {@code zone_eligibilite}
   * @param mobilisableBy its {@code mobilisable_par}
   * @param keywords free keywords
   * @param status whether it still runs
   * @param updatedOn its {@code date_maj}
   */
  public PartnerService {
    Checks.requiredAll("id, structure, status", id, structure, status);
    source = Checks.name(source, "source");
    sourceId = Checks.name(sourceId, "source id");
    name = Checks.name(name, "service name");
    description = Checks.longText(description, "description");
    themes = Checks.setOf(themes, "thematiques");
    audiences = Checks.setOf(audiences, "publics");
    types = Checks.setOf(types, "types");
    Checks.optional(fee, "frais");
    receptionModes = Checks.setOf(receptionModes, "modes_accueil");
    zone = Checks.setOf(zone, "zone_eligibilite");
    mobilisableBy = Checks.setOf(mobilisableBy, "mobilisable_par");
    keywords = Set.copyOf(Checks.setOf(keywords, "keywords").stream().map(k -> Checks.name(k, "keyword")).toList());
    updatedOn = Checks.date(updatedOn, "date_maj");
  }

  /**
   * {@return this service with another status (an action that ended)}
   *
   * @param newStatus its status
   */
  public PartnerService withStatus(ServiceStatus newStatus) {
    return new PartnerService(id, structure, source, sourceId, name, description, themes, audiences, types, fee,
        receptionModes, zone, mobilisableBy, keywords, newStatus, updatedOn);
  }
}
