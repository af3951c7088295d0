package org.liens.storage.tck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.billing.Invoice;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationId;
import org.liens.orientation.SharedItem;
import org.liens.orientation.SharingConsent;
import org.liens.partner.PartnerImport;
import org.liens.partner.PartnerService;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.PartnerStructure;
import org.liens.partner.ServiceStatus;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;

/**
 * Households whose lives ended in 2023–2024 and one still followed in 2026, built through the services with a marker
 * in every personal field, for the retention contract ({@link RetentionContract}). Each household has its own
 * markers, prefixed with its letter, so that a scan can tell whose data is left.
 */
public final class RetentionScenario {
  static final Actor COORDINATOR = Actor.of("coordinator-3", Role.COORDINATOR);

  final TestClock clock = new TestClock(LocalDate.of(2023, 9, 4));
  final Liens liens;
  final StaffId educator = StaffId.of(new UUID(5, 1));
  final Organisation prescriber;
  final Organisation funder;
  /** A two-parent family whose MIP closed on 2024-03-14, invoiced, and whose MADI referral was rejected. */
  final Household family;
  /** A caregiver whose MAPA was cancelled on 2024-03-14. */
  final Household caregiver;
  /** A single mother whose MIP, started in 2026, is still open. */
  final Household followed;
  final AccompanimentId familyMip;
  final List<Invoice> invoices;
  /** The mother of household A oriented to a partner workshop, accepted, with an outcome in her words. */
  final OrientationId familyOrientation;

  private RetentionScenario(Storage storage) {
    liens = Liens.builder().storage(storage).clock(clock)
        .seller(Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"), "812345676")
            .withVatExemptionMention("TVA non applicable (mention de test)"))
        .build();
    Actor a = COORDINATOR;
    prescriber = liens.organisations().register(a, "CCAS d'Uzès", OrganisationKind.CCAS);
    funder = liens.organisations().register(a, "Département du Gard", OrganisationKind.DEPARTEMENT,
        "223000019", PostalAddress.of("3 rue Guynemer", "30044", "Nîmes"));
    Staffing.register(liens, a, List.of(educator));

    Parent mother = new Parent(name("A", "mother"));
    Parent father = new Parent(name("A", "father"));
    Caregiver aidant = new Caregiver(name("B", "caregiver"), List.of(new CaredForPerson(name("B", "caredfor"),
        Relationship.SPOUSE, Set.of(Condition.RARE_ILLNESS))));
    Parent single = new Parent(name("C", "mother"));
    family = liens.households().register(a, HouseholdProfile.builder()
        .parent(mother).parent(father)
        .child(Child.of(name("A", "child"), LocalDate.of(2011, 3, 17), SchoolGrade.CINQUIEME))
        .child(new Child(name("A", "toddler"), LocalDate.of(2021, 7, 9)))
        .employment(EmploymentSituation.RSA).belowPovertyLine(true).territory("A-territory-Qz").build());
    caregiver = liens.households().register(a, HouseholdProfile.builder()
        .caregiver(aidant)
        .employment(EmploymentSituation.EMPLOYED).build());

    Referral mip = receive(family.id(), OfferCode.MIP, "A", ReferralReason.FAMILY_EVENT);
    liens.referrals().recordConsent(a, mip.id(), Consent.of(clock.today(), mother.id(), father.id()));
    liens.referrals().assess(a, mip.id(), new NeedsAssessment(clock.today(), text("A", "assessment")));
    familyMip = liens.referrals().validate(a, mip.id(), List.of(educator)).id();
    clock.set(LocalDate.of(2023, 9, 15));
    liens.accompaniments().start(a, familyMip, clock.today());
    liens.accompaniments().recordHomeVisit(a, familyMip, clock.today(), educator);
    liens.accompaniments().writeSupportPlan(a, familyMip,
        new SupportPlan(clock.today(), List.of(mother.id()), List.of(text("A", "dia"))));
    liens.accompaniments().drawEmtMap(a, familyMip, new EmtMap(clock.today(), List.of(text("A", "stake")),
        List.of(text("A", "mission")), List.of(text("A", "work"))));
    clock.set(LocalDate.of(2023, 10, 16));
    liens.accompaniments().recordRemoteContact(a, familyMip, clock.today(), educator, RemoteChannel.PHONE);
    familyOrientation = orient(mother.id());
    clock.set(LocalDate.of(2024, 3, 14));
    liens.orientations().recordOutcome(a, familyOrientation, true, text("A", "orientation"));
    liens.accompaniments().writeActionReport(a, familyMip, clock.today(), text("A", "report"));
    liens.accompaniments().close(a, familyMip, clock.today());
    List<Invoice> issued = new ArrayList<>();
    for (Invoice draft : liens.billing().prepare(a, familyMip)) {
      issued.add(liens.billing().issue(a, draft.id()));
    }
    invoices = List.copyOf(issued);
    Referral madi = receive(family.id(), OfferCode.MADI, "A", ReferralReason.ACUTE_CRISIS);
    liens.referrals().reject(a, madi.id(), text("A", "rejection"));

    Referral mapa = receive(caregiver.id(), OfferCode.MAPA, "B", ReferralReason.CAREGIVER_CRISIS);
    liens.referrals().recordConsent(a, mapa.id(), Consent.of(clock.today(), aidant.id()));
    liens.referrals().assess(a, mapa.id(), new NeedsAssessment(clock.today(), text("B", "assessment")));
    Accompaniment cancelled = liens.referrals().validate(a, mapa.id(), List.of(educator));
    liens.accompaniments().cancel(a, cancelled.id(), text("B", "cancellation"), clock.today());

    clock.set(LocalDate.of(2026, 1, 12));
    followed = liens.households().register(a, HouseholdProfile.builder()
        .parent(single).singleParent(true)
        .child(Child.of(name("C", "child"), LocalDate.of(2015, 5, 23), SchoolGrade.CM1))
        .employment(EmploymentSituation.EMPLOYED).build());
    Referral open = receive(followed.id(), OfferCode.MIP, "C", ReferralReason.CRISIS);
    liens.referrals().recordConsent(a, open.id(), Consent.of(clock.today(), single.id()));
    liens.referrals().assess(a, open.id(), new NeedsAssessment(clock.today(), text("C", "assessment")));
    AccompanimentId followedMip = liens.referrals().validate(a, open.id(), List.of(educator)).id();
    liens.accompaniments().start(a, followedMip, clock.today());
    liens.accompaniments().writeSupportPlan(a, followedMip,
        new SupportPlan(clock.today(), List.of(single.id()), List.of(text("C", "dia"))));
  }

