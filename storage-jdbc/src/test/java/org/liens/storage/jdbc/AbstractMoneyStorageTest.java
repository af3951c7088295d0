package org.liens.storage.jdbc;


import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.storage.tck.Staffing;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.NumberSeries;
import org.liens.billing.SequencePosition;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.json.StorageJson;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.PersonName;
import org.liens.storage.Repositories;
import org.liens.storage.tck.Casebook;
import org.liens.storage.tck.Refusals;
import org.liens.storage.tck.TestClock;
import org.liens.storage.tck.Together;
import org.liens.workshop.WorkshopSeries;

/**
 * The money side of the JDBC adapter on one database: hostile texts as the database stores them, and concurrent
 * takers of one series (eight threads issuing invoices, eight threads taking the first numbers of a new series, two
 * transactions saving one number) get every number once, without a gap. Refusals and their order, a rolled-back
 * number given back and the chronological rule are the contract suite's ({@code MoneyRefusalContract}).
 */
abstract class AbstractMoneyStorageTest extends JdbcStorageTestBase {
  private static final long SEED = 20240320L;
  private static final int THREADS = 8;
  private static final LocalDate DAY = LocalDate.of(2024, 3, 20);

  // ------------------------------------------------------------------ hostile texts

  @Test
  void hostileMoneyTextsRoundTripUnchangedAndReachTheDatabaseAsTheyAre() throws SQLException {
    Casebook book = Casebook.write(storage, SEED);

    CreditNote note = storage.read((Repositories r) -> r.creditNotes().get(book.creditNotes.get(0).id()));
    assertThat(note.reason()).isEqualTo(Casebook.INJECTION + " " + Casebook.UNICODE + " " + Casebook.LONG_NOTE);
    assertThat(note.seller().legalMentions()).containsExactly(Casebook.INJECTION, Casebook.UNICODE);
    assertThat(note.client().name()).isEqualTo("MSA " + Casebook.QUOTES);
    assertThat(note.client().address().lines()).containsExactly(Casebook.UNICODE, Casebook.INJECTION);
    FundingAgreement agreement = storage.read((Repositories r) -> r.fundingAgreements().get(book.agreements.get(0).id()));
    assertThat(agreement.reference()).isEqualTo("CEJ-2023 " + Casebook.INJECTION);
    Invoice invoice = storage.read((Repositories r) -> r.invoices().get(book.invoices.get(0).id()));
    assertThat(invoice.agreement().orElseThrow().reference()).isEqualTo("CEJ-2023 " + Casebook.INJECTION);
    assertThat(invoice.mentions()).contains("Exonération : " + Casebook.QUOTES, Casebook.INJECTION, Casebook.UNICODE);
    WorkshopSeries series = storage.read((Repositories r) -> r.workshopSeries().get(book.series.get(0).id()));
    assertThat(series.participants()).extracting(p -> p.child().name().family())
        .containsExactly(Casebook.UNICODE, Casebook.QUOTES);
    // stored as text, not escaped twice, and no statement ran it
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT reason FROM liens_credit_note WHERE reason = ?")) {
      s.setString(1, note.reason());
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo(note.reason());
      }
    }
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM liens_funding_agreement WHERE reference = ?")) {
      s.setString(1, "CEJ-2023 " + Casebook.INJECTION);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
    }
  }

  // ------------------------------------------------------------------ the stored shape of money

  @Test
  void amountsInJsonColumnsStayWholeCentsWhateverTheHostShape() throws SQLException {
    Casebook book = Casebook.write(storage, SEED);
    Invoice invoice = storage.read((Repositories r) -> r.invoices().get(book.invoices.get(0).id()));
    List<String> stored = new ArrayList<>();
    try (Connection c = database.dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT invoice_lines FROM liens_invoice");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }

    // the text every version since V3 wrote: {"unitPrice":180000,...}, never the host's {"amount":"1800.00",...}
    assertThat(stored).contains(StorageJson.write(invoice.lines()))
        .allSatisfy(text -> assertThat(text).doesNotContain("\"currency\"").doesNotContain("\"amount\""));
    assertThat(StorageJson.write(invoice.lines()))
        .contains("\"unitPrice\":" + invoice.lines().get(0).unitPrice().cents() + ",");
  }

  // ------------------------------------------------------------------ numbering

  @Test
  void eightConcurrentIssuersNumberOneSeriesWithoutGapOrDuplicate() throws Exception {
    TestClock clock = new TestClock(DAY);
    Liens liens = Liens.builder().storage(storage).clock(clock).seller(Casebook.SELLER).build();
    Invoice draft = liens.billing().prepare(Casebook.COORDINATOR, startedMip(liens).id()).get(0);
    int perThread = 6;
    List<InvoiceId> drafts = new ArrayList<>();
    storage.inTransaction((Repositories r) -> {
      for (int i = 1; i < THREADS * perThread; i++) {
        drafts.add(r.invoices().save(Invoice.builder().from(draft).version(0).id(InvoiceId.of(UUID.randomUUID()))
            .build()).id());
      }
      return null;
    });
    drafts.add(draft.id());
    NumberSeries series = new NumberSeries(Casebook.SELLER.identity().siren(), "F", DAY.getYear());
    List<Long> givenBack = Collections.synchronizedList(new ArrayList<>());

    List<List<InvoiceId>> issued = concurrently(thread -> {
      List<InvoiceId> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        mine.add(liens.billing().issue(Casebook.COORDINATOR, drafts.get(thread * perThread + i)).id());
        if (i == thread % perThread) {
          // a use case that takes a number and then fails: its number goes to the next taker
          try {
            storage.inTransaction((Repositories r) -> {
              givenBack.add(r.invoiceNumberSequences().next(series, DAY));
              throw new IllegalStateException("refused after taking a number");
            });
          } catch (IllegalStateException expected) {
            // rolled back
          }
        }
      }
      return mine;
    });

    List<Invoice> invoices = storage.read((Repositories r) -> r.invoices().issuedBetween(DAY, DAY));
    List<Long> numbers = invoices.stream().map(i -> i.number().orElseThrow().sequence()).toList();
    assertThat(issued.stream().mapToInt(List::size).sum()).isEqualTo(THREADS * perThread);
    assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS * perThread).boxed().toList());
    assertThat(invoices).extracting(Invoice::id).containsExactlyInAnyOrderElementsOf(drafts);
    assertThat(givenBack).hasSize(THREADS);
    assertThat(storage.read((Repositories r) -> r.invoiceNumberSequences().current(series)))
        .contains(new SequencePosition(THREADS * perThread, DAY));
    for (Invoice invoice : invoices) {
      assertThat(storage.read((Repositories r) -> r.invoices().findByNumber(invoice.number().orElseThrow())))
          .contains(invoice);
    }
  }

  @Test
  void eightTransactionsTakingTheFirstNumbersOfANewSeriesAtOnceGetOneToEight() throws Exception {
    NumberSeries series = new NumberSeries("812345676", "AV", 2031);
    CountDownLatch together = new CountDownLatch(THREADS);

    List<Optional<Long>> taken = concurrently(thread -> {
      together.countDown();
      try {
        return Optional.of(storage.inTransaction((Repositories r) -> {
          awaitQuietly(together);
          long number = r.invoiceNumberSequences().next(series, LocalDate.of(2031, 1, 2));
          if (thread == 3) {
            throw new IllegalStateException("rolled back");
          }
          return number;
        }));
      } catch (IllegalStateException rolledBack) {
        return Optional.empty();
      }
    });

    Set<Long> committed = taken.stream().flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));
    assertThat(committed).containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS - 1).boxed().toList());
    assertThat(storage.read((Repositories r) -> r.invoiceNumberSequences().current(series)))
        .contains(new SequencePosition(THREADS - 1, LocalDate.of(2031, 1, 2)));
  }

  @Test
  void theSameNumberSavedByTwoConcurrentTransactionsIsGivenOnce() throws Exception {
    Casebook book = Casebook.write(storage, SEED);
    Invoice draft = book.invoices.stream().filter(i -> i.status() == InvoiceStatus.DRAFT).findFirst().orElseThrow();
    InvoiceNumber number = InvoiceNumber.parse("F-2024-00500");
    Invoice first = Invoice.builder().from(draft).version(0).id(InvoiceId.of(UUID.randomUUID())).build()
        .issue(number, Casebook.BILLING.plusDays(12)).after();
    Invoice second = Invoice.builder().from(first).id(InvoiceId.of(UUID.randomUUID())).build();
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Invoice> one = pool.submit(() -> storage.inTransaction((Repositories r) -> {
        Invoice saved = r.invoices().save(first);
        firstWrote.countDown();
        awaitQuietly(secondStarted); // the second runs while this one is still open: either way it must lose
        return saved;
      }));
      Future<String> two = pool.submit(() -> {
        awaitQuietly(firstWrote);
        secondStarted.countDown();
        return Refusals.outcome(storage, r -> r.invoices().save(second));
      });
      assertThat(one.get(60, TimeUnit.SECONDS).version()).isEqualTo(1);
      assertThat(two.get(60, TimeUnit.SECONDS)).isEqualTo("IntegrityViolationException DUPLICATE_ID");
    } finally {
      pool.shutdownNow();
    }
    assertThat(storage.read((Repositories r) -> r.invoices().findByNumber(number)).map(Invoice::id))
        .contains(first.id());
    assertThat(storage.read((Repositories r) -> r.invoices().find(second.id()))).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  /** Runs {@code work} on {@link #THREADS} threads started together, and returns their results in thread order. */
  private static <T> List<T> concurrently(IntFunction<T> work) throws Exception {
    return Together.run(THREADS, work::apply);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }


  /** An MIP whose first appointment was today, funded by an organisation that can be invoiced. */
  private static Accompaniment startedMip(Liens liens) {
    Organisation funder = liens.organisations().register(Casebook.COORDINATOR, "Conseil départemental",
        OrganisationKind.DEPARTEMENT, "223000019", PostalAddress.of("3 rue", "30044", "Nîmes"));
    Parent parent = new Parent(PersonName.of("Anne", "Martin"));
    var household = liens.households().register(Casebook.COORDINATOR,
        HouseholdProfile.builder().parent(parent).singleParent(true).build());
    Referral referral = liens.referrals().receive(Casebook.COORDINATOR, ReferralRequest.of(household.id(),
        OfferCode.MIP, ReferralSource.familyRequest(), funder.id(), DAY, ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(Casebook.COORDINATOR, referral.id(), Consent.of(DAY, parent.id()));
    liens.referrals().assess(Casebook.COORDINATOR, referral.id(), new NeedsAssessment(DAY, "besoins"));
    StaffId educator = StaffId.of(UUID.randomUUID());
    Staffing.register(liens, Casebook.COORDINATOR, educator);
    Accompaniment validated = liens.referrals().validate(Casebook.COORDINATOR, referral.id(), List.of(educator));
    return liens.accompaniments().start(Casebook.COORDINATOR, validated.id(), DAY);
  }
}
