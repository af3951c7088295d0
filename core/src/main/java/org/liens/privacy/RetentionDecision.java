package org.liens.privacy;

import java.time.LocalDate;
import java.util.Optional;
import org.liens.household.HouseholdId;
import org.liens.shared.Checks;
import org.liens.shared.LocalizedText;

/**
 * Whether a household's personal data is still kept on a date, and why ({@link RetentionPolicy#decide}). It names
 * the household by its id and dates only, so it may be logged and shown to anyone who may see the household's id.
 *
 * @param household the household
 * @param asOf the date the rule was applied at
 * @param reason why it is kept, or that it is not
 * @param lastActivity the latest dated activity of the household's referrals and accompaniments, if any
 * @param keptUntil the last day the data is kept, when the rule gives one (after the last activity)
 */
public record RetentionDecision(
    HouseholdId household, LocalDate asOf, Reason reason, Optional<LocalDate> lastActivity,
    Optional<LocalDate> keptUntil) {

  /** Why a household's personal data is kept, or that it is not. */
  public enum Reason {
    /** An accompaniment is open (validated or active): everything is kept while it runs. */
    OPEN_ACCOMPANIMENT,
    /** A referral awaits a decision (received or assessed): everything is kept until it is decided. */
    UNDECIDED_REFERRAL,
    /** The last activity is less than the retention period ago: kept until {@code keptUntil}. */
    INSIDE_WINDOW,
    /**
     * No referral nor accompaniment dates the household (registered, never referred): the retention job cannot date
     * it and keeps it; an erasure on request is allowed, no legal duty keeps it.
     */
    NO_DATED_ACTIVITY,
    /** Every accompaniment and referral ended more than the retention period ago: to be anonymised. */
    EXPIRED
  }

  /**
   * Checks the components: {@code household}, {@code asOf}, {@code reason}, {@code lastActivity} and {@code
   * keptUntil} required; and the rules stated for the type.
   *
   * @param household the household
   * @param asOf the date the rule was applied at
   * @param reason why it is kept, or that it is not
   * @param lastActivity the latest dated activity of the household's referrals and accompaniments, if any
   * @param keptUntil the last day the data is kept, when the rule gives one (after the last activity)
   */
  public RetentionDecision {
    Checks.requiredAll("household, asOf, reason, lastActivity, keptUntil",
        household, asOf, reason, lastActivity, keptUntil);
    Checks.check(keptUntil.isPresent() == (reason == Reason.INSIDE_WINDOW || reason == Reason.EXPIRED),
        "a retention decision gives the last day kept exactly when the window decides");
  }

  /** {@return whether the retention job anonymises the household on {@link #asOf()}} */
  public boolean expired() {
    return reason == Reason.EXPIRED;
  }

  /** {@return whether an erasure on request is allowed on {@link #asOf()}: no rule keeps the data} */
  public boolean mayErase() {
    return reason == Reason.EXPIRED || reason == Reason.NO_DATED_ACTIVITY;
  }

  /** {@return the decision in words, French and English: what is kept, until when and why; ids and dates only} */
  public LocalizedText explanation() {
    String last = lastActivity.map(LocalDate::toString).orElse("-");
    String until = keptUntil.map(LocalDate::toString).orElse("-");
    return switch (reason) {
      case OPEN_ACCOMPANIMENT -> LocalizedText.of(
          "conservé : un accompagnement est en cours ; la durée de conservation court à partir de sa clôture",
          "kept: an accompaniment is open; the retention period starts when it ends");
      case UNDECIDED_REFERRAL -> LocalizedText.of(
          "conservé : une orientation attend sa décision",
          "kept: a referral awaits its decision");
      case INSIDE_WINDOW -> LocalizedText.of(
          "conservé jusqu'au " + until + " inclus : dernier contact ou clôture le " + last,
          "kept up to " + until + " included: last contact or closure on " + last);
      case NO_DATED_ACTIVITY -> LocalizedText.of(
          "aucune orientation ni accompagnement ne date ce foyer : conservé par le traitement périodique, effaçable "
              + "sur demande",
          "no referral nor accompaniment dates this household: kept by the retention job, erasable on request");
      case EXPIRED -> LocalizedText.of(
          "à anonymiser : conservation échue le " + until + " (dernier contact ou clôture le " + last + ")",
          "to anonymise: kept up to " + until + " (last contact or closure on " + last + ")");
    };
  }

  @Override
  public String toString() {
    return "RetentionDecision[household=" + household + ", asOf=" + asOf + ", reason=" + reason + ", lastActivity="
        + last() + ", keptUntil=" + keptUntil.map(LocalDate::toString).orElse("-") + "]";
  }

  private String last() {
    return lastActivity.map(LocalDate::toString).orElse("-");
  }
}
