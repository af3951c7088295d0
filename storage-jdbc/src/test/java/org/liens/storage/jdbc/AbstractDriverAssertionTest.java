package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.liens.storage.Repositories;

/**
 * Issue 10, defect 8: with assertions on ({@code -ea}, Surefire's default), pgjdbc can turn a killed connection
 * into a {@code java.lang.AssertionError}. Raised by the driver during a statement or a commit, it is translated
 * like any other connection failure: a {@link StorageException}, nothing stored, the next call works. An
 * {@code AssertionError} of the caller's own code still reaches the caller unchanged.
 */
abstract class AbstractDriverAssertionTest extends JdbcStorageTestBase {
  static final String MESSAGE = "Assertion failed: row of Zoë O'Brien (simulated)";

  private static Household household(String given) {
    return Household.register(HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile(given)).after();
  }

  /**
   * The failure names no personal data and hides the driver's assertion; once the driver behaves again, nothing of
   * {@code household} was stored and it saves at version 1.
   */
  private static void assertHiddenAndNothingStored(
      Throwable failure, InterceptingDataSource faulty, JdbcStorage dying, Household household) {
    AbstractJdbcStorageTest.assertNoPersonalData(failure);
    assertThat(failure.getMessage()).doesNotContain("Assertion failed");
    faulty.hook((c, sql) -> {});
    assertThat(dying.read((Repositories r) -> r.households().find(household.id()))).isEmpty();
    assertThat(dying.inTransaction((Repositories r) -> r.households().save(household)).version()).isEqualTo(1);
  }

  @Test
  void anAssertionErrorOfTheDriverDuringAStatementIsAStorageFailureAndStoresNothing() {
    InterceptingDataSource faulty = new InterceptingDataSource(database.dataSource);
    JdbcStorage dying = JdbcStorage.builder(faulty).retryBackoff(Duration.ZERO).build();
    Household first = household("Written first");
    Household second = household("Anne");
    AtomicInteger inserts = new AtomicInteger();
    faulty.hook((connection, sql) -> {
      if (sql.startsWith("INSERT INTO " + HouseholdRepository.TABLE) && inserts.incrementAndGet() == 2) {
        throw new AssertionError(MESSAGE);
      }
    });

    Throwable failure = catchThrowable(() -> dying.inTransaction((Repositories r) -> {
      r.households().save(first);
      return r.households().save(second);
    }));

    assertThat(failure).isInstanceOfSatisfying(StorageException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
    assertHiddenAndNothingStored(failure, faulty, dying, first);
  }

  @Test
  void anAssertionErrorOfTheDriverAtCommitIsTranslatedAsAConnectionFailureAtCommitIs() {
    InterceptingDataSource faulty = new InterceptingDataSource(database.dataSource);
    JdbcStorage dying = JdbcStorage.builder(faulty).retryBackoff(Duration.ZERO).build();
    Household lostConnection = household("Lost");
    faulty.hook((connection, sql) -> {
      if (sql.equals("COMMIT")) {
        throw new SQLException("An I/O error occurred while sending to the backend (simulated)", "08006");
      }
    });
    Throwable expected = catchThrowable(() -> dying.inTransaction((Repositories r) -> r.households().save(lostConnection)));
    Household anne = household("Anne");
    faulty.hook((connection, sql) -> {
      if (sql.equals("COMMIT")) {
        throw new AssertionError(MESSAGE);
      }
    });

    Throwable failure = catchThrowable(() -> dying.inTransaction((Repositories r) -> r.households().save(anne)));

    assertThat(expected).isInstanceOf(StorageException.class);
    assertThat(failure).isInstanceOfSatisfying(StorageException.class,
        e -> assertThat(e.code()).isEqualTo(((StorageException) expected).code()));
    assertHiddenAndNothingStored(failure, faulty, dying, anne);
  }

  @Test
  void anAssertionErrorOfTheCallersOwnCodeReachesTheCallerUnchangedAndStoresNothing() {
    Household anne = household("Anne");
    AssertionError own = new AssertionError("the host's own check");

    Throwable failure = catchThrowable(() -> storage.inTransaction((Repositories r) -> {
      r.households().save(anne);
      throw own;
    }));

    assertThat(failure).isSameAs(own);
    assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).isEmpty();
  }
}
