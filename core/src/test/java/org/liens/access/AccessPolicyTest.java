package org.liens.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.staff.StaffId;

/** The matrix of the README, as {@link AccessPolicy#standard()} holds it, and the narrowing rule. */
class AccessPolicyTest {
  static final OrganisationId ORG_A = OrganisationId.of(new UUID(3, 1));
  static final OrganisationId ORG_B = OrganisationId.of(new UUID(3, 2));
  static final StaffId LEA = StaffId.of(new UUID(5, 1));
  static final StaffId SAM = StaffId.of(new UUID(5, 2));
  static final HouseholdId HOUSEHOLD = HouseholdId.of(new UUID(4, 1));
  /** An accompaniment of Léa's team, referred by A, paid by B. */
  static final AccessTarget LEA_A_B = new AccessTarget(Set.of(LEA), Set.of(ORG_A), Set.of(ORG_B), Set.of(HOUSEHOLD));

  final AccessPolicy standard = AccessPolicy.standard();

  @Test
  void the_coordinator_may_do_everything_of_the_organisation() {
    for (Operation operation : Operation.values()) {
      assertThat(standard.scopeOf(Role.COORDINATOR, operation)).contains(Scope.ALL);
      assertThat(standard.allows(Actor.of("c", Role.COORDINATOR), operation, AccessTarget.NONE)).isTrue();
    }
  }

  @Test
  void an_educator_records_contacts_and_writes_documents_on_its_teams_only() {
    Actor lea = Actor.staff("e", Role.EDUCATOR, LEA);
    Actor sam = Actor.staff("e", Role.EDUCATOR, SAM);
    for (Operation operation : Set.of(Operation.CONTACT_RECORD, Operation.SUPPORT_PLAN_WRITE, Operation.EMT_MAP_DRAW,
        Operation.ACTION_REPORT_WRITE, Operation.ACCOMPANIMENT_READ, Operation.HOUSEHOLD_READ)) {
      assertThat(standard.allows(lea, operation, LEA_A_B)).isTrue();
      assertThat(standard.allows(sam, operation, LEA_A_B)).isFalse();
      assertThat(standard.allows(Actor.of("e", Role.EDUCATOR), operation, LEA_A_B)).isFalse();
    }
    for (Operation operation : Set.of(Operation.ACCOMPANIMENT_START, Operation.ACCOMPANIMENT_CLOSE,
        Operation.ACCOMPANIMENT_CANCEL, Operation.REFERRAL_READ, Operation.INVOICE_READ, Operation.HOUSEHOLD_UPDATE)) {
      assertThat(standard.allows(lea, operation, LEA_A_B)).isFalse();
    }
  }

  @Test
  void a_prescriber_refers_records_consent_and_reads_its_view_of_what_it_referred() {
    Actor a = Actor.of("p", Role.PRESCRIBER, ORG_A);
    Actor b = Actor.of("p", Role.PRESCRIBER, ORG_B);
    for (Operation operation : Set.of(Operation.REFERRAL_RECEIVE, Operation.REFERRAL_CONSENT,
        Operation.PRESCRIBER_VIEW_READ, Operation.PRESCRIBER_CASELOAD_READ)) {
      assertThat(standard.allows(a, operation, LEA_A_B)).isTrue();
      assertThat(standard.allows(b, operation, LEA_A_B)).isFalse();
    }
    for (Operation operation : Set.of(Operation.ACCOMPANIMENT_READ, Operation.REFERRAL_READ, Operation.HOUSEHOLD_READ,
        Operation.ACCOMPANIMENT_PROGRESS, Operation.REFERRAL_ASSESS)) {
      assertThat(standard.allows(a, operation, LEA_A_B)).isFalse();
    }
  }

  @Test
  void a_funder_reads_what_it_pays_for_and_no_personal_data() {
    Actor b = Actor.of("f", Role.FUNDER, ORG_B);
    Actor a = Actor.of("f", Role.FUNDER, ORG_A);
    for (Operation operation : Set.of(Operation.AGREEMENT_READ, Operation.INVOICE_READ, Operation.CREDIT_NOTE_READ,
        Operation.FUNDER_CASELOAD_READ)) {
      assertThat(standard.allows(b, operation, LEA_A_B)).isTrue();
      assertThat(standard.allows(a, operation, LEA_A_B)).isFalse();
    }
    for (Operation operation : Set.of(Operation.ACCOMPANIMENT_READ, Operation.HOUSEHOLD_READ, Operation.REFERRAL_READ,
        Operation.PRESCRIBER_VIEW_READ, Operation.WORKSHOP_SERIES_READ, Operation.CASELOAD_READ)) {
      assertThat(standard.scopeOf(Role.FUNDER, operation)).isEmpty();
    }
  }

