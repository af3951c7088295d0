package org.liens.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.liens.fixtures.Fixtures;
import org.liens.json.LiensJson;

/** Issue 12: the report's exports, JSON through the JSON module, CSV for machines and for a French spreadsheet. */
class FiguresExportTest {
  private static final FigureQuery QUERY = new FigureQuery(SeedDataset.FROM, SeedDataset.TO,
      FigureFilters.NONE.withTerritory("Gard, \"Est\""), Instant.parse("2023-09-01T00:00:00Z"));
  private static final FiguresReport REPORT = FigureReports.of(QUERY, new SeedDataset().counts(), Fixtures.CATALOG,
      true, FigureReports.DEFAULT_THRESHOLD);

  @Test
  void the_json_form_reads_back_equal() {
    String json = LiensJson.write(REPORT);
    assertThat(LiensJson.read(json, FiguresReport.class)).isEqualTo(REPORT);
    assertThat(json).contains("\"fingerprint\":\"" + REPORT.fingerprint() + "\"");
  }

  @Test
  void the_machine_csv_is_rfc_4180_with_a_decimal_point() {
    String csv = FiguresCsv.csv(REPORT);
    assertThat(csv).startsWith("figure,value,status\r\nperiod.from,2020-07-01,\r\n")
        .contains("\r\nfilter.territory,\"Gard, \"\"Est\"\"\",\r\n")
        .contains("\r\nfiles,160,SHOWN\r\n")
        .contains("\r\nshare.singleParent,75.4,SHOWN\r\n")
        .endsWith("\r\n");
    assertThat(csv.split("\r\n")).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    assertThat(csv.getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) 'f');
  }

  @Test
  void the_french_spreadsheet_csv_has_semicolons_a_decimal_comma_and_a_bom() {
    byte[] bytes = FiguresCsv.frenchSpreadsheet(REPORT);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(text).startsWith("figure;value;status\r\n")
        .contains("\r\nfilter.territory;Gard, \"\"Est\"\";\r\n".replace("Gard, \"\"Est\"\"", "\"Gard, \"\"Est\"\"\""))
        .contains("\r\nshare.singleParent;75,4;SHOWN\r\n")
        .contains("\r\nfiles;160;SHOWN\r\n");
  }
}
