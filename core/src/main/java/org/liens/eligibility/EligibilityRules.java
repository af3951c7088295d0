package org.liens.eligibility;

import static org.liens.eligibility.RuleOutcome.failed;
import static org.liens.eligibility.RuleOutcome.passed;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liens.accompaniment.Accompaniment;
import org.liens.catalog.OfferCode;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.HouseholdProfile;
import org.liens.household.PersonId;
import org.liens.referral.Consent;
import org.liens.referral.ReferralReason;

/**
 * The eligibility rules of the 2023 offer, each a named constant that reads as the seed's rule. Offer-specific
 * rules are {@link Verdict#NOT_APPLICABLE} to other offers, so they apply unchanged to a host's catalogue.
 * Outcomes with a fixed reason are constants ({@link ConstantOutcomes}), as are those that quote a channel or an
 * offer (one per channel, one per offer code); the consent's outcome keeps its date and writes its reason only
 * when read ({@link RuleOutcome#reason()}).
 */
public final class EligibilityRules {
  private EligibilityRules() {}

  /** The reason of a passed consent: "Consentement recueilli le 2023-09-04." / "Consent given on 2023-09-04.". */
  private static final RuleOutcome.Quoted CONSENT_GIVEN_ON =
      new RuleOutcome.Quoted("Consentement recueilli le ", "Consent given on ");

  /**
   * R7: "sur demande ou approbation des parents" (MAPA: "des aidants familiaux"). Consent is recorded, dated on or
   * before the decision, and every person who consented, by id, is a parent of the household (MAPA: a caregiver).
   */
  public static final EligibilityRule CONSENT_OF_PARENTS_OR_CAREGIVERS_IS_REQUIRED = EligibilityRule.of(
      "consent.required", ctx -> {
        String code = "consent.required";
        boolean byCaregivers = ctx.offer().audience().consentByCaregivers();
        Optional<Consent> consent = ctx.referral().consent();
        if (consent.isEmpty()) {
          return byCaregivers ? ConstantOutcomes.NO_CAREGIVER_CONSENT : ConstantOutcomes.NO_PARENT_CONSENT;
        }
        LocalDate givenOn = consent.get().givenOn();
        if (givenOn.isAfter(ctx.date())) {
          return ConstantOutcomes.CONSENT_AFTER_DECISION;
        }
        List<PersonId> givenBy = consent.get().givenBy();
        HouseholdProfile household = ctx.household();
        for (int i = 0; i < givenBy.size(); i++) {
          PersonId person = givenBy.get(i);
          boolean known = byCaregivers ? household.hasCaregiver(person) : household.hasParent(person);
          if (!known) {
            return byCaregivers ? ConstantOutcomes.CONSENT_BY_A_NON_CAREGIVER : ConstantOutcomes.CONSENT_BY_A_NON_PARENT;
          }
        }
        return RuleOutcome.passedOn(code, CONSENT_GIVEN_ON, givenOn); // its text written when read
      });

  /** R7, R9: the referral arrives through a channel the offer accepts (field worker, family, institution). */
  public static final EligibilityRule OFFER_ACCEPTS_THE_REFERRAL_CHANNEL = EligibilityRule.of(
      "offer.channel", ctx -> {
        var channel = ctx.referral().source().channel();
        return ctx.offer().channels().contains(channel)
            ? ConstantOutcomes.channelAccepted(channel)
            : failed("offer.channel", "L'offre " + ctx.offer().code() + " n'accepte pas le canal " + channel + ".",
                "Offer " + ctx.offer().code() + " does not accept the channel " + channel + ".");
      });

  private static final Set<ReferralReason> MIP_REASONS =
      EnumSet.of(ReferralReason.CRISIS, ReferralReason.FAMILY_EVENT, ReferralReason.CHILD_SPECIFIC_EVENT);

  /**
   * R1, MIP: "tous les parents qui expriment une situation de crise, un évènement familial ou spécifique à leurs
   * enfants". The household has a parent, and the referral gives a crisis, a family event or an event specific
   * to the children (an acute crisis alone calls for a MADI).
   */
  public static final EligibilityRule MIP_PARENTS_FACE_A_CRISIS_OR_A_FAMILY_EVENT = EligibilityRule.of(
      "mip.parent-crisis-or-family-event", ctx -> {
        String code = "mip.parent-crisis-or-family-event";
        if (!ctx.offer().code().equals(OfferCode.MIP)) {
          return ConstantOutcomes.MIP_NOT_APPLICABLE;
        }
        if (ctx.household().parents().isEmpty()) {
          return ConstantOutcomes.MIP_WITHOUT_PARENT;
        }
        Set<ReferralReason> reasons = ctx.referral().reasons();
        for (ReferralReason reason : MIP_REASONS) {
          if (reasons.contains(reason)) {
            return ConstantOutcomes.MIP_PASSED;
          }
        }
        return ConstantOutcomes.MIP_WITHOUT_CRISIS;
      });

  /**
   * R1, R6, MADI: an acute crisis, or the succession of an MIP "lorsque le diagnostic de la situation l'exige".
   */
  public static final EligibilityRule MADI_ACUTE_CRISIS_OR_SUCCESSION_OF_AN_MIP = EligibilityRule.of(
      "madi.acute-crisis-or-succession", ctx -> {
        String code = "madi.acute-crisis-or-succession";
        if (!ctx.offer().code().equals(OfferCode.MADI)) {
          return ConstantOutcomes.MADI_NOT_APPLICABLE;
        }
        if (ctx.household().parents().isEmpty()) {
          return failed(code, "Le MADI s'adresse aux parents ; le foyer n'en compte aucun.",
              "MADI is for parents; the household has none.");
        }
        if (ctx.referral().reasons().contains(ReferralReason.ACUTE_CRISIS)) {
          return passed(code, "Situation de crise aiguë.", "Acute crisis.");
        }
        boolean followsMip = ctx.predecessor().map(p -> p.offer().code().equals(OfferCode.MIP)).orElse(false);
        return followsMip
            ? passed(code, "Succède à un MIP du foyer.", "Succeeds an MIP of the household.")
            : failed(code, "Le MADI suppose une crise aiguë ou la succession d'un MIP.",
                "MADI needs an acute crisis or the succession of an MIP.");
      });

