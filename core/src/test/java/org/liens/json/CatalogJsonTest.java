package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liens.catalog.Audience;
import org.liens.catalog.Catalog;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.catalog.ReferralChannel;
import org.liens.catalog.TeamRule;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LiensException;
import org.liens.shared.RuleViolationException;

class CatalogJsonTest {
  final Catalog catalog = CatalogJson.standard2023();

  @Test
  void the_2023_catalogue_has_the_four_offers_of_the_seed() {
    assertThat(catalog.offers()).extracting(Offer::code)
        .containsExactly(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA, OfferCode.ARCS);
    Offer mip = catalog.require(OfferCode.MIP);
    assertThat(mip.name().fr()).isEqualTo("Module d'Intervention Précoce");
    assertThat(mip.duration()).isEqualTo(OfferDuration.months(6));
    assertThat(mip.contactTargets().orElseThrow().homeVisits()).hasToString("6–7");
    assertThat(mip.contactTargets().orElseThrow().remoteContacts()).hasToString("4–5");
    assertThat(mip.team()).isEqualTo(TeamRule.EXACTLY_ONE);
    assertThat(mip.channels()).containsExactlyInAnyOrder(ReferralChannel.PARTNER_FIELD_WORKER, ReferralChannel.FAMILY_REQUEST);

    Offer madi = catalog.require(OfferCode.MADI);
    assertThat(madi.contactTargets().orElseThrow().homeVisits()).hasToString("9–12");
    assertThat(madi.contactTargets().orElseThrow().remoteContacts()).hasToString("8–10");
    assertThat(madi.team()).isEqualTo(TeamRule.ONE_OR_MORE);
    assertThat(madi.mayFollow(OfferCode.MIP)).isTrue();

    Offer mapa = catalog.require(OfferCode.MAPA);
    assertThat(mapa.audience()).isEqualTo(Audience.CAREGIVERS);
    assertThat(mapa.contactTargets().orElseThrow().homeVisits()).hasToString("6–7");
    assertThat(mapa.duration()).isEqualTo(OfferDuration.months(6));

    Offer arcs = catalog.require(OfferCode.ARCS);
    assertThat(arcs.duration()).isEqualTo(OfferDuration.perSession());
    assertThat(arcs.contactTargets()).isEmpty();
    assertThat(arcs.audience()).isEqualTo(Audience.CHILDREN);
  }

  @Test
  void an_unknown_offer_code_is_a_typed_error() {
    assertThatThrownBy(() -> catalog.require(OfferCode.of("MDPL")))
        .isInstanceOf(RuleViolationException.class)
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.UNKNOWN_OFFER);
    assertThatThrownBy(() -> OfferCode.of("mip"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE);
  }

  @Test
  void a_catalogue_round_trips_through_json() {
    assertThat(CatalogJson.read(CatalogJson.write(catalog)).offers()).isEqualTo(catalog.offers());
    for (Offer offer : catalog.offers()) {
      assertThat(CatalogJson.readOffer(CatalogJson.write(offer))).isEqualTo(offer);
    }
  }

  @Test
  void a_host_loads_its_own_catalogue() {
    Catalog own = CatalogJson.read("""
        {"offers": [{"code": "PARENTALITE-12", "name": {"fr": "Parentalité 12 mois", "en": "Parenting, 12 months"},
          "duration": {"months": 12},
          "contactTargets": {"homeVisits": {"min": 10, "max": 14}, "remoteContacts": {"min": 0, "max": 20}},
          "team": "ONE_OR_MORE", "audience": "PARENTS", "channels": ["FAMILY_REQUEST"]}]}""");
    Offer offer = own.require(OfferCode.of("PARENTALITE-12"));
    assertThat(offer.duration()).isEqualTo(OfferDuration.months(12));
    assertThat(offer.mayFollow()).isEmpty();
    assertThat(offer.channels()).isEqualTo(Set.of(ReferralChannel.FAMILY_REQUEST));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}                                                                    | offers: missing",
      "{\"offers\": []}                                                      | offers: a catalogue needs at least one offer",
      "{\"offers\": [{\"code\": \"mip\"}]}                                   | offers[0].code: offer code must match",
      "{\"offers\": [OFFER_WITHOUT_TEAM]}                                    | offers[0].team: missing",
      "{\"offers\": [OFFER_WITH_BAD_RANGE]}                                  | offers[0].contactTargets.homeVisits.max: max (5) must be at least min (6)",
      "{\"offers\": [OFFER_WITH_TYPO]}                                       | offers[0].contactTarget: unknown field",
      "{\"offers\": [OFFER_WITH_BAD_TEAM]}                                   | offers[0].team: expected one of [EXACTLY_ONE, ONE_OR_MORE]",
      "{\"offers\": [OFFER_WITH_BAD_DURATION]}                               | offers[0].duration.months: expected a whole number",
      "{\"offers\": [OFFER_FOLLOWING_UNKNOWN]}                               | offers: offer MIP may follow ZZZ, which is not in the catalogue",
      "{\"offers\": [                                                         | $: not valid JSON"})
  void a_malformed_catalogue_names_the_offending_field(String json, String message) {
    String offer = """
        {"code": "MIP", "name": {"fr": "a", "en": "b"}, "duration": {"months": 6}, "team": "EXACTLY_ONE",
         "audience": "PARENTS", "channels": ["FAMILY_REQUEST"]""";
    String document = json
        .replace("OFFER_WITHOUT_TEAM", offer.replace("\"team\": \"EXACTLY_ONE\",", "") + "}")
        .replace("OFFER_WITH_BAD_RANGE", offer + ", \"contactTargets\": {\"homeVisits\": {\"min\": 6, \"max\": 5}, "
            + "\"remoteContacts\": {\"min\": 1, \"max\": 2}}}")
        .replace("OFFER_WITH_TYPO", offer + ", \"contactTarget\": {}}")
        .replace("OFFER_WITH_BAD_TEAM", offer.replace("EXACTLY_ONE", "TWO") + "}")
        .replace("OFFER_WITH_BAD_DURATION", offer.replace("{\"months\": 6}", "{\"months\": \"six\"}") + "}")
        .replace("OFFER_FOLLOWING_UNKNOWN", offer + ", \"mayFollow\": [\"ZZZ\"]}");
    assertThatThrownBy(() -> CatalogJson.read(document))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((LiensException) e).code()).isEqualTo(ErrorCode.MALFORMED_CATALOG);
  }
}
