package org.liens.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.event.DomainEvent;
import org.liens.staff.StaffId;
import org.liens.storage.jdbc.JdbcStorage;
import org.liens.test.LiensFixtures;

/** Runs the fragments of {@link JdbcSamples} that need no database server, on H2 in memory. */
class JdbcSamplesTest {

  private static JdbcDataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:samples-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void the_storage_migrates_and_the_outbox_is_polled_and_acknowledged() {
    JdbcDataSource h2 = h2();
    Liens liens = JdbcSamples.storage(h2);
    liens.households().register(LiensFixtures.COORDINATOR, LiensFixtures.singleParent("Anne", "Martin"));
    JdbcStorage storage = JdbcStorage.builder(h2).build();
    List<DomainEvent> published = new ArrayList<>();

    JdbcSamples.outbox(storage, published::addAll);

    assertThat(published).hasSize(1);
    List<DomainEvent> left = storage.read(r -> r.outbox().pending(10));
    assertThat(left).isEmpty();
    assertThat(JdbcSamples.bulkImport(JdbcStorage.builder(h2).build(), List.of(), List.of(), List.of(), List.of(),
        List.of())).isNotNull();
  }

  @Test
  void configure_and_the_host_flyway_migrate_a_fresh_database() {
    assertThat(JdbcSamples.configure(h2())).isNotNull();
    JdbcDataSource fresh = h2();
    JdbcSamples.hostFlyway(fresh);
    List<DomainEvent> none = JdbcStorage.builder(fresh).build().read(r -> r.outbox().pending(1));
    assertThat(none).isEmpty();
  }

  @Test
  void in_the_host_transaction_mode_a_call_outside_a_host_transaction_is_refused() {
    JdbcStorage storage = JdbcSamples.hostTransactionMode(h2());
    assertThatThrownBy(() -> storage.read(r -> r.outbox().pending(1))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_data_sources_are_built_without_connecting() throws SQLException {
    assertThat(JdbcSamples.dataSources("secret")).hasSize(3);
  }

  @Test
  void a_host_transaction_that_fails_in_liens_leaves_the_host_free_to_go_on() throws SQLException {
    JdbcDataSource h2 = h2();
    JdbcSamples.storage(h2);
    try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table host_order (name varchar(20))");
    }
    List<String> saved = new ArrayList<>();
    // an unknown accompaniment: Liens refuses, the try-with-resources rolls the host's insert back
    assertThatThrownBy(() -> JdbcSamples.hostTransaction(h2, (connection, order) -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("insert into host_order values ('" + order + "')");
        saved.add(order);
      }
    }, "o-1", LiensFixtures.COORDINATOR, AccompanimentId.of(UUID.randomUUID()),
        ContactId.of(UUID.randomUUID()), LocalDate.of(2023, 9, 4),
        StaffId.of(UUID.randomUUID())));
    assertThat(saved).containsExactly("o-1");
    try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from host_order")) {
      rows.next();
      assertThat(rows.getInt(1)).isZero();
    }
  }
}
