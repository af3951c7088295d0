package org.liens.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.ReferralChannel;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.referral.Consent;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;

/**
 * The baseline of {@code RulesBenchmark.eligibilityDecision}: the eight standard eligibility rules written by hand
 * over the same model, with plain loops, the same decision and the same explanations ({@link #explain} returns
 * exactly what {@code EligibilityDecision.explain} does; BenchmarkSetupTest compares them). Constant reasons are
 * constants; a reason that quotes a date, a channel or an offer keeps that value and is written when asked for,
 * as a careful hand-written version would. No checks of its inputs: that is the point of a baseline.
 */
final class HandWrittenEligibility {
  private static final String[] CODES = {"consent.required", "offer.channel", "mip.parent-crisis-or-family-event",
      "madi.acute-crisis-or-succession", "mapa.caregiver-of-ill-or-disabled", "arcs.child-from-cp",
      "household.one-open-per-offer", "succession.allowed"};
  static final byte PASSED = 0;
  static final byte FAILED = 1;
  static final byte NOT_APPLICABLE = 2;
  private static final String[] VERDICTS = {"PASSED", "FAILED", "NOT_APPLICABLE"};

  private HandWrittenEligibility() {}

  /** One decision: per rule a verdict and a reason, French and English, either a constant or built from a value. */
  static final class Decision {
    final byte[] verdicts = new byte[8];
    final String[] fr = new String[8];
    final String[] en = new String[8];
    /** The value quoted by a reason whose text is null until asked for: a date, a channel, an offer code. */
    final Object[] quoted = new Object[8];
    /** The previous offer, for the succession rule's reason. */
    OfferCode from;

    boolean eligible() {
      for (byte v : verdicts) {
        if (v == FAILED) {
          return false;
        }
      }
      return true;
    }

    void set(int rule, byte verdict, String frText, String enText) {
      verdicts[rule] = verdict;
      fr[rule] = frText;
      en[rule] = enText;
    }

    void quote(int rule, byte verdict, Object value) {
      verdicts[rule] = verdict;
      quoted[rule] = value;
    }

    String explain(Locale locale) {
      boolean french = "fr".equals(locale.getLanguage());
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        String reason = fr[i] == null ? quotedReason(i, french) : french ? fr[i] : en[i];
        text.append(i == 0 ? "" : "\n").append(VERDICTS[verdicts[i]]).append(' ').append(CODES[i]).append(": ")
            .append(reason);
      }
      return text.toString();
    }

