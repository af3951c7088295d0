package org.liens.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * Liens's own offers as data·inclusion services (issue 16, R1, R7), so that a catalogue such as DORA lists them: one
 * service per offer of the catalogue, of the organisation's structure, for its zone. The mapping: MIP and MADI are
 * {@code famille--soutien-a-la-parentalite} and {@code famille--soutien-aux-familles}, for {@code familles}; MAPA is
 * {@code handicap--aide-a-la-personne} (family caregivers), for {@code familles}; ARCS is
 * {@code remobilisation--restaurer-sa-confiance-son-image-de-soi} and {@code illettrisme--accompagner-scolarite}, for
 * {@code jeunes}. The modules are {@code accompagnement} at home and remotely, ARCS an {@code atelier} in person;
 * all are {@code gratuit-sous-conditions} for the family (a funder pays, R3) and mobilised by professionals or at the
 * family's request ({@code professionnels}, {@code usagers}, R7). Pure.
 */
public final class OfferPublication {
  private static final Map<OfferCode, Set<Theme>> THEMES = Map.of(
      OfferCode.MIP, Set.of(Theme.PARENTING_SUPPORT, Theme.of("famille--soutien-aux-familles")),
      OfferCode.MADI, Set.of(Theme.PARENTING_SUPPORT, Theme.of("famille--soutien-aux-familles")),
      OfferCode.MAPA, Set.of(Theme.DISABILITY_CARE),
      OfferCode.ARCS, Set.of(Theme.SELF_CONFIDENCE, Theme.of("illettrisme--accompagner-scolarite")));

  private OfferPublication() {}

  /**
   * {@return one data·inclusion service per offer of {@code catalog}, in its order, ids derived from the structure's
   * source and the offer code}
   *
   * @param catalog the offers
   * @param structure the organisation that runs them ("Au bonheur des liens")
   * @param zone where it works, as data·inclusion zone codes
   * @param updatedOn the {@code date_maj}
   */
  public static List<PartnerService> services(Catalog catalog, PartnerStructure structure, Set<ZoneCode> zone,
      LocalDate updatedOn) {
    Checks.requiredAll("catalog, structure, zone, updatedOn", catalog, structure, zone, updatedOn);
    List<PartnerService> services = new ArrayList<>();
    for (Offer offer : catalog.offers()) {
      boolean workshop = offer.code() == OfferCode.ARCS;
      String id = offer.code().value().toLowerCase(Locale.ROOT);
      services.add(new PartnerService(PartnerServiceId.fromSource(structure.source(), id), structure.id(),
          structure.source(), id, offer.name().fr(), description(offer), THEMES.getOrDefault(offer.code(), Set.of()),
          Set.of(workshop ? Audience.JEUNES : Audience.FAMILLES),
          Set.of(workshop ? ServiceType.ATELIER : ServiceType.ACCOMPAGNEMENT), Optional.of(Fee.GRATUIT_SOUS_CONDITIONS),
          workshop ? Set.of(ReceptionMode.EN_PRESENTIEL) : Set.of(ReceptionMode.EN_PRESENTIEL, ReceptionMode.A_DISTANCE),
          zone, Set.of(Mobiliser.PROFESSIONNELS, Mobiliser.USAGERS), Set.of(), ServiceStatus.EN_COURS, updatedOn));
    }
    return List.copyOf(services);
  }

  private static final Map<OfferCode, String> DESCRIPTIONS = Map.of(
      OfferCode.MIP, "Module d'intervention précoce : six mois d'accompagnement à domicile et à distance des parents qui "
          + "traversent une crise ou un événement familial, par un éducateur, sur prescription et avec leur accord.",
      OfferCode.MADI, "Module d'accompagnement à domicile intensif : six mois d'accompagnement renforcé d'une famille en "
          + "crise aiguë, par une ou plusieurs personnes de l'équipe éducative, sur prescription et avec son accord.",
      OfferCode.MAPA, "Module d'accompagnement et de prévention des aidants : six mois de soutien à domicile et à "
          + "distance des aidants familiaux d'un proche en situation de handicap, de maladie longue ou rare.",
      OfferCode.ARCS, "Atelier de remise en confiance scolaire : ateliers individuels ou en groupe de six enfants au "
          + "plus, du CP au baccalauréat, commandés par une collectivité ou une institution.");

  /** The seed's description of a standard offer; a host's own offer is described by its French name. */
  private static String description(Offer offer) {
    return DESCRIPTIONS.getOrDefault(offer.code(), offer.name().fr());
  }
}
