package org.liens.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentStatus;
import org.liens.accompaniment.Contact;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.PlannedVisit;
import org.liens.agreement.AgreementLine;
import org.liens.agreement.FundingAgreement;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.shared.Checks;

/**
 * The due list (issue 14), computed from what it is given: every item due on or before {@code asOf} plus the
 * policy's horizon, in {@link DueItem#ORDER}. Items come from
 * <ul>
 *   <li>each {@code ACTIVE} accompaniment: its planned home visits not yet done ({@code PLANNED_VISIT}, due on the
 *       planned day); its contacts still planned ({@code PLANNED_CONTACT}, due on their day, to be settled as held,
 *       missed or cancelled); its DIA if its offer has one and it is not written ({@code SUPPORT_PLAN}, due the policy's
 *       number of days after the first appointment); its action report if not written and the period has a last day
 *       ({@code ACTION_REPORT}, due on that day);</li>
 *   <li>each referral waiting for a decision ({@code REFERRAL_DECISION}, due on its deadline);</li>
 *   <li>each agreement in force on {@code asOf} with at least one place of an offer left, and no more than the
 *       policy's threshold ({@code AGREEMENT_PLACES}, due on {@code asOf}, never overdue; an agreement already full
 *       is the waitlist's business).</li>
 * </ul>
 * An item is overdue when its day is before {@code asOf}. A pure function: the same inputs give the same list.
 */
public final class Agenda {
  private Agenda() {}

  /**
   * {@return what is due on {@code asOf} or within the policy's horizon, overdue items included, in order}
   *
   * @param accompaniments accompaniments (only {@code ACTIVE} ones give items)
   * @param referrals referrals (only undecided ones give items)
   * @param agreements agreements (only those in force on {@code asOf} give items)
   * @param deadlines the referral delays
   * @param policy what counts
   * @param asOf the day the list is drawn up for
   */
  public static List<DueItem> due(
      Collection<Accompaniment> accompaniments, Collection<Referral> referrals, Collection<FundingAgreement> agreements,
      ReferralDeadlines deadlines, DuePolicy policy, LocalDate asOf) {
    Checks.requiredAll("accompaniments, referrals, agreements, deadlines, policy, asOf",
        accompaniments, referrals, agreements, deadlines, policy, asOf);
    LocalDate until = asOf.plusDays(policy.horizonDays());
    List<DueItem> items = new ArrayList<>();
    for (Accompaniment a : accompaniments) {
      if (a.status() != AccompanimentStatus.ACTIVE) {
        continue;
      }
      for (PlannedVisit visit : a.plannedVisits()) {
        if (!visit.done()) {
          add(items, DueKind.PLANNED_VISIT, a.id().value(), a, visit.date(), asOf, until);
        }
      }
      for (Contact contact : a.contacts()) {
        if (contact.status() == ContactStatus.PLANNED) {
          add(items, DueKind.PLANNED_CONTACT, a.id().value(), a, contact.date(), asOf, until);
        }
      }
      LocalDate start = a.period().orElseThrow().start();
      if (a.supportPlan().isEmpty() && policy.supportPlanOffers().contains(a.offer().code())) {
        add(items, DueKind.SUPPORT_PLAN, a.id().value(), a, start.plusDays(policy.supportPlanWithinDays()), asOf, until);
      }
      if (a.actionReport().isEmpty() && a.lastDay().isPresent()) {
        add(items, DueKind.ACTION_REPORT, a.id().value(), a, a.lastDay().get(), asOf, until);
      }
    }
    for (Referral r : referrals) {
      deadlines.deadline(r).filter(d -> !d.isAfter(until)).ifPresent(d ->
          items.add(new DueItem(DueKind.REFERRAL_DECISION, r.id().value(), r.offer(), d, d.isBefore(asOf))));
    }
    for (FundingAgreement agreement : agreements) {
      if (!agreement.period().contains(asOf)) {
        continue;
      }
      for (AgreementLine line : agreement.lines()) {
        int left = agreement.remainingPlaces(line.offer(), asOf);
        if (left >= 1 && left <= policy.placesThreshold()) {
          items.add(new DueItem(DueKind.AGREEMENT_PLACES, agreement.id().value(), line.offer(), asOf, false));
        }
      }
    }
    items.sort(DueItem.ORDER);
    return List.copyOf(items);
  }

  private static void add(
      List<DueItem> items, DueKind kind, UUID subject, Accompaniment a, LocalDate dueOn, LocalDate asOf,
      LocalDate until) {
    if (!dueOn.isAfter(until)) {
      items.add(new DueItem(kind, subject, a.offer().code(), dueOn, dueOn.isBefore(asOf)));
    }
  }
}
