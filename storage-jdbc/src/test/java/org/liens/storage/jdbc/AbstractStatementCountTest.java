package org.liens.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.observe.LiensObserver;
import org.liens.observe.UseCaseOutcome;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;
import org.liens.storage.tck.TestClock;

/**
 * Issue 13, target 4: the statements a use case sends on JDBC, as the observer SPI counts them
 * ({@link UseCaseOutcome#statements()}), pinned next to the statements of a plain-JDBC version of the same work.
 * Recording a home visit costs the same on an accompaniment with 1 contact as with 30: a save writes only what
 * changed. The numbers are reported in the README ("Statements per use case").
 */
abstract class AbstractStatementCountTest extends JdbcStorageTestBase {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 6);
  private static final Actor COORDINATOR = Actor.of("u-coord", Role.COORDINATOR);
  private static final Parent ANNE = new Parent(PersonName.of("Anne", "Martin"));

  /**
   * A hand-written JDBC version of recording a home visit, doing the same work: one SELECT of the accompaniment
   * joined to its team, its contacts and the educator's staff row; the INSERT of the contact; the UPDATE of the
   * row's version (and of its derived columns); the INSERT of the event into the outbox; the INSERTs of the audit
   * entry and of its subject; the INSERT of the file's figure fact and the UPDATE that closes its previous one
   * (issue 12; since V19 a report reads the row known at an instant by its {@code recorded_to}).
   */
  static final List<String> PLAIN_HOME_VISIT = List.of(
      "SELECT a.*, t.educator_id, c.*, m.* FROM liens_accompaniment a LEFT JOIN liens_accompaniment_team t …"
          + " LEFT JOIN liens_contact c … LEFT JOIN liens_staff_member m … WHERE a.id = ?",
      "INSERT INTO liens_contact (…) VALUES (…)",
      "UPDATE liens_accompaniment SET version = ?, … WHERE id = ? AND version = ?",
      "INSERT INTO liens_event (…) VALUES (…)",
      "INSERT INTO liens_audit_entry (…) VALUES (…)",
      "INSERT INTO liens_audit_subject (…) VALUES (…)",
      "INSERT INTO liens_figure_file (…) VALUES (…)",
      "UPDATE liens_figure_file SET recorded_to = ? WHERE file_id = ? AND recorded_to IS NULL AND revision < ?");

  /**
   * A hand-written JDBC version of the chain household → referral → consent → assess → validate → start → 7 home
   * visits: each step reads what it changes in one statement (none for a creation), writes its row(s), its event
   * and its audit entry with its subject, and its figure fact (issue 12) with, from the second revision of a file,
   * the UPDATE closing the previous one; validation writes the accompaniment, its team row and the referral.
   */
  static final int PLAIN_CHAIN =
      5 // register the household: INSERT household, event, audit entry and subject, household fact
      + 6 // receive the referral: SELECT household, INSERT referral, event, audit entry and subject, file fact
      + 7 // record consent: SELECT referral, UPDATE referral, event, audit entry and subject, file fact, close the last
      + 7 // assess: SELECT referral, UPDATE referral, event, audit entry and subject, file fact, close the last
      + 10 // validate: SELECT referral, UPDATE referral, INSERT accompaniment, team row, 2 events, audit entry,
          // subject, file fact, close the last
      + 7 // start: SELECT accompaniment, UPDATE accompaniment, event, audit entry and subject, file fact, close the last
      + 7 * PLAIN_HOME_VISIT.size();

  private final List<UseCaseOutcome> outcomes = new ArrayList<>();
  /** The SQL of every statement prepared since the last {@code clear()}. */
  private final List<String> prepared = new java.util.concurrent.CopyOnWriteArrayList<>();
  private TestClock clock;
  private Liens liens;
  private StaffId educator;
  private OrganisationId prescriber;

  @BeforeEach
  void liens() {
    outcomes.clear();
    clock = new TestClock(DAY);
    InterceptingDataSource recording = new InterceptingDataSource(database.dataSource);
    recording.hook((connection, sql) -> prepared.add(sql));
    JdbcStorage recorded = JdbcStorage.builder(recording).retryBackoff(java.time.Duration.ZERO).build();
    liens = Liens.builder().storage(recorded).clock(clock).observer(new LiensObserver() {
      @Override
      public void useCaseFinished(UseCaseOutcome outcome) {
        outcomes.add(outcome);
      }
    }).build();
    educator = StaffId.of(UUID.randomUUID());
    OrganisationId association = liens.organisations().register(COORDINATOR, "Association",
        OrganisationKind.ASSOCIATION).id();
    liens.staff().register(COORDINATOR, educator, association, Set.of(StaffRole.EDUCATOR), DAY);
    prescriber = liens.organisations().register(COORDINATOR, "CCAS", OrganisationKind.CCAS).id();
  }

  /** Household → referral → consent → assess → validate → start, on {@link #DAY}. */
  private Accompaniment started() {
    clock.set(DAY);
    Household household = liens.households().register(COORDINATOR, HouseholdProfile.builder().parent(ANNE).build());
    Referral referral = liens.referrals().receive(COORDINATOR, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(prescriber, ANNE.name()), prescriber, DAY, ReferralReason.CRISIS));
    liens.referrals().recordConsent(COORDINATOR, referral.id(), Consent.of(DAY, ANNE.id()));
    liens.referrals().assess(COORDINATOR, referral.id(), new NeedsAssessment(DAY, "Besoins."));
    Accompaniment validated = liens.referrals().validate(COORDINATOR, referral.id(), List.of(educator));
    return liens.accompaniments().start(COORDINATOR, validated.id(), DAY);
  }

  /** The statements of the last use case. */
  private long lastStatements() {
    return outcomes.get(outcomes.size() - 1).statements();
  }

  /** Records home visits {@code from} to {@code to} days after {@link #DAY}, one a day, and returns the last's cost. */
  private long visits(Accompaniment accompaniment, int from, int to) {
    clock.set(DAY.plusMonths(3));
    for (int i = from; i <= to; i++) {
      liens.accompaniments().recordHomeVisit(COORDINATOR, accompaniment.id(), DAY.plusDays(i), educator);
    }
    return lastStatements();
  }

  @Test
  void recordingAHomeVisitCostsTheSameStatementsWithOneContactAsWithThirty() {
    long withOne = visits(started(), 1, 1);
    Accompaniment thirty = started();
    visits(thirty, 1, 29);
    prepared.clear();
    long withThirty = visits(thirty, 30, 30);

    System.out.printf("[%s] recordHomeVisit: %d statements (1 contact), %d (30 contacts); plain JDBC %d%n",
        kind(), withOne, withThirty, PLAIN_HOME_VISIT.size());
    assertThat(withThirty).isEqualTo(withOne);
    // appending a contact writes that contact, and rewrites none of the others
    assertThat(prepared).noneMatch(sql -> sql.startsWith("DELETE"));
    assertThat(withOne).isEqualTo(kind().dialect == Dialect.POSTGRESQL ? EXPECTED_HOME_VISIT - 1 : EXPECTED_HOME_VISIT);
  }

  @Test
  void aWholeChainCostsPinnedStatements() {
    outcomes.clear();
    Accompaniment started = started();
    visits(started, 1, 7);
    long chain = outcomes.stream().mapToLong(UseCaseOutcome::statements).sum();

    System.out.printf("[%s] chain (%d use cases): %d statements; plain JDBC %d; per use case %s%n", kind(),
        outcomes.size(), chain, PLAIN_CHAIN, outcomes.stream().map(o -> o.useCase() + "=" + o.statements()).toList());
    assertThat(outcomes).hasSize(13);
    // PostgreSQL appends an audit entry and its subjects in one statement: one fewer per use case
    assertThat(chain).isEqualTo(kind().dialect == Dialect.POSTGRESQL ? EXPECTED_CHAIN - 13 : EXPECTED_CHAIN);
  }

  @Test
  void aPrescriberCaseloadReadCostsOneStatementAndTheAuditEntryWhateverItsSize() {
    Actor actor = Actor.of("u-prescriber", Role.PRESCRIBER, prescriber);
    visits(started(), 1, 3);
    liens.caseload().ofPrescriber(actor, prescriber, org.liens.storage.PageRequest.first(50));
    long one = lastStatements();
    for (int i = 0; i < 3; i++) {
      visits(started(), 1, 2);
    }
    assertThat(liens.caseload().ofPrescriber(actor, prescriber, org.liens.storage.PageRequest.first(50))).satisfies(
        page -> assertThat(page.entries()).hasSize(4));
    long four = lastStatements();
    assertThat(liens.caseload().ofPrescriber(actor, prescriber)).hasSize(4);
    long whole = lastStatements();

    System.out.printf("[%s] prescriber caseload: %d statements (a page of 1), %d (a page of 4), %d (whole)%n", kind(),
        one, four, whole);
    // the caseload's one statement (rows, teams and counted contacts), then the audit entry naming the households:
    // one statement on PostgreSQL, the entry and its subjects' multi-row INSERT elsewhere
    long expected = kind().dialect == Dialect.POSTGRESQL ? 2 : 3;
    assertThat(List.of(one, four, whole)).containsOnly(expected);
  }

  /**
   * The statements Liens sends to record a home visit, whatever the number of contacts: the accompaniment (2: its
   * row; its team and contacts), the educator, the save's pre-check, the UPDATE, the contact's INSERT, the audit
   * entry and its subject, the event, the file's figure fact (issue 12: one batch) and the UPDATE closing the file's
   * previous fact (V19). Before issue 13: 15 (3 reads, DELETE and INSERT of every team and contact row, a SELECT
   * before the audit entry and before the event); 9 before issue 12, 10 before V19. On PostgreSQL the audit entry and
   * its subjects are one statement: 10.
   */
  static final long EXPECTED_HOME_VISIT = 11;
  /**
   * The statements Liens sends for the chain of {@link #aWholeChainCostsPinnedStatements} (before issue 13: 166; 108
   * before issue 12 added one figure fact per use case; 121 before V19 closed the previous fact of a file in 11 of the
   * 13 use cases); on PostgreSQL 119, one audit statement per use case.
   */
  static final long EXPECTED_CHAIN = 132;
}
