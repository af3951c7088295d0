package org.liens.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liens.access.AccessTarget;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.Invoice;
import org.liens.household.HouseholdId;
import org.liens.household.PersonId;
import org.liens.organisation.OrganisationId;
import org.liens.staff.StaffMember;
import org.liens.referral.Referral;
import org.liens.referral.ReferralRequest;
import org.liens.staff.StaffId;
import org.liens.storage.PrescriberCaseloadRow;
import org.liens.workshop.Quote;
import org.liens.workshop.WorkshopSeries;

/** What each aggregate is, for the access policy: the teams, prescribers, funders and households it concerns. */
public final class Targets {
  private Targets() {}

  /**
   * {@return the target of an accompaniment: its team, its prescriber, its funder, its household}
   *
   * @param accompaniment the accompaniment
   */
  public static AccessTarget of(Accompaniment accompaniment) {
    return new AccessTarget(small(accompaniment.team()), set(accompaniment.prescriber()),
        Set.of(accompaniment.funder()), Set.of(accompaniment.household()));
  }

  /**
   * {@return the target of an accompaniment read as a row of its prescriber's caseload: the same as
   * {@link #of(Accompaniment)} for the whole accompaniment}
   *
   * @param row the row
   */
  public static AccessTarget of(PrescriberCaseloadRow row) {
    return new AccessTarget(Set.copyOf(row.team()), set(row.prescriber()), Set.of(row.funder()),
        Set.of(row.household()));
  }

  /**
   * {@return the target of a household: the teams, prescribers and funders of its accompaniments}
   *
   * @param household the household
   * @param accompaniments every accompaniment of the household
   */
  public static AccessTarget ofHousehold(HouseholdId household, Collection<Accompaniment> accompaniments) {
    Set<StaffId> teams = new HashSet<>();
    Set<OrganisationId> prescribers = new HashSet<>();
    Set<OrganisationId> funders = new HashSet<>();
    for (Accompaniment accompaniment : accompaniments) {
      teams.addAll(accompaniment.team());
      accompaniment.prescriber().ifPresent(prescribers::add);
      funders.add(accompaniment.funder());
    }
    return new AccessTarget(teams, prescribers, funders, Set.of(household));
  }

  /**
   * {@return the target of a referral: the prescriber that referred, the funder, the household}
   *
   * @param referral the referral
   */
  public static AccessTarget of(Referral referral) {
    return new AccessTarget(
        Set.of(), set(referral.source().prescriber()), Set.of(referral.funder()), Set.of(referral.household()));
  }

  /**
   * {@return the target of a referral request, before it is received}
   *
   * @param request what is asked for
   */
  public static AccessTarget of(ReferralRequest request) {
    return new AccessTarget(
        Set.of(), set(request.source().prescriber()), Set.of(request.funder()), Set.of(request.household()));
  }

  /**
   * {@return the target of a funding agreement: its funders}
   *
   * @param agreement the agreement
   */
  public static AccessTarget of(FundingAgreement agreement) {
    Set<OrganisationId> funders = new HashSet<>();
    agreement.funders().stream().map(FunderShare::funder).forEach(funders::add);
    return new AccessTarget(Set.of(), Set.of(), funders, Set.of());
  }

  /**
   * {@return the target of an invoice: the funder it is addressed to}
   *
   * @param invoice the invoice
   */
  public static AccessTarget of(Invoice invoice) {
    return AccessTarget.fundedBy(invoice.funder());
  }

  /**
   * {@return the target of a credit note: the funder it is addressed to}
   *
   * @param note the credit note
   */
  public static AccessTarget of(CreditNote note) {
    return AccessTarget.fundedBy(note.funder());
  }

  /**
   * {@return the target of a workshop quote: the client that ordered it}
   *
   * @param quote the quote
   */
  public static AccessTarget of(Quote quote) {
    return AccessTarget.fundedBy(quote.client());
  }

  /**
   * {@return the target of a workshop series: the client that ordered it}
   *
   * @param series the workshop series
   */
  public static AccessTarget of(WorkshopSeries series) {
    return AccessTarget.fundedBy(series.client());
  }

  /**
   * {@return the people an accompaniment names: those who gave or revoked its consents, the DIA's holders, the action
   * report's addressees; for the audit trail's per-person queries}
   *
   * @param accompaniment the accompaniment
   */
  public static Set<PersonId> people(Accompaniment accompaniment) {
    List<PersonId> people = new ArrayList<>();
    accompaniment.consents().entries().forEach(entry -> people.addAll(entry.by()));
    accompaniment.supportPlan().ifPresent(plan -> people.addAll(plan.holders()));
    accompaniment.actionReport().ifPresent(report -> people.addAll(report.addressedTo()));
    return small(people);
  }

  /**
   * {@return the distinct ids of {@code ids} as an immutable set} A team or the people of a file hold one or two ids:
   * built directly, where {@code Set.copyOf} would go through a {@code HashSet} (issue 13: every call checks one).
   */
  private static <T> Set<T> small(List<T> ids) {
    return switch (ids.size()) {
      case 0 -> Set.of();
      case 1 -> Set.of(ids.get(0));
      case 2 -> ids.get(0).equals(ids.get(1)) ? Set.of(ids.get(0)) : Set.of(ids.get(0), ids.get(1));
      default -> Set.copyOf(ids);
    };
  }

  /**
   * {@return a staff member as a target: its own id, so that an educator reaches its own record (TEAM scope)}
   *
   * @param member the staff member
   */
  public static AccessTarget of(StaffMember member) {
    return new AccessTarget(Set.of(member.id()), Set.of(), Set.of(), Set.of());
  }

  private static Set<OrganisationId> set(Optional<OrganisationId> organisation) {
    return organisation.map(Set::of).orElse(Set.of());
  }
}
