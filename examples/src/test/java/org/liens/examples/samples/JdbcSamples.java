package org.liens.examples.samples;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.agreement.FundingAgreement;
import org.liens.event.DomainEvent;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.referral.Referral;
import org.liens.staff.StaffId;
import org.liens.storage.jdbc.BulkImport;
import org.liens.storage.jdbc.Dialect;
import org.liens.storage.jdbc.HostTransaction;
import org.liens.storage.jdbc.HostTransactions;
import org.liens.storage.jdbc.JdbcStorage;
import org.liens.storage.jdbc.LiensMigrations;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The fragments of the README and docs/jdbc.md about the JDBC storage, each inside the method that gives it its
 * names: the build compiles this file, {@code DocSamplesTest} checks that the pages show each fragment verbatim and
 * {@code JdbcSamplesTest} runs those that need no server on H2.
 */
final class JdbcSamples {
  private JdbcSamples() {}

  /** The host's own table and statements, next to Liens's in one transaction. */
  interface HostDao {
    void save(Connection connection, String order) throws SQLException;
  }

  /** Where the host forwards the outbox's events. */
  interface Bus {
    void publish(List<DomainEvent> events);
  }

  static Liens storage(DataSource dataSource) {
    JdbcStorage storage = JdbcStorage.builder(dataSource)
        .migrate(true)                            // apply the Liens migrations now (default: false, you run them)
        .maxRetries(3)                            // re-runs of a transaction that lost a deadlock or a serialization conflict
        .build();                                 // detects H2, PostgreSQL or MariaDB from the connection
    Liens liens = Liens.builder().storage(storage).build();
    return liens;
  }

  static Liens configure(DataSource dataSource) {
    JdbcStorage storage = JdbcStorage.builder(dataSource)
        .migrate(true)                          // apply the Liens migrations now (default false)
        .maxRetries(3)                          // re-runs of a transaction that lost a deadlock (default 3)
        .build();                               // detects H2 / PostgreSQL / MariaDB from the connection's metadata
    Liens liens = Liens.builder().storage(storage).build();
    return liens;
  }

  static List<DataSource> dataSources(String secret) throws SQLException {
    // H2, a file next to the application (or "jdbc:h2:mem:liens;DB_CLOSE_DELAY=-1" in memory)
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:./data/liens");

    // PostgreSQL; Liens goes into the schema the connection uses (currentSchema selects another)
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL("jdbc:postgresql://db.example:5432/app?currentSchema=liens");
    pg.setUser("app");
    pg.setPassword(secret);

    // MariaDB: the database in the URL; its tables are created utf8mb4 whatever the server's default
    MariaDbDataSource maria = new MariaDbDataSource("jdbc:mariadb://db.example:3306/app");
    maria.setUser("app");
    maria.setPassword(secret);
    return List.of(h2, pg, maria);
  }

  static void hostFlyway(DataSource dataSource) {
    LiensMigrations.configure(Flyway.configure().dataSource(dataSource))   // detects the database; or (…, Dialect.POSTGRESQL)
        .load().migrate();
  }

  static void flyway(DataSource dataSource) {
    LiensMigrations.configure(Flyway.configure().dataSource(dataSource))   // detects the database (one connection)
        .load()
        .migrate();
    // the same, by hand:
    Flyway.configure()
        .dataSource(dataSource)
        .locations(JdbcStorage.flywayLocation())      // "classpath:org/liens/storage/jdbc/migration": SQL and Java migrations
        .placeholders(Dialect.POSTGRESQL.placeholders())
        .table(JdbcStorage.HISTORY_TABLE)            // "liens_schema_history"
        .baselineOnMigrate(true).baselineVersion("0") // when the schema already holds the host's tables
        .load()
        .migrate();
  }

  static JdbcStorage hostTransactionMode(DataSource dataSource) {
    JdbcStorage storage = JdbcStorage.builder(dataSource)
        .hostTransactions(HostTransactions.jdbc())   // or the host's own HostTransactions (Spring below)
        .build();
    return storage;
  }

  static Liens hostTransaction(DataSource dataSource, HostDao hostDao, String order, Actor actor, AccompanimentId id,
      ContactId visitId, LocalDate date, StaffId educator) throws SQLException {
    JdbcStorage storage = JdbcStorage.builder(dataSource).hostTransactions(HostTransactions.jdbc()).build();
    Liens liens = Liens.builder().storage(storage).build();
    try (Connection connection = dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {   // bound to this thread
      hostDao.save(connection, order);                                      // the host's own statements
      liens.accompaniments().recordHomeVisit(actor, id, visitId, date, educator);
      transaction.commit();                                                 // commits both, then listeners run
    }                                                                       // closed without commit: rolled back
    return liens;
  }

  static void plainJdbc(DataSource dataSource, Liens liens, HostDao hostDao, String order, Actor actor,
      AccompanimentId id, ContactId visitId, LocalDate date, StaffId educator) throws SQLException {
    try (Connection connection = dataSource.getConnection();
         HostTransaction transaction = HostTransaction.begin(connection)) {
      hostDao.save(connection, order);
      liens.accompaniments().recordHomeVisit(actor, id, visitId, date, educator);
      transaction.commit();
    }
  }

  static void outbox(JdbcStorage storage, Bus bus) {
    List<DomainEvent> batch = storage.read(r -> r.outbox().pending(100));   // oldest first
    bus.publish(batch);
    storage.inTransaction(r -> { r.outbox().acknowledge(batch.stream().map(DomainEvent::id).toList()); return null; });
  }

  static BulkImport.ImportSummary bulkImport(JdbcStorage storage, List<Organisation> partners,
      List<Household> families, List<FundingAgreement> conventions, List<Referral> referrals,
      List<Accompaniment> accompaniments) {
    BulkImport.ImportSummary summary = storage.bulkImport()
        .organisations(partners)
        .households(families)
        .agreements(conventions)          // FundingAgreement.builder(), with their places and waitlist
        .referrals(referrals)
        .accompaniments(accompaniments)   // with their teams and contacts
        .run();
    return summary;
  }
}
