package org.liens.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liens.shared.ErrorCode;

/**
 * Seed 004 imported (issue 16): its 25 records become 25 services of 22 structures (ECOCENTRE PIERRE ET TERRE, AAI and
 * the CENTRE SOCIAL DU PAYS D'OLT run two actions each, the Aveyron's centres four in all), each with the themes the
 * standard mapping gives its dimension and keywords, the zone of its département, and its status. A record that
 * cannot be mapped is reported with its number, never dropped.
 */
class CentreActionsImporterTest {
  static final LocalDate DAY = LocalDate.of(2024, 1, 15);
  /** The themes the README's mapping table gives, by short name. */
  static final Map<String, String> THEMES = Map.ofEntries(
      Map.entry("CITIZEN", "acces-aux-droits-et-citoyennete--faciliter-laction-citoyenne"),
      Map.entry("GREEN", "acces-aux-droits-et-citoyennete--developpement-durable"),
      Map.entry("PARENTING", "famille--soutien-a-la-parentalite"),
      Map.entry("SOCIAL_LINK", "remobilisation--lien-social"),
      Map.entry("SOLIDARITY", "remobilisation--participer-a-des-actions-solidaires-ou-de-benevolat"),
      Map.entry("HARDSHIP", "gestion-financiere--accompagnement-aux-personnes-en-difficultes-financieres"),
      Map.entry("HEALTH", "sante--prevention-et-acces-aux-soins"),
      Map.entry("LEISURE", "remobilisation--decouvrir-son-potentiel-via-le-sport-et-la-culture"),
      Map.entry("SCHOOL", "illettrisme--accompagner-scolarite"),
      Map.entry("MOBILITY", "mobilite--etre-accompagne-dans-son-parcours-mobilite"),
      Map.entry("WORK", "accompagnement-social-et-professionnel-personnalise--parcours-d-insertion-socioprofessionnel"));
  /** Each service: id, the start of its name, its zone, its status, its themes. */
  static final List<String> EXPECTED = List.of(
      "action-01 | Projet collectif et solidaire  | 48 | running | CITIZEN",
      "action-02 | Ateliers parents-enfants | 32 | ended | CITIZEN PARENTING SOCIAL_LINK",
      "action-03 | Semaine thématique des famille | 32 | running | CITIZEN PARENTING SOCIAL_LINK",
      "action-04 | Jouer ensemble | 48 | running | SOCIAL_LINK SOLIDARITY",
      "action-05 | De la plume au clavier | 34 | running | HARDSHIP SOCIAL_LINK",
      "action-06 | ETOILES ET SOLIDAIRES CARSAT | 11 | running | SOLIDARITY HEALTH",
      "action-07 | Aiguelongue fait sa fête | 34 | ended | CITIZEN LEISURE SOCIAL_LINK",
      "action-08 | Accompagnement d'une Junior As | 34 | running | GREEN CITIZEN",
      "action-09 | CAFE /thé des PARENTS | 13 | running | PARENTING SCHOOL SOCIAL_LINK",
      "action-10 | LE CAFE POUSSETTE | 13 | running | PARENTING SCHOOL SOCIAL_LINK",
      "action-11 | LA MIS OUVRE SES PORTES | 83 | running | SOCIAL_LINK",
      "action-12 | Mercredis ludiques aux Reymond | 26 | running | CITIZEN PARENTING SCHOOL LEISURE",
      "action-13 | Les Jardins participatifs et c | 46 | ended | GREEN CITIZEN SOCIAL_LINK",
      "action-14 | Gratiféria : le marché gratuit | 65 | running | GREEN CITIZEN SOCIAL_LINK SOLIDARITY",
      "action-15 | séniors au volant, rester vigi | 12 | ended | MOBILITY HEALTH",
      "action-16 | Etre jeune et créer sa boite | 12 | running | WORK SOLIDARITY",
      "action-17 | L'Aide à la Mobilité Intérieur | 12 | running | MOBILITY SOLIDARITY",
      "action-18 | Vidéos \"A petits pas vers la n | 12 | running | PARENTING HEALTH",
      "action-19 | DISPOSITIF PANIERS SOLIDAIRES | 09 | ended | GREEN HARDSHIP HEALTH",
      "action-20 | Code de la vie code de la rout | 54 | running | CITIZEN WORK HARDSHIP MOBILITY SOLIDARITY",
      "action-21 | Défi alimentation | 81 | running | GREEN HEALTH",
      "action-22 | Les Paumes Vertes, un réseau d | 59 | running | GREEN CITIZEN SOCIAL_LINK SOLIDARITY",
      "action-23 | \" DE LA CAMPAGNE A LA MER\" : M | 971 | running | MOBILITY LEISURE SOCIAL_LINK",
      "action-24 | Accompagner les familles pour  | 45 | ended | PARENTING SCHOOL",
      "action-25 | Le Cam's, le Camion solidaire | 64 | running | CITIZEN SOCIAL_LINK SOLIDARITY");
  static final List<String> STRUCTURES = List.of(
      "EVS du VENTALON Association EPI DE MAINS",
      "ECOCENTRE PIERRE ET TERRE",
      "FOYER RURAL LE CHALUT",
      "ASSOCIATION FEMME EN LANGUEDOC ROUSSILLON",
      "ASSOCIATION FAMILLES RURALES",
      "MAISON POUR TOUS DUBOUT",
      "MJC TEYRAN",
      "ASSOCIATION ACCOMPAGNEMENT ACTION INITIATIVE (AAI)",
      "MAISON DES INITIATIVES SOCIALES (MIS) DE LA PLANQUETTE",
      "ASSOCIATION LE LIEN 26",
      "L'Escale. Centre Social et Culturel de Pradines",
      "MJC DE VIC-EN-BIGORRE",
      "CENTRE SOCIAL DU PAYS D'OLT",
      "OFFICE SOCIAL ET CULTUREL DE CAPDENAC",
      "CENTRE SOCIAL \"La Ruche\" DE VILLEFRANCHE DE RGUE",
      "CENTRE SOCIAL C.A.F.",
      "Association Familles Rurales \"Les 3 rivières\" de BADONVILLER",
      "EVS AÏCI SEM PLAN",
      "CENTRE SOCIO-CULTUREL LA MAISON NOUVELLE",
      "FIAT LUX",
      "ASSOC. MONTARGOISE D'ANIMATION",
      "Centre Social Lo Solan");