    private String quotedReason(int i, boolean french) {
      Object q = quoted[i];
      boolean passed = verdicts[i] == PASSED;
      switch (i) {
        case 0:
          return french ? "Consentement recueilli le " + q + "." : "Consent given on " + q + ".";
        case 1:
          return french ? "Canal d'orientation accepté : " + q + "." : "Referral channel accepted: " + q + ".";
        case 6:
          if (passed) {
            return french ? "Aucun autre accompagnement " + q + " en cours." : "No other open " + q + " accompaniment.";
          }
          return french ? "Le foyer a déjà un accompagnement " + q + " en cours."
              : "The household already has an open " + q + " accompaniment.";
        default:
          if (passed) {
            return french ? q + " peut succéder à " + from + "." : q + " may succeed " + from + ".";
          }
          return french ? q + " ne peut pas succéder à " + from + "." : q + " may not succeed " + from + ".";
      }
    }
  }

  static Decision decide(Referral referral, Offer offer, HouseholdProfile household,
      List<Accompaniment> accompaniments, LocalDate date) {
    Decision d = new Decision();
    OfferCode code = offer.code();
    boolean byCaregivers = offer.audience().consentByCaregivers();
    // consent.required
    Consent consent = referral.consent().orElse(null);
    if (consent == null) {
      d.set(0, FAILED, byCaregivers ? "Le consentement des aidants n'est pas recueilli."
              : "Le consentement des parents n'est pas recueilli.",
          byCaregivers ? "The caregivers' consent is missing." : "The parents' consent is missing.");
    } else if (consent.givenOn().isAfter(date)) {
      d.set(0, FAILED, "Le consentement est daté après la décision.", "Consent is dated after the decision.");
    } else {
      d.quote(0, PASSED, consent.givenOn());
      List<PersonId> by = consent.givenBy();
      for (int i = 0; i < by.size(); i++) {
        if (!(byCaregivers ? isCaregiver(household, by.get(i)) : isParent(household, by.get(i)))) {
          d.quoted[0] = null;
          d.set(0, FAILED, byCaregivers ? "Une personne ayant consenti n'est pas aidante du foyer."
                  : "Une personne ayant consenti n'est pas parent du foyer.",
              byCaregivers ? "Someone who consented is not a caregiver of the household."
                  : "Someone who consented is not a parent of the household.");
          break;
        }
      }
    }
    // offer.channel
    ReferralChannel channel = referral.source().channel();
    if (offer.channels().contains(channel)) {
      d.quote(1, PASSED, channel);
    } else {
      d.set(1, FAILED, "L'offre " + code + " n'accepte pas le canal " + channel + ".",
          "Offer " + code + " does not accept the channel " + channel + ".");
    }
    // mip.parent-crisis-or-family-event
    if (!code.equals(OfferCode.MIP)) {
      d.set(2, NOT_APPLICABLE, "Règle propre au MIP.", "Applies to MIP only.");
    } else if (household.parents().isEmpty()) {
      d.set(2, FAILED, "Le MIP s'adresse aux parents ; le foyer n'en compte aucun.",
          "MIP is for parents; the household has none.");
    } else if (!hasMipReason(referral.reasons())) {
      d.set(2, FAILED, "Le MIP suppose une crise ou un évènement familial.", "MIP needs a crisis or a family event.");
    } else {
      d.set(2, PASSED, "Parent face à une crise ou un évènement familial.",
          "A parent facing a crisis or a family event.");
    }
    // madi.acute-crisis-or-succession
    Accompaniment predecessor = predecessor(referral, accompaniments);
    if (!code.equals(OfferCode.MADI)) {
      d.set(3, NOT_APPLICABLE, "Règle propre au MADI.", "Applies to MADI only.");
    } else if (household.parents().isEmpty()) {
      d.set(3, FAILED, "Le MADI s'adresse aux parents ; le foyer n'en compte aucun.",
          "MADI is for parents; the household has none.");
    } else if (referral.reasons().contains(ReferralReason.ACUTE_CRISIS)) {
      d.set(3, PASSED, "Situation de crise aiguë.", "Acute crisis.");
    } else if (predecessor != null && predecessor.offer().code().equals(OfferCode.MIP)) {
      d.set(3, PASSED, "Succède à un MIP du foyer.", "Succeeds an MIP of the household.");
    } else {
      d.set(3, FAILED, "Le MADI suppose une crise aiguë ou la succession d'un MIP.",
          "MADI needs an acute crisis or the succession of an MIP.");
    }
    // mapa.caregiver-of-ill-or-disabled
    if (!code.equals(OfferCode.MAPA)) {
      d.set(4, NOT_APPLICABLE, "Règle propre au MAPA.", "Applies to MAPA only.");
    } else if (caresForSomeone(household.caregivers())) {
      d.set(4, PASSED, "Aidant d'une personne handicapée ou malade.",
          "Caregiver of a person with a disability or an illness.");
    } else {
      d.set(4, FAILED, "Le MAPA suppose un aidant d'une personne en situation de handicap ou de maladie longue "
          + "ou orpheline.", "MAPA needs a caregiver of a person with a disability, a long or a rare illness.");
    }
    // arcs.child-from-cp
    if (!code.equals(OfferCode.ARCS)) {
      d.set(5, NOT_APPLICABLE, "Règle propre à l'ARCS.", "Applies to ARCS only.");
    } else if (childFromCp(household.children(), date)) {
      d.set(5, PASSED, "Un enfant est au moins en CP ou a 6 ans.", "A child is in CP or above, or aged 6.");
    } else {
      d.set(5, FAILED, "L'atelier accueille les enfants à partir du CP (6 ans).",
          "Workshops take children from CP (aged 6).");
    }
    // household.one-open-per-offer
    boolean alreadyOpen = false;
    for (int i = 0; i < accompaniments.size() && !alreadyOpen; i++) {
      Accompaniment a = accompaniments.get(i);
      alreadyOpen = a.isOpen() && a.offer().code().equals(code);
    }
    d.quote(6, alreadyOpen ? FAILED : PASSED, code);
    // succession.allowed
    if (referral.succeeds().isEmpty()) {
      d.set(7, NOT_APPLICABLE, "Pas de succession demandée.", "No succession requested.");
    } else if (predecessor == null) {
      d.set(7, FAILED, "L'accompagnement à remplacer n'appartient pas au foyer.",
          "The accompaniment to succeed does not belong to the household.");
    } else if (!predecessor.isOpen()) {
      d.set(7, FAILED, "L'accompagnement à remplacer est terminé.", "The accompaniment to succeed has ended.");
    } else {
      d.from = predecessor.offer().code();
      d.quote(7, offer.mayFollow(d.from) ? PASSED : FAILED, code);
    }
    return d;
  }

  private static boolean isParent(HouseholdProfile household, PersonId person) {
    List<Parent> parents = household.parents();
    for (int i = 0; i < parents.size(); i++) {
      if (parents.get(i).id().equals(person)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCaregiver(HouseholdProfile household, PersonId person) {
    List<Caregiver> caregivers = household.caregivers();
    for (int i = 0; i < caregivers.size(); i++) {
      if (caregivers.get(i).id().equals(person)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMipReason(Set<ReferralReason> reasons) {
    return reasons.contains(ReferralReason.CRISIS) || reasons.contains(ReferralReason.FAMILY_EVENT)
        || reasons.contains(ReferralReason.CHILD_SPECIFIC_EVENT);
  }

  private static boolean caresForSomeone(List<Caregiver> caregivers) {
    for (int i = 0; i < caregivers.size(); i++) {
      if (caregivers.get(i).caresForSomeoneWithACondition()) {
        return true;
      }
    }
    return false;
  }

  private static boolean childFromCp(List<Child> children, LocalDate date) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).isFromCp(date)) {
        return true;
      }
    }
    return false;
  }

  private static Accompaniment predecessor(Referral referral, List<Accompaniment> accompaniments) {
    if (referral.succeeds().isEmpty()) {
      return null;
    }
    for (int i = 0; i < accompaniments.size(); i++) {
      if (accompaniments.get(i).id().equals(referral.succeeds().get())) {
        return accompaniments.get(i);
      }
    }
    return null;
  }
}
