package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.liens.partner.Audience;
import org.liens.partner.Fee;
import org.liens.partner.ImportIssue;
import org.liens.partner.Mobiliser;
import org.liens.partner.OfferPublication;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.ReceptionMode;
import org.liens.partner.ServiceStatus;
import org.liens.partner.ServiceType;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The data·inclusion JSON files (issue 16): Liens's offers published as services read back equal through the
 * importer, as does any service the schema can carry; a bad row is an issue with its number, never a half import.
 */
class DataInclusionJsonProperties {
  static final PartnerStructure LIENS = PartnerStructure.of("au-bonheur-des-liens", "liens", "Au bonheur des liens",
      LocalDate.of(2023, 9, 1));

  @Property(tries = 100)
  @Label("Liens's offers exported as data·inclusion services round-trip through the importer")
  void the_offers_round_trip(@ForAll("zones") Set<ZoneCode> zone, @ForAll("days") LocalDate day) {
    List<PartnerService> offers = OfferPublication.services(CatalogJson.standard2023(), LIENS, zone, day);

    PartnerImport read = DataInclusionJson.read(DataInclusionJson.writeStructures(List.of(LIENS)),
        DataInclusionJson.writeServices(offers, List.of(LIENS)));

    assertThat(read.issues()).isEmpty();
    assertThat(read.structures()).containsExactly(LIENS);
    assertThat(read.services()).containsExactlyElementsOf(offers);
  }

  @Example
  void the_offers_carry_the_themes_of_the_issue() {
    List<PartnerService> offers = OfferPublication.services(CatalogJson.standard2023(), LIENS, Set.of(ZoneCode.of("30")),
        LocalDate.of(2024, 1, 1));

    assertThat(offers).extracting(PartnerService::sourceId).containsExactly("mip", "madi", "mapa", "arcs");
    assertThat(offers.get(0).themes()).contains(Theme.PARENTING_SUPPORT);
    assertThat(offers.get(2).themes()).containsExactly(Theme.DISABILITY_CARE);
    assertThat(offers.get(3).themes()).contains(Theme.SELF_CONFIDENCE);
  }

  @Property(tries = 300)
  @Label("any service the schema carries (running, without Liens's keywords) round-trips through the importer")
  void any_schema_service_round_trips(@ForAll("services") List<PartnerService> services) {
    PartnerImport read = DataInclusionJson.read(DataInclusionJson.writeStructures(List.of(LIENS)),
        DataInclusionJson.writeServices(services, List.of(LIENS)));

    assertThat(read.issues()).isEmpty();
    assertThat(read.services()).containsExactlyElementsOf(services);
  }

  @Example
  void each_bad_row_is_an_issue_with_its_number_and_the_good_ones_are_read() {
    String structures = "[{\"source\":\"s\",\"id\":\"a\",\"nom\":\"Centre A\",\"date_maj\":\"2024-01-02\"},"
        + "{\"source\":\"s\",\"id\":\"b\",\"date_maj\":\"2024-01-02\"}]";
    String services = "[{\"source\":\"s\",\"id\":\"1\",\"structure_id\":\"a\",\"nom\":\"Atelier\","
        + "\"description\":\"Jeux\",\"date_maj\":\"2024-01-02\",\"thematiques\":[\"famille\"]},"
        + "{\"source\":\"s\",\"id\":\"2\",\"structure_id\":\"a\",\"nom\":\"Atelier\",\"description\":\"Jeux\","
        + "\"date_maj\":\"2024-01-02\",\"thematiques\":[\"famille--secret-de-famille\"]},"
        + "{\"source\":\"s\",\"id\":\"3\",\"structure_id\":\"a\",\"nom\":\"Atelier\",\"description\":\"Jeux\","
        + "\"date_maj\":\"le 2 janvier\"}]";

    PartnerImport read = DataInclusionJson.read(structures, services);

    assertThat(read.structures()).hasSize(1);
    assertThat(read.services()).extracting(PartnerService::sourceId).containsExactly("1");
    assertThat(read.issues()).extracting(ImportIssue::row).containsExactly(2, 4, 5);
    assertThat(read.issues()).extracting(ImportIssue::code).containsExactly(ErrorCode.MALFORMED_PARTNER_DATA,
        ErrorCode.INVALID_VALUE, ErrorCode.MALFORMED_PARTNER_DATA);
    assertThat(read.issues()).allSatisfy(i -> assertThat(i.reason()).doesNotContain("secret", "janvier"));
    assertThat(read.complete()).isFalse();
    assertThatThrownBy(() -> DataInclusionJson.read("{", "[]")).isInstanceOf(InvalidInputException.class);
  }

  @Provide
  Arbitrary<Set<ZoneCode>> zones() {
    return Arbitraries.of(ZoneCode.of("30"), ZoneCode.of("30334"), ZoneCode.of("200034692"), ZoneCode.FRANCE)
        .set().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 2_000).map(LocalDate.of(2020, 1, 1)::plusDays);
  }

  @Provide
  Arbitrary<List<PartnerService>> services() {
    Arbitrary<String> text = Arbitraries.strings().withChars("abcéèç «»\"'\\/-").ofMinLength(1).ofMaxLength(30)
        .map(t -> "S" + t.strip());
    List<Arbitrary<Object>> parts = List.of(Arbitraries.integers().between(0, 1000).map(Object.class::cast),
        text.map(Object.class::cast), text.map(Object.class::cast),
        Arbitraries.of(Theme.PARENTING_SUPPORT, Theme.of("famille"), Theme.DISABILITY_CARE).set().ofMaxSize(2)
            .map(Object.class::cast),
        Arbitraries.of(Audience.class).set().ofMaxSize(2).map(Object.class::cast),
        Arbitraries.of(ServiceType.class).set().ofMaxSize(2).map(Object.class::cast),
        Arbitraries.of(Fee.class).optional().map(Object.class::cast),
        Arbitraries.of(ReceptionMode.class).set().map(Object.class::cast), zones().map(Object.class::cast),
        Arbitraries.of(Mobiliser.class).set().map(Object.class::cast), days().map(Object.class::cast));
    Arbitrary<PartnerService> one = Combinators.combine(parts)
        .as(values -> service(values));
    return one.list().ofMaxSize(5).uniqueElements(PartnerService::sourceId);
  }

  private static PartnerService service(List<Object> values) {
    return new PartnerService(PartnerServiceId.fromSource("au-bonheur-des-liens", "v" + values.get(0)),
        LIENS.id(), "au-bonheur-des-liens", "v" + values.get(0), (String) values.get(1), (String) values.get(2),
        cast(values.get(3)), cast(values.get(4)), cast(values.get(5)), cast(values.get(6)), cast(values.get(7)),
        cast(values.get(8)), cast(values.get(9)), Set.of(), ServiceStatus.EN_COURS, (LocalDate) values.get(10));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
