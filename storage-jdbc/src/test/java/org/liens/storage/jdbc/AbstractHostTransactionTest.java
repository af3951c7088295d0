package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.LiensException;
import org.liens.shared.NotFoundException;
import org.liens.storage.Repositories;
import org.liens.storage.tck.World;

/**
 * Issue 11: the host-transaction mode. Liens writes inside the transaction the host opened, on its connection, and
 * its data, outbox rows and events follow the host's commit or rollback; a refused or failed Liens call leaves
 * nothing behind and the host free to commit its own work.
 */
abstract class AbstractHostTransactionTest extends JdbcStorageTestBase {
  private final List<DomainEvent> delivered = new CopyOnWriteArrayList<>();
  private final List<Integer> contactsSeenAtDelivery = new CopyOnWriteArrayList<>();
  private World world;
  private JdbcStorage joining;
  private Liens liens;

  @BeforeAll
  void createTheHostsTable() throws SQLException {
    try (Connection c = database.dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_note (id INT PRIMARY KEY, body VARCHAR(100))");
    }
  }

  @BeforeEach
  void setUp() throws SQLException {
    try (Connection c = database.dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM host_note");
    }
    delivered.clear();
    contactsSeenAtDelivery.clear();
    world = World.on(storage);
    joining = database.builder().hostTransactions(HostTransactions.jdbc()).build();
    liens = Liens.builder().storage(joining).clock(world.clock).listener(event -> {
      delivered.add(event);
      // read on another connection: only what is committed is visible there
      contactsSeenAtDelivery.add(contacts(world.madi));
    }).build();
  }

  private int contacts(Accompaniment accompaniment) {
    return storage.read((Repositories r) -> r.accompaniments().find(accompaniment.id()).orElseThrow()).contacts().size();
  }

  private List<UUID> pendingEventIds() {
    return storage.read((Repositories r) -> r.outbox().pending(100_000)).stream().map(DomainEvent::id).toList();
  }