  @Test
  void the_administrator_configures_and_the_system_imports_without_reading_families() {
    assertThat(standard.scopeOf(Role.ADMINISTRATOR, Operation.AGREEMENT_CONCLUDE)).contains(Scope.ALL);
    assertThat(standard.scopeOf(Role.ADMINISTRATOR, Operation.ORGANISATION_REGISTER)).contains(Scope.ALL);
    assertThat(standard.scopeOf(Role.SYSTEM, Operation.HOUSEHOLD_REGISTER)).contains(Scope.ALL);
    assertThat(standard.scopeOf(Role.SYSTEM, Operation.REFERRAL_RECEIVE)).contains(Scope.ALL);
    for (Role role : Set.of(Role.ADMINISTRATOR, Role.SYSTEM)) {
      for (Operation operation : Set.of(Operation.HOUSEHOLD_READ, Operation.ACCOMPANIMENT_READ,
          Operation.REFERRAL_READ, Operation.CONTACT_RECORD)) {
        assertThat(standard.scopeOf(role, operation)).isEmpty();
      }
    }
  }

  @Test
  void a_grant_narrows_to_a_scope_it_includes_and_never_widens() {
    AccessPolicy narrowed = standard.narrowedTo(Role.COORDINATOR, Operation.HOUSEHOLD_READ, Scope.TEAM);
    assertThat(narrowed.scopeOf(Role.COORDINATOR, Operation.HOUSEHOLD_READ)).contains(Scope.TEAM);
    assertThatThrownBy(() -> standard.narrowedTo(Role.EDUCATOR, Operation.CONTACT_RECORD, Scope.ALL))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThatThrownBy(() -> standard.narrowedTo(Role.FUNDER, Operation.CONTACT_RECORD, Scope.FUNDED))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> standard.narrowedTo(Role.EDUCATOR, Operation.CONTACT_RECORD, Scope.REFERRED))
        .isInstanceOf(InvalidInputException.class);
    assertThat(standard.scopeOf(Role.EDUCATOR, Operation.CONTACT_RECORD)).contains(Scope.TEAM);
  }

  @Test
  void dropping_a_grant_and_adding_a_condition_only_refuse_more() {
    Actor lea = Actor.staff("e", Role.EDUCATOR, LEA);
    AccessPolicy narrowed = standard.without(Role.EDUCATOR, Operation.HOUSEHOLD_READ)
        .restrictedBy(Role.EDUCATOR, Operation.ACCOMPANIMENT_READ, (actor, target) -> target.teams().size() == 1);
    assertThat(narrowed.allows(lea, Operation.HOUSEHOLD_READ, LEA_A_B)).isFalse();
    assertThat(narrowed.allows(lea, Operation.ACCOMPANIMENT_READ, LEA_A_B)).isTrue();
    AccessTarget twoEducators = new AccessTarget(Set.of(LEA, SAM), Set.of(), Set.of(ORG_B), Set.of());
    assertThat(narrowed.allows(lea, Operation.ACCOMPANIMENT_READ, twoEducators)).isFalse();
    assertThat(standard.allows(lea, Operation.ACCOMPANIMENT_READ, twoEducators)).isTrue();
    assertThat(narrowed.restrictedBy(Role.FUNDER, Operation.CONTACT_RECORD, (actor, target) -> true)
        .scopeOf(Role.FUNDER, Operation.CONTACT_RECORD)).isEmpty();
  }

  @Test
  void the_grants_cannot_be_changed_from_outside() {
    Map<Role, Map<Operation, Scope>> grants = standard.grants();
    assertThatThrownBy(() -> grants.get(Role.FUNDER).put(Operation.HOUSEHOLD_READ, Scope.ALL))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(standard.scopeOf(Role.FUNDER, Operation.HOUSEHOLD_READ)).isEqualTo(Optional.empty());
  }

  @Test
  void every_refusal_reads_the_same() {
    AccessDeniedException denied = AccessDeniedException.denied();
    assertThat(denied.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(denied).hasMessage(AccessDeniedException.denied().getMessage()).hasMessage("ACCESS_DENIED: access denied");
    assertThat(Operation.CONTACT_RECORD.code()).isEqualTo("contact.record");
    assertThat(Operation.ACCOMPANIMENT_MOVE.code()).isEqualTo("accompaniment.move");
    assertThat(Operation.PRESCRIBER_CASELOAD_READ.code()).isEqualTo("prescriber.caseload-read");
  }
}
