package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.storage.Repositories;

@OnDatabase(TestDatabase.H2)
class H2StatementCountTest extends AbstractStatementCountTest {

  /**
   * Issue 13, target 5: without any setting, a bulk import sends its rows by batches of 1,000: two for the
   * households, two for their figure facts (issue 12).
   */
  @Test
  void aBulkImportSendsBatchesOfAThousandRowsByDefault() {
    List<Household> households = Stream.generate(() -> Household.register(HouseholdId.of(UUID.randomUUID()),
        AbstractJdbcStorageTest.profile("Famille")).after()).limit(2_000).toList();
    long statements = storage.inTransaction((Repositories r) -> {
      long before = r.statementCount();
      storage.bulkImport().households(households).run(); // joins the transaction
      return r.statementCount() - before;
    });

    assertThat(statements).isEqualTo(4);
  }
}