  private static void hostWrites(Connection connection, int id) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO host_note (id, body) VALUES (?, ?)")) {
      insert.setInt(1, id);
      insert.setString(2, "the host's own row");
      insert.executeUpdate();
    }
  }

  private List<Integer> hostRows() throws SQLException {
    List<Integer> ids = new ArrayList<>();
    try (Connection c = database.dataSource.getConnection(); Statement s = c.createStatement();
         ResultSet rows = s.executeQuery("SELECT id FROM host_note ORDER BY id")) {
      while (rows.next()) {
        ids.add(rows.getInt(1));
      }
    }
    return ids;
  }

  private Accompaniment recordVisit() {
    Accompaniment madi = world.madi;
    return liens.accompaniments().recordHomeVisit(World.COORDINATOR, madi.id(), world.clock.today(), madi.team().get(0));
  }

  @Test
  void theHostCommitsLiensDataAndOutboxRowsWithItsOwnAndTheListenersHearOfThemAfterTheCommit() throws SQLException {
    int before = contacts(world.madi);
    List<UUID> pendingBefore = pendingEventIds();

    try (Connection connection = database.dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {
      hostWrites(connection, 1);
      Accompaniment visited = recordVisit();

      assertThat(visited.contacts()).hasSize(before + 1);
      assertThat(delivered).isEmpty();
      assertThat(contacts(world.madi)).isEqualTo(before);
      assertThat(pendingEventIds()).isEqualTo(pendingBefore);
      assertThat(connection.isClosed()).isFalse();
      assertThat(connection.getAutoCommit()).isFalse();

      transaction.commit();
    }

    assertThat(delivered).extracting(DomainEvent::type).containsExactly("ContactRecorded");
    assertThat(contactsSeenAtDelivery).containsExactly(before + 1);
    assertThat(contacts(world.madi)).isEqualTo(before + 1);
    assertThat(pendingEventIds()).containsAll(delivered.stream().map(DomainEvent::id).toList())
        .hasSize(pendingBefore.size() + delivered.size());
    assertThat(hostRows()).containsExactly(1);
  }

  @Test
  void theHostRollsBackLiensDataAndOutboxRowsWithItsOwnAndNoListenerHearsOfThem() throws SQLException {
    int before = contacts(world.madi);
    List<UUID> pendingBefore = pendingEventIds();

    try (Connection connection = database.dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {
      hostWrites(connection, 1);
      recordVisit();
      recordVisit();
      transaction.rollback();
    }
    try (Connection connection = database.dataSource.getConnection();
         HostTransaction ignored = HostTransaction.begin(connection)) {
      recordVisit(); // closed without a commit: rolled back too
    }

    assertThat(delivered).isEmpty();
    assertThat(contacts(world.madi)).isEqualTo(before);
    assertThat(pendingEventIds()).isEqualTo(pendingBefore);
    assertThat(hostRows()).isEmpty();
  }

  @Test
  void aCallThatThrowsAfterWritingLeavesNothingAndTheHostCommitsItsOwnWork() throws SQLException {
    Household anne = Household.register(HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile("Anne"))
        .after();

    try (Connection connection = database.dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {
      hostWrites(connection, 1);
      Throwable refused = catchThrowable(() -> joining.inTransaction((Repositories r) -> {
        r.households().save(anne);
        throw new NotFoundException(ErrorCode.NOT_FOUND, "refused after a write");
      }));
      hostWrites(connection, 2);
      transaction.commit();

      assertThat(refused).isInstanceOf(NotFoundException.class);
    }

    assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).isEmpty();
    assertThat(hostRows()).containsExactly(1, 2);
  }

  @Test
  void aStatementThatFailsInsideTheHostsTransactionLeavesItUsable() throws SQLException {
    Household anne = Household.register(HouseholdId.of(UUID.randomUUID()), AbstractJdbcStorageTest.profile("Anne"))
        .after();

    try (Connection connection = database.dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {
      hostWrites(connection, 1);
      // a Liens call that writes, then runs a statement the database refuses (the saves check before they write)
      Throwable duplicate = catchThrowable(() -> joining.run(session -> {
        session.households().save(anne);
        return session.transaction.update("insert a duplicate", "INSERT INTO host_note (id, body) VALUES (1, 'x')",
            args -> { });
      }, false));
      hostWrites(connection, 2); // on PostgreSQL, without the savepoint: "current transaction is aborted"
      transaction.commit();

      assertThat(duplicate).isInstanceOfSatisfying(IntegrityViolationException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    }

    assertThat(storage.read((Repositories r) -> r.households().find(anne.id()))).isEmpty();
    assertThat(hostRows()).containsExactly(1, 2);
  }

  @Test
  void aRefusedUseCaseDeliversNothingAndTheHostCommitsItsOwnWork() throws SQLException {
    int before = contacts(world.madi);

    try (Connection connection = database.dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {
      hostWrites(connection, 1);
      Throwable refused = catchThrowable(() -> liens.accompaniments().recordHomeVisit(World.COORDINATOR,
          World.unknownAccompaniment(), world.clock.today(), world.madi.team().get(0)));
      Accompaniment visited = recordVisit();
      transaction.commit();

      assertThat(refused).isInstanceOfSatisfying(LiensException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
      assertThat(visited.contacts()).hasSize(before + 1);
    }

    assertThat(delivered).extracting(DomainEvent::type).containsExactly("ContactRecorded");
    assertThat(contacts(world.madi)).isEqualTo(before + 1);
    assertThat(hostRows()).containsExactly(1);
  }

  @Test
  void aCallOutsideAnyHostTransactionIsRefusedAndStoresNothing() {
    int before = contacts(world.madi);

    Throwable refused = catchThrowable(this::recordVisit);

    assertThat(refused).isInstanceOf(IllegalStateException.class);
    assertThat(contacts(world.madi)).isEqualTo(before);
    assertThat(delivered).isEmpty();
  }

  @Test
  void aHostOfItsOwnGetsEveryConnectionBackAndRunsTheDeliveryWhenItCommits() throws SQLException {
    int before = contacts(world.madi);
    List<Runnable> afterCommit = new ArrayList<>();
    int[] lent = new int[2];
    try (Connection connection = database.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      HostTransactions own = new HostTransactions() {
        @Override
        public Connection connection() {
          lent[0]++;
          return connection;
        }

        @Override
        public void release(Connection given) {
          assertThat(given).isSameAs(connection);
          lent[1]++;
        }

        @Override
        public void afterCommit(Runnable action) {
          afterCommit.add(action);
        }
      };
      Liens overOwn = Liens.builder().storage(database.builder().hostTransactions(own).build()).clock(world.clock)
          .listener(delivered::add).build();

      overOwn.accompaniments().recordHomeVisit(World.COORDINATOR, world.madi.id(), world.clock.today(),
          world.madi.team().get(0));
      assertThat(delivered).isEmpty();
      connection.commit();
      afterCommit.forEach(Runnable::run);
      connection.setAutoCommit(true);
    }

    assertThat(lent[0]).isPositive().isEqualTo(lent[1]);
    assertThat(delivered).extracting(DomainEvent::type).containsExactly("ContactRecorded");
    assertThat(contacts(world.madi)).isEqualTo(before + 1);
  }
}