  /** {@return seed 004 ({@code seeds/004_e43da1edb7070227.txt}), copied into the test resources} */
  static String seed() throws IOException {
    try (var in = CentreActionsImporterTest.class.getResourceAsStream("seed-004.txt")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_25_records_become_25_services_of_22_structures_with_their_themes() throws IOException {
    PartnerImport imported = CentreActionsImporter.parse(seed(), DAY);

    assertThat(imported.issues()).isEmpty();
    assertThat(imported.structures()).extracting(PartnerStructure::name).containsExactlyElementsOf(STRUCTURES);
    assertThat(imported.services()).hasSize(EXPECTED.size());
    for (int i = 0; i < EXPECTED.size(); i++) {
      String[] expected = EXPECTED.get(i).split(" \\| ");
      PartnerService service = imported.services().get(i);
      assertThat(service.sourceId()).isEqualTo(expected[0]);
      assertThat(service.name()).startsWith(expected[1]);
      assertThat(service.zone()).containsExactly(ZoneCode.of(expected[2]));
      assertThat(service.status()).isEqualTo(expected[3].equals("running") ? ServiceStatus.EN_COURS : ServiceStatus.TERMINEE);
      assertThat(service.themes()).map(Theme::code).containsExactlyInAnyOrderElementsOf(
          Arrays.stream(expected[4].split(" ")).map(THEMES::get).toList());
      assertThat(imported.structures()).extracting(PartnerStructure::id).contains(service.structure());
    }
  }

  @Test
  void publics_map_to_data_inclusion_publics_tous_publics_to_every_public() throws IOException {
    PartnerImport imported = CentreActionsImporter.parse(seed(), DAY);
    Map<String, List<Audience>> publics = imported.services().stream().collect(Collectors.toMap(
        PartnerService::sourceId, s -> s.audiences().stream().sorted().toList()));

    assertThat(publics.get("action-01")).isEmpty(); // Tous publics
    assertThat(publics.get("action-02")).containsExactly(Audience.FAMILLES);
    assertThat(publics.get("action-10")).containsExactly(Audience.FAMILLES); // Petite enfance
    assertThat(publics.get("action-15")).containsExactly(Audience.SENIORS);
    assertThat(publics.get("action-16")).containsExactly(Audience.JEUNES); // Jeunes adultes
    assertThat(publics.get("action-04")).isEmpty(); // no public given
  }

  @Test
  void a_record_without_theme_or_departement_is_reported_with_its_number_and_the_others_are_imported() {
    String text = """
        Actions
        Atelier sans thème
        - Structure organisatrice
        - CENTRE A - Gard
        - Dimension
        - Services
        - Mots clés associés à l'action
        - Résumé
        Un atelier.
        Actions
        Atelier sans département
        - Structure organisatrice
        - CENTRE B - Atlantide
        - Dimension
        - Citoyenneté
        Actions
        Atelier de parents
        - Structure organisatrice
        - CENTRE C - Gard
        - Mots clés associés à l'action
        - Parentalité
        """;

    PartnerImport imported = CentreActionsImporter.parse(text, DAY);

    assertThat(imported.services()).extracting(PartnerService::name).containsExactly("Atelier de parents");
    assertThat(imported.issues()).extracting(ImportIssue::row).containsExactly(1, 2);
    assertThat(imported.issues()).extracting(ImportIssue::code).containsOnly(ErrorCode.MALFORMED_PARTNER_DATA);
    assertThat(imported.issues()).allSatisfy(i -> assertThat(i.reason()).doesNotContain("Atelier", "CENTRE"));
  }
}
