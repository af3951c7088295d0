package org.liens.agenda;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.liens.catalog.OfferCode;
import org.liens.shared.Checks;

/**
 * One thing due (issue 14): what, about which accompaniment, referral or agreement, for which offer, by when, and
 * whether the day has passed. Ids, codes and dates only: no personal data.
 *
 * @param kind what is due
 * @param subject the id of the accompaniment ({@code PLANNED_VISIT}, {@code SUPPORT_PLAN}, {@code ACTION_REPORT}),
 *     the referral ({@code REFERRAL_DECISION}) or the agreement ({@code AGREEMENT_PLACES})
 * @param offer the offer concerned
 * @param dueOn the day it is due
 * @param overdue whether {@code dueOn} is before the day the list was drawn up
 */
public record DueItem(DueKind kind, UUID subject, OfferCode offer, LocalDate dueOn, boolean overdue) {
  /** The order of a due list: the day due, then the kind, then the subject. */
  public static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::dueOn)
      .thenComparing(DueItem::kind).thenComparing(DueItem::subject);

  /**
   * Checks the components.
   *
   * @param kind what is due
   * @param subject the id of the accompaniment, referral or agreement
   * @param offer the offer concerned
   * @param dueOn the day it is due
   * @param overdue whether {@code dueOn} is before the day the list was drawn up
   */
  public DueItem {
    Checks.requiredAll("kind, subject, offer, dueOn", kind, subject, offer, dueOn);
  }
}