  /** Orients the mother of household A to a partner workshop, with her consent, accepted the same day. */
  private OrientationId orient(PersonId mother) {
    PartnerStructure centre = PartnerStructure.of("tck", "centre", "Centre social d'Uzès", clock.today());
    PartnerService workshop = new PartnerService(PartnerServiceId.fromSource("tck", "atelier"), centre.id(), "tck",
        "atelier", "Atelier parents-enfants", "Jeux et goûters", Set.of(Theme.PARENTING_SUPPORT), Set.of(), Set.of(),
        Optional.empty(), Set.of(), Set.of(ZoneCode.of("30")), Set.of(), Set.of(), ServiceStatus.EN_COURS,
        clock.today());
    liens.partners().importCatalogue(COORDINATOR, new PartnerImport(List.of(centre), List.of(workshop), List.of()));
    Orientation proposed = liens.orientations().propose(COORDINATOR, familyMip, mother, workshop.id(),
        SharingConsent.of(mother, clock.today(), SharedItem.CONTACT_DETAILS));
    return liens.orientations().accept(COORDINATOR, proposed.id()).id();
  }

  /**
   * Builds the scenario on {@code storage}, which must be empty; the clock then stands on 2026-01-12.
   *
   * @param storage an empty storage
   * @return the scenario
   */
  public static RetentionScenario on(Storage storage) {
    return new RetentionScenario(storage);
  }

  private Referral receive(HouseholdId household, OfferCode offer, String letter, ReferralReason reason) {
    return liens.referrals().receive(COORDINATOR, ReferralRequest.of(household, offer,
        ReferralSource.fieldWorker(prescriber.id(), name(letter, "worker")), funder.id(), clock.today(), reason));
  }

  /** The marker name of one person of household {@code letter}: given and family names hold the marker. */
  static PersonName name(String letter, String who) {
    return PersonName.of(letter + "given" + who + "Zq", letter + "family" + who + "Xw");
  }

  /** The marker free text of household {@code letter}. */
  static String text(String letter, String what) {
    return letter + "-marker-" + what + " : des mots que seule cette famille a dits";
  }

  /** Every personal value of household {@code letter}: names, birth dates, free texts, health condition. */
  static List<String> personalData(String letter) {
    List<String> values = new ArrayList<>(List.of(letter + "given", letter + "family", letter + "-marker-"));
    switch (letter) {
      case "A" -> values.addAll(List.of("2011-03-17", "2021-07-09", "A-territory"));
      case "B" -> values.add(Condition.RARE_ILLNESS.name());
      default -> values.add("2015-05-23");
    }
    return values;
  }
}
