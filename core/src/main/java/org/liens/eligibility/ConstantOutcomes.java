package org.liens.eligibility;

import static org.liens.eligibility.RuleOutcome.failed;
import static org.liens.eligibility.RuleOutcome.notApplicable;
import static org.liens.eligibility.RuleOutcome.passed;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liens.catalog.OfferCode;
import org.liens.catalog.ReferralChannel;

/**
 * The outcomes of the standard rules whose reason quotes nothing, a channel or an offer code: built (and checked)
 * once, shared by every decision, since an outcome is immutable. The offers are those of the catalogues in use, a
 * handful.
 */
final class ConstantOutcomes {
  private ConstantOutcomes() {}

  static final RuleOutcome NO_CAREGIVER_CONSENT = failed("consent.required",
      "Le consentement des aidants n'est pas recueilli.", "The caregivers' consent is missing.");
  static final RuleOutcome NO_PARENT_CONSENT = failed("consent.required",
      "Le consentement des parents n'est pas recueilli.", "The parents' consent is missing.");
  static final RuleOutcome CONSENT_AFTER_DECISION = failed("consent.required",
      "Le consentement est daté après la décision.", "Consent is dated after the decision.");
  static final RuleOutcome CONSENT_BY_A_NON_CAREGIVER = failed("consent.required",
      "Une personne ayant consenti n'est pas aidante du foyer.",
      "Someone who consented is not a caregiver of the household.");
  static final RuleOutcome CONSENT_BY_A_NON_PARENT = failed("consent.required",
      "Une personne ayant consenti n'est pas parent du foyer.",
      "Someone who consented is not a parent of the household.");

  static final RuleOutcome MIP_NOT_APPLICABLE = notApplicable("mip.parent-crisis-or-family-event",
      "Règle propre au MIP.", "Applies to MIP only.");
  static final RuleOutcome MIP_WITHOUT_PARENT = failed("mip.parent-crisis-or-family-event",
      "Le MIP s'adresse aux parents ; le foyer n'en compte aucun.", "MIP is for parents; the household has none.");
  static final RuleOutcome MIP_WITHOUT_CRISIS = failed("mip.parent-crisis-or-family-event",
      "Le MIP suppose une crise ou un évènement familial.", "MIP needs a crisis or a family event.");
  static final RuleOutcome MIP_PASSED = passed("mip.parent-crisis-or-family-event",
      "Parent face à une crise ou un évènement familial.", "A parent facing a crisis or a family event.");

  static final RuleOutcome MADI_NOT_APPLICABLE = notApplicable("madi.acute-crisis-or-succession",
      "Règle propre au MADI.", "Applies to MADI only.");
  static final RuleOutcome MAPA_NOT_APPLICABLE = notApplicable("mapa.caregiver-of-ill-or-disabled",
      "Règle propre au MAPA.", "Applies to MAPA only.");
  static final RuleOutcome ARCS_NOT_APPLICABLE = notApplicable("arcs.child-from-cp",
      "Règle propre à l'ARCS.", "Applies to ARCS only.");
  static final RuleOutcome NO_SUCCESSION = notApplicable("succession.allowed",
      "Pas de succession demandée.", "No succession requested.");

  private static final Map<ReferralChannel, RuleOutcome> CHANNEL_ACCEPTED = new EnumMap<>(ReferralChannel.class);
  private static final Map<OfferCode, RuleOutcome> NO_OTHER_OPEN = new ConcurrentHashMap<>();

  static {
    for (ReferralChannel channel : ReferralChannel.values()) {
      CHANNEL_ACCEPTED.put(channel, passed("offer.channel", "Canal d'orientation accepté : " + channel + ".",
          "Referral channel accepted: " + channel + "."));
    }
  }

  /** {@return the passed outcome of {@code offer.channel} for {@code channel}} */
  static RuleOutcome channelAccepted(ReferralChannel channel) {
    return CHANNEL_ACCEPTED.get(channel);
  }

  /** {@return the passed outcome of {@code household.one-open-per-offer} for {@code offer}} */
  static RuleOutcome noOtherOpen(OfferCode offer) {
    RuleOutcome known = NO_OTHER_OPEN.get(offer);
    return known != null ? known : NO_OTHER_OPEN.computeIfAbsent(offer, o -> passed("household.one-open-per-offer",
        "Aucun autre accompagnement " + o + " en cours.", "No other open " + o + " accompaniment."));
  }
}
