package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.liens.partner.Audience;
import org.liens.partner.ImportIssue;
import org.liens.partner.OfferPublication;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerStructure;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * The data·inclusion CSV files (issue 16): what the exporter writes reads back equal, reads as the JSON files do, and
 * a bad row is an issue with its number, never a half import.
 */
class DataInclusionCsvProperties {
  private static final PartnerStructure LIENS = DataInclusionJsonProperties.LIENS;
  private static final String HEADER = "source,structure_id,id,nom,description,date_maj,thematiques,publics\n";

  @Property(tries = 300)
  @Label("any service the schema carries round-trips through the CSV exporter and reader")
  void any_schema_service_round_trips(@ForAll("services") List<PartnerService> services) {
    PartnerImport read = DataInclusionCsv.read(DataInclusionCsv.writeStructures(List.of(LIENS)),
        DataInclusionCsv.writeServices(services, List.of(LIENS)));

    assertThat(read.issues()).isEmpty();
    assertThat(read.structures()).containsExactly(LIENS);
    assertThat(read.services()).containsExactlyElementsOf(services);
  }

  @Property(tries = 100)
  @Label("the CSV and the JSON files of the same services read the same")
  void csv_and_json_read_the_same(@ForAll("services") List<PartnerService> services) {
    PartnerImport csv = DataInclusionCsv.read(DataInclusionCsv.writeStructures(List.of(LIENS)),
        DataInclusionCsv.writeServices(services, List.of(LIENS)));
    PartnerImport json = DataInclusionJson.read(DataInclusionJson.writeStructures(List.of(LIENS)),
        DataInclusionJson.writeServices(services, List.of(LIENS)));

    assertThat(csv).isEqualTo(json);
  }

  @Example
  void liens_offers_round_trip() {
    List<PartnerService> offers = OfferPublication.services(CatalogJson.standard2023(), LIENS,
        Set.of(ZoneCode.of("30"), ZoneCode.FRANCE), LocalDate.of(2024, 1, 1));

    PartnerImport read = DataInclusionCsv.read(DataInclusionCsv.writeStructures(List.of(LIENS)),
        DataInclusionCsv.writeServices(offers, List.of(LIENS)));

    assertThat(read.services()).containsExactlyElementsOf(offers);
  }

  @Example
  void a_list_cell_is_read_comma_separated_or_as_a_json_or_postgresql_array() {
    String structures = "\uFEFFsource;id;nom;date_maj\r\ns;a;Centre A;2024-01-02\r\n";
    String services = HEADER.replace(',', ';')
        .concat("s;a;1;Atelier;Jeux;2024-01-02;famille--soutien-a-la-parentalite,numerique;familles\n")
        .concat("s;a;2;Atelier;Jeux;2024-01-02;\"[\"\"famille--soutien-a-la-parentalite\"\", \"\"numerique\"\"]\";"
            + "{familles}\n")
        .concat("s;a;3;Atelier;Jeux;2024-01-02;{famille--soutien-a-la-parentalite,numerique};\n");

    PartnerImport read = DataInclusionCsv.read(structures, services);

    assertThat(read.issues()).isEmpty();
    assertThat(read.services()).allSatisfy(s -> assertThat(s.themes())
        .containsExactlyInAnyOrder(Theme.PARENTING_SUPPORT, Theme.of("numerique")));
    assertThat(read.services().get(1).audiences()).containsExactly(Audience.FAMILLES);
    assertThat(read.services().get(2).audiences()).isEmpty();
    assertThat(read.services().get(0).fee()).isEqualTo(Optional.empty());
  }

  @Example
  void each_bad_row_is_an_issue_with_its_number_and_the_good_ones_are_read() {
    String structures = "source,id,nom,date_maj\ns,a,Centre A,2024-01-02\ns,b,,2024-01-02\n";
    String services = HEADER
        + "s,a,1,Atelier,Jeux,2024-01-02,famille,\n"
        + "s,a,2,Atelier,Jeux,2024-01-02,famille--secret-de-famille,\n"
        + "s,a,3,Atelier,Jeux,le 2 janvier,famille,\n"
        + "s,a,4,Atelier,Jeux,2024-01-02\n"
        + "s,a,5,Atelier,Jeux,2024-01-02,\"famille,,numerique\",\n"
        + "s,a,6,\"Atelier secret,Jeux,2024-01-02,famille,\n";

    PartnerImport read = DataInclusionCsv.read(structures, services);

    assertThat(read.structures()).hasSize(1);
    assertThat(read.services()).extracting(PartnerService::sourceId).containsExactly("1");
    assertThat(read.issues()).extracting(ImportIssue::row).containsExactly(2, 4, 5, 6, 7, 8);
    assertThat(read.issues()).extracting(ImportIssue::code).containsExactly(ErrorCode.MALFORMED_PARTNER_DATA,
        ErrorCode.INVALID_VALUE, ErrorCode.MALFORMED_PARTNER_DATA, ErrorCode.MALFORMED_PARTNER_DATA,
        ErrorCode.MALFORMED_PARTNER_DATA, ErrorCode.MALFORMED_PARTNER_DATA);
    assertThat(read.issues()).allSatisfy(i -> assertThat(i.reason()).doesNotContain("secret", "janvier"));
    assertThatThrownBy(() -> DataInclusionCsv.read("source,id\n", "")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nom");
  }

  @Provide
  Arbitrary<List<PartnerService>> services() {
    return new DataInclusionJsonProperties().services();
  }
}
