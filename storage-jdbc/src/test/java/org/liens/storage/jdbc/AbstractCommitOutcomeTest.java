package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.pricing.Money;
import org.liens.shared.ErrorCode;
import org.liens.shared.StorageException;
import org.liens.staff.StaffId;
import org.liens.storage.Repositories;
import org.liens.storage.tck.Ledger;
import org.liens.storage.tck.World;

/**
 * Issue 10, defect 2: a connection lost while the transaction commits leaves its outcome unknown to the caller
 * (the server may have committed before the connection died). Liens says so with {@code OUTCOME_UNKNOWN}, never
 * with {@code STORAGE_FAILURE}, which promises that nothing was stored. A server that answers the commit with an
 * error has rolled back: that stays a {@code STORAGE_FAILURE}.
 */
abstract class AbstractCommitOutcomeTest extends JdbcStorageTestBase {

  private static Household household(String given) {
    return Household.register(HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile(given)).after();
  }

  private JdbcStorage failingAtCommit(InterceptingDataSource.Hook hook) {
    InterceptingDataSource faulty = new InterceptingDataSource(database.dataSource);
    faulty.hook((connection, sql) -> {
      if (sql.equals("COMMIT")) {
        hook.before(connection, sql);
      }
    });
    return JdbcStorage.builder(faulty).retryBackoff(Duration.ZERO).build();
  }

  private static void assertCode(Throwable failure, ErrorCode code) {
    assertThat(failure).isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo(code));
    AbstractJdbcStorageTest.assertNoPersonalData(failure);
  }

  @Test
  void aConnectionLostAfterTheServerCommittedIsAnUnknownOutcomeAndTheDataIsThere() {
    Household anne = household("Anne");
    JdbcStorage lossy = failingAtCommit((connection, sql) -> {
      connection.commit(); // the server commits; its answer never arrives
      throw new SQLException("An I/O error occurred while sending to the backend (simulated)", "08006");
    });

    Throwable failure = catchThrowable(() -> lossy.inTransaction((Repositories r) -> r.households().save(anne)));

    assertCode(failure, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).contains(anne.withVersion(1));
  }

  @Test
  void aHomeVisitWhoseCommitAnswerWasLostIsRecordedOnceWhenRepeatedUnderItsId() {
    World world = World.on(storage);
    Accompaniment madi = world.madi;
    JdbcStorage lossy = failingAtCommit((connection, sql) -> {
      connection.commit();
      throw new SQLException("An I/O error occurred while sending to the backend (simulated)", "08006");
    });
    Liens overLossy = Liens.builder().storage(lossy).clock(world.clock).build();
    ContactId visit = ContactId.of(UUID.randomUUID());
    StaffId educator = madi.team().get(0);

    Throwable unknown = catchThrowable(() -> overLossy.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(),
        visit, world.clock.today(), educator));
    Accompaniment retried = world.liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), visit,
        world.clock.today(), educator);

    assertCode(unknown, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(retried.contacts()).hasSize(madi.contacts().size() + 1);
    assertThat(retried.contacts()).filteredOn(c -> c.id().equals(visit)).hasSize(1);
  }

  @Test
  void aCreditNoteWhoseCommitAnswerWasLostIsIssuedOnceWhenRepeatedUnderItsId() {
    Ledger ledger = Ledger.partnersOn(storage);
    Invoice invoice = ledger.liens.billing().issue(Ledger.COORDINATOR,
        ledger.liens.billing().prepare(Ledger.COORDINATOR, ledger.startedMip().id()).get(0).id());
    JdbcStorage lossy = failingAtCommit((connection, sql) -> {
      connection.commit();
      throw new SQLException("An I/O error occurred while sending to the backend (simulated)", "08006");
    });
    Liens overLossy = Liens.builder().storage(lossy).clock(ledger.clock).seller(Ledger.SELLER).build();
    CreditNoteId note = CreditNoteId.of(UUID.randomUUID());

    Throwable unknown = catchThrowable(() -> overLossy.billing().credit(Ledger.COORDINATOR, invoice.id(), note,
        Money.euros(100), "Geste commercial"));
    CreditNote retried = ledger.liens.billing().credit(Ledger.COORDINATOR, invoice.id(), note, Money.euros(100),
        "Geste commercial");

    assertCode(unknown, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(retried.id()).isEqualTo(note);
    assertThat(ledger.liens.billing().creditNotesOf(Ledger.COORDINATOR, invoice.id())).containsExactly(retried);
  }

  @Test
  void aConnectionKilledAtCommitIsAnUnknownOutcomeAndTheNextCallWorks() {
    Household anne = household("Anne");
    JdbcStorage dying = failingAtCommit(
        (connection, sql) -> kind().kill(database.dataSource, kind().sessionId(connection)));

    Throwable failure = catchThrowable(() -> dying.inTransaction((Repositories r) -> r.households().save(anne)));

    assertCode(failure, ErrorCode.OUTCOME_UNKNOWN);
    assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).isEmpty();
    assertThat(storage.inTransaction((Repositories r) -> r.households().save(anne)).version()).isEqualTo(1);
  }

  @Test
  void aCommitTheServerRefusesIsAFailureAndStoresNothing() {
    Household anne = household("Anne");
    JdbcStorage refusing = failingAtCommit((connection, sql) -> {
      throw new SQLException("could not write to file (simulated)", "53100");
    });

    Throwable failure = catchThrowable(() -> refusing.inTransaction((Repositories r) -> r.households().save(anne)));

    assertCode(failure, ErrorCode.STORAGE_FAILURE);
    assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).isEmpty();
  }
}
