package org.liens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.liens.storage.jdbc.ImportProgress;
import org.liens.storage.jdbc.JdbcStorage;

/** The bulk-import example draws its progress bar up to 100 %, and the bar says what the progress says. */
class ImportWithProgressTest {

  @Test
  void theExampleDrawsTenBarsUpToAFullOne() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:liens-import-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    long start = System.nanoTime();
    var summary = ImportWithProgress.run(JdbcStorage.builder(dataSource).migrate(true).batchSize(100).build(), 1_000,
        out);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> bars = lines.stream().filter(line -> line.startsWith("[")).toList();
    assertThat(summary.households()).isEqualTo(1_000);
    assertThat(bars).hasSizeGreaterThanOrEqualTo(10);
    assertThat(bars.get(0)).contains("/1000 rows");
    assertThat(bars.get(bars.size() - 1)).startsWith("[" + "#".repeat(30) + "] 100% 1000/1000 rows");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Imported 1000 households");
    assertThat(took).isLessThan(Duration.ofSeconds(20)); // seconds on a loaded 2-core machine, not minutes
  }

  @Test
  void theBarIsFilledInProportionWithTheRateAndTimeLeft() {
    assertThat(ProgressBar.render(new ImportProgress(0, 2_000, 0, Optional.empty()), 10))
        .isEqualTo("[----------]   0% 0/2000 rows, 0 rows/s, ? left");
    assertThat(ProgressBar.render(new ImportProgress(1_000, 2_000, 8_000, Optional.of(Duration.ofMillis(125))), 10))
        .isEqualTo("[#####-----]  50% 1000/2000 rows, 8000 rows/s, 0.1 s left");
    assertThat(ProgressBar.render(new ImportProgress(2_000, 2_000, 8_000, Optional.of(Duration.ZERO)), 4))
        .isEqualTo("[####] 100% 2000/2000 rows, 8000 rows/s, 0.0 s left");
  }
}
