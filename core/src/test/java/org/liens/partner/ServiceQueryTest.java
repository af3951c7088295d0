package org.liens.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liens.shared.InvalidInputException;

/** The search rules of the partner catalogue (issue 16), one example per criterion and for the relevance order. */
class ServiceQueryTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private static final PartnerStructure CENTRE = PartnerStructure.of("test", "c", "Centre social", DAY);
  private static final Territories LOZERE = Territories.of(Map.of("48198", "200093201"));

  private static SearchEntry service(String id, String name, Set<Theme> themes, Set<Audience> audiences,
      Set<ZoneCode> zone, ServiceStatus status) {
    return SearchEntry.of(new PartnerService(PartnerServiceId.fromSource("test", id), CENTRE.id(), "test", id, name,
        "Un lieu d'écoute pour les parents", themes, audiences, Set.of(), Optional.empty(), Set.of(), zone, Set.of(),
        Set.of("Parentalité"), status, DAY));
  }

  @Test
  void a_theme_finds_its_sub_themes_and_not_the_other_way() {
    SearchEntry sub = service("a", "Café des parents", Set.of(Theme.PARENTING_SUPPORT), Set.of(), Set.of(),
        ServiceStatus.EN_COURS);
    SearchEntry top = service("b", "Famille", Set.of(Theme.of("famille")), Set.of(), Set.of(), ServiceStatus.EN_COURS);

    assertThat(ServiceQuery.all().withThemes(Theme.of("famille")).select(List.of(sub, top))).hasSize(2);
    assertThat(ServiceQuery.all().withThemes(Theme.PARENTING_SUPPORT).select(List.of(sub, top)))
        .containsExactly(sub.service());
  }

  @Test
  void a_commune_finds_the_services_of_its_commune_epci_departement_and_country_the_most_local_first() {
    SearchEntry commune = service("1", "D commune", Set.of(), Set.of(), Set.of(ZoneCode.of("48198")), ServiceStatus.EN_COURS);
    SearchEntry epci = service("2", "C epci", Set.of(), Set.of(), Set.of(ZoneCode.of("200093201")), ServiceStatus.EN_COURS);
    SearchEntry departement = service("3", "B dept", Set.of(), Set.of(), Set.of(ZoneCode.of("48")), ServiceStatus.EN_COURS);
    SearchEntry country = service("4", "A france", Set.of(), Set.of(), Set.of(ZoneCode.FRANCE), ServiceStatus.EN_COURS);
    SearchEntry elsewhere = service("5", "E gers", Set.of(), Set.of(), Set.of(ZoneCode.of("32")), ServiceStatus.EN_COURS);
    SearchEntry unknown = service("6", "F sans zone", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);

    List<PartnerService> found = ServiceQuery.all().near(ZoneCode.of("48198"), LOZERE)
        .select(List.of(country, elsewhere, departement, unknown, epci, commune));

    assertThat(found).containsExactly(commune.service(), epci.service(), departement.service(), country.service());
  }

  @Test
  void a_commune_missing_from_the_table_still_finds_its_departement() {
    assertThat(Territories.none().zonesOf(ZoneCode.of("97411")))
        .containsExactlyInAnyOrder(ZoneCode.of("97411"), ZoneCode.of("974"), ZoneCode.FRANCE);
    assertThat(Territories.none().zonesOf(ZoneCode.of("2a004")))
        .containsExactlyInAnyOrder(ZoneCode.of("2A004"), ZoneCode.of("2A"), ZoneCode.FRANCE);
  }

  @Test
  void a_public_finds_its_services_and_those_for_every_public() {
    SearchEntry families = service("a", "A", Set.of(), Set.of(Audience.FAMILLES), Set.of(), ServiceStatus.EN_COURS);
    SearchEntry everyone = service("b", "B", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);
    SearchEntry seniors = service("c", "C", Set.of(), Set.of(Audience.SENIORS), Set.of(), ServiceStatus.EN_COURS);

    assertThat(ServiceQuery.all().withAudiences(Audience.FAMILLES).select(List.of(seniors, everyone, families)))
        .containsExactly(families.service(), everyone.service());
  }

  @Test
  void keywords_start_words_without_accents_and_a_name_match_ranks_first() {
    SearchEntry inName = service("a", "Z Parents en fête", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);
    SearchEntry inKeywords = service("b", "A Jeux", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);

    assertThat(ServiceQuery.all().withKeywords("PARENTAL").select(List.of(inName, inKeywords)))
        .containsExactly(inKeywords.service(), inName.service()); // both keywords "Parentalité": by name
    assertThat(ServiceQuery.all().withKeywords("parent").select(List.of(inKeywords, inName)))
        .containsExactly(inName.service(), inKeywords.service()); // "Parents" in the name ranks first
    assertThat(ServiceQuery.all().withKeywords("arent").select(List.of(inKeywords, inName))).isEmpty();
  }

  @Test
  void a_status_filters_and_the_limit_keeps_the_most_relevant() {
    SearchEntry running = service("a", "B", Set.of(), Set.of(), Set.of(), ServiceStatus.EN_COURS);
    SearchEntry ended = service("b", "A", Set.of(), Set.of(), Set.of(), ServiceStatus.TERMINEE);

    assertThat(ServiceQuery.all().withStatuses(ServiceStatus.EN_COURS).select(List.of(ended, running)))
        .containsExactly(running.service());
    assertThat(ServiceQuery.all().withLimit(1).select(List.of(running, ended))).containsExactly(ended.service());
    assertThatThrownBy(() -> ServiceQuery.all().withLimit(0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void vocabularies_refuse_codes_outside_the_data_inclusion_lists() {
    assertThatThrownBy(() -> Theme.of("famille--tout")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ZoneCode.of("20")).isInstanceOf(InvalidInputException.class); // Corsica is 2A and 2B
    assertThatThrownBy(() -> Audience.fromCode("tous")).isInstanceOf(InvalidInputException.class);
    assertThat(ZoneCode.of("99100")).isEqualTo(ZoneCode.FRANCE);
    assertThat(Theme.of("logement-hebergement--etre-accompagne-en cas-de-difficultes-financieres").parent())
        .contains(Theme.of("logement-hebergement"));
  }
}