  /**
   * R1, MAPA: "aidants familiaux d'enfants, de conjoints, de frères et sœurs ou d'aïeuls porteurs d'un handicap,
   * d'une maladie longue, orpheline". A caregiver of the household cares for someone with one of those conditions.
   */
  public static final EligibilityRule MAPA_CAREGIVER_OF_A_PERSON_WITH_A_DISABILITY_OR_ILLNESS = EligibilityRule.of(
      "mapa.caregiver-of-ill-or-disabled", ctx -> {
        String code = "mapa.caregiver-of-ill-or-disabled";
        if (!ctx.offer().code().equals(OfferCode.MAPA)) {
          return ConstantOutcomes.MAPA_NOT_APPLICABLE;
        }
        return ctx.household().caregivers().stream().anyMatch(Caregiver::caresForSomeoneWithACondition)
            ? passed(code, "Aidant d'une personne handicapée ou malade.",
                "Caregiver of a person with a disability or an illness.")
            : failed(code, "Le MAPA suppose un aidant d'une personne en situation de handicap ou de maladie longue "
                + "ou orpheline.", "MAPA needs a caregiver of a person with a disability, a long or a rare illness.");
      });

  /**
   * R9, ARCS: "enfants à partir du CP (6 ans)". At least one child of the household is in CP or above, or is six
   * or more on the date of the decision.
   */
  public static final EligibilityRule ARCS_CHILD_FROM_CP_OR_AGED_SIX = EligibilityRule.of(
      "arcs.child-from-cp", ctx -> {
        String code = "arcs.child-from-cp";
        if (!ctx.offer().code().equals(OfferCode.ARCS)) {
          return ConstantOutcomes.ARCS_NOT_APPLICABLE;
        }
        List<Child> children = ctx.household().children();
        return children.stream().anyMatch(c -> c.isFromCp(ctx.date()))
            ? passed(code, "Un enfant est au moins en CP ou a 6 ans.", "A child is in CP or above, or aged 6.")
            : failed(code, "L'atelier accueille les enfants à partir du CP (6 ans).",
                "Workshops take children from CP (aged 6).");
      });

  /**
   * DHIS2 lesson: at most one open accompaniment of the same offer per household. The accompaniment a MADI
   * succeeds does not count, being of another offer.
   */
  public static final EligibilityRule ONE_OPEN_ACCOMPANIMENT_PER_OFFER_AND_HOUSEHOLD = EligibilityRule.of(
      "household.one-open-per-offer", ctx -> {
        String code = "household.one-open-per-offer";
        OfferCode offer = ctx.offer().code();
        List<Accompaniment> accompaniments = ctx.householdAccompaniments();
        for (int i = 0; i < accompaniments.size(); i++) {
          Accompaniment a = accompaniments.get(i);
          if (a.isOpen() && a.offer().code().equals(offer)) {
            return failed(code, "Le foyer a déjà un accompagnement " + offer + " en cours.",
                "The household already has an open " + offer + " accompaniment.");
          }
        }
        return ConstantOutcomes.noOtherOpen(offer);
      });

  /**
   * R6: a referral that names an accompaniment to succeed names an open one of the same household, of an offer
   * the requested offer may follow (MADI after MIP).
   */
  public static final EligibilityRule SUCCESSION_FOLLOWS_THE_CATALOGUE = EligibilityRule.of(
      "succession.allowed", ctx -> {
        String code = "succession.allowed";
        if (ctx.referral().succeeds().isEmpty()) {
          return ConstantOutcomes.NO_SUCCESSION;
        }
        Optional<Accompaniment> previous = ctx.predecessor();
        if (previous.isEmpty()) {
          return failed(code, "L'accompagnement à remplacer n'appartient pas au foyer.",
              "The accompaniment to succeed does not belong to the household.");
        }
        if (!previous.get().isOpen()) {
          return failed(code, "L'accompagnement à remplacer est terminé.", "The accompaniment to succeed has ended.");
        }
        OfferCode from = previous.get().offer().code();
        return ctx.offer().mayFollow(from)
            ? passed(code, ctx.offer().code() + " peut succéder à " + from + ".",
                ctx.offer().code() + " may succeed " + from + ".")
            : failed(code, ctx.offer().code() + " ne peut pas succéder à " + from + ".",
                ctx.offer().code() + " may not succeed " + from + ".");
      });

  /** {@return every standard rule, in the order decisions list them} */
  public static List<EligibilityRule> all() {
    return List.of(
        CONSENT_OF_PARENTS_OR_CAREGIVERS_IS_REQUIRED,
        OFFER_ACCEPTS_THE_REFERRAL_CHANNEL,
        MIP_PARENTS_FACE_A_CRISIS_OR_A_FAMILY_EVENT,
        MADI_ACUTE_CRISIS_OR_SUCCESSION_OF_AN_MIP,
        MAPA_CAREGIVER_OF_A_PERSON_WITH_A_DISABILITY_OR_ILLNESS,
        ARCS_CHILD_FROM_CP_OR_AGED_SIX,
        ONE_OPEN_ACCOMPANIMENT_PER_OFFER_AND_HOUSEHOLD,
        SUCCESSION_FOLLOWS_THE_CATALOGUE);
  }
}
