package org.liens.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.storage.jdbc.BulkImport;
import org.liens.storage.jdbc.JdbcStorage;

/**
 * A host migrating from spreadsheets: a bulk import of made-up households into an embedded H2 database, with a text
 * progress bar drawn from the import's progress reports. Run it with
 * {@code mvn -B -ntp -q -DskipTests -pl examples -am package exec:java -Dexec.mainClass=org.liens.examples.ImportWithProgress}
 * (optional argument: the number of households, 1,000 by default).
 */
public final class ImportWithProgress {
  private ImportWithProgress() {}

  /**
   * Imports {@code args[0]} (default 1,000) households into a fresh in-memory H2 database.
   *
   * @param args the number of households, optional
   */
  public static void main(String[] args) {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:liens-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    run(JdbcStorage.builder(dataSource).migrate(true).batchSize(100).build(), households, System.out);
  }

  /** Imports {@code count} made-up households into {@code storage}, drawing the progress on {@code out}. */
  static BulkImport.ImportSummary run(JdbcStorage storage, int count, PrintStream out) {
    List<Household> families = IntStream.range(0, count)
        .mapToObj(i -> Household.register(HouseholdId.of(UUID.randomUUID()),
            HouseholdProfile.builder().parent(Parent.named("Famille", "Numéro " + i)).build()).after())
        .toList();
    out.println("== Importing " + count + " households ==");
    BulkImport.ImportSummary summary = storage.bulkImport()
        .households(families)
        .progress(Math.max(1, count / 10), Duration.ofMillis(500),
            progress -> out.println(ProgressBar.render(progress, 30)))
        .run();
    out.println("Imported " + summary.households() + " households");
    return summary;
  }
}
