package org.liens.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.liens.accompaniment.Accompaniment;
import org.liens.household.Household;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;

/**
 * A population of casework made by {@link PopulationGenerator}, every aggregate at version 0 (never stored), in its
 * final state: the referrals validated into an accompaniment name it, the rejected ones carry their reason.
 * {@link PopulationLoad} stores it in memory or imports it into a database.
 *
 * @param seed the seed it was generated from: the same seed and size give an equal population
 * @param today the day the population was drawn on: every contact and decision is on or before it
 * @param organisations the association that employs the staff, the funders, then the prescribers
 * @param prescribers the prescribers' ids, a subset of {@code organisations}
 * @param staff the educators, employed by the association
 * @param households one per referral
 * @param referrals every referral: about 80 % validated into an accompaniment, the others rejected
 * @param accompaniments the accompaniments, in the order of their referrals
 */
public record Population(long seed, LocalDate today, List<Organisation> organisations,
    List<OrganisationId> prescribers, List<StaffMember> staff, List<Household> households, List<Referral> referrals,
    List<Accompaniment> accompaniments) {

  /**
   * Makes the lists unmodifiable.
   *
   * @param seed the seed it was generated from
   * @param today the day the population was drawn on
   * @param organisations the association, the funders, the prescribers
   * @param prescribers the prescribers' ids
   * @param staff the educators
   * @param households one per referral
   * @param referrals every referral
   * @param accompaniments the accompaniments
   */
  public Population {
    organisations = List.copyOf(organisations);
    prescribers = List.copyOf(prescribers);
    staff = List.copyOf(staff);
    households = List.copyOf(households);
    referrals = List.copyOf(referrals);
    accompaniments = List.copyOf(accompaniments);
  }

  /** {@return the contacts of every accompaniment} */
  public long contacts() {
    long n = 0;
    for (Accompaniment a : accompaniments) {
      n += a.contacts().size();
    }
    return n;
  }

  /** {@return the ids of the educators} */
  public List<StaffId> educators() {
    return staff.stream().map(StaffMember::id).toList();
  }

  /** {@return the share of the referrals validated into an accompaniment, from 0 to 1} */
  public double validatedShare() {
    return referrals.isEmpty() ? 0
        : (double) referrals.stream().filter(r -> r.status() == ReferralStatus.VALIDATED).count() / referrals.size();
  }
}
