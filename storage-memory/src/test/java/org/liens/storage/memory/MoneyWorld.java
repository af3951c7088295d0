package org.liens.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.liens.Liens;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.staff.StaffId;
import org.liens.agreement.AgreementId;
import org.liens.billing.Invoice;
import org.liens.billing.Seller;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.PersonName;
import org.liens.storage.tck.Staffing;
import org.liens.storage.tck.TestClock;

/**
 * The fixture of the in-memory service tests (billing, agreements, workshops): a whole organisation on the
 * in-memory adapter, its partners registered, time driven by a clock the test moves.
 */
public final class MoneyWorld {
  public static final PostalAddress ADDRESS = PostalAddress.of("3 rue Guynemer", "30000", "Nîmes");
  public static final String EXEMPTION = "Mention d'exonération choisie par le comptable (configuration)";
  public static final Seller SELLER = Seller.of("Au bonheur des liens", PostalAddress.of("1 place aux Herbes", "30700", "Uzès"),
          "812345676")
      .withVatExemptionMention(EXEMPTION)
      .withLegalMentions(List.of("Pénalités de retard et indemnité forfaitaire : mentions configurées"));

  public final TestClock clock;
  public final InMemoryStorage storage;
  public final List<DomainEvent> events = new ArrayList<>();
  public final Liens liens;
  public final Actor coordinator = Actor.of("coordinator-1", Role.COORDINATOR);
  public final Organisation departement;
  public final Organisation caf;
  public final Organisation msa;
  public final Organisation figeac;
  public final Organisation school;
  public final StaffId educator = StaffId.of(new UUID(7, 7));
  private int households;

  public MoneyWorld(LocalDate today) {
    this(today, b -> b);
  }

  public MoneyWorld(LocalDate today, UnaryOperator<Liens.Builder> config) {
    this(new TestClock(today), new InMemoryStorage(), config);
  }

  public MoneyWorld(TestClock clock, InMemoryStorage storage, UnaryOperator<Liens.Builder> config) {
    this.clock = clock;
    this.storage = storage;
    this.liens = config.apply(Liens.builder().storage(storage).clock(clock).seller(SELLER).listener(events::add)).build();
    this.departement = partner("Conseil départemental du Gard", OrganisationKind.DEPARTEMENT, "223000019");
    this.caf = partner("CAF du Lot", OrganisationKind.CAF, "775592413");
    this.msa = partner("MSA Midi-Pyrénées Nord", OrganisationKind.MSA, "776960916");
    this.figeac = partner("Grand-Figeac communauté", OrganisationKind.LOCAL_AUTHORITY, "200067361");
    this.school = partner("Collège Jean Moulin", OrganisationKind.SCHOOL, "193000015");
    if (storage.read(r -> r.staff().find(educator)).isEmpty()) {
      Staffing.register(liens, coordinator, educator);
    }
  }

  /** The same storage and clock, seen through another Liens configuration (a new release of the host). */
  public MoneyWorld reconfigured(UnaryOperator<Liens.Builder> config) {
    return new MoneyWorld(clock, storage, config);
  }

  public Organisation partner(String name, OrganisationKind kind, String siren) {
    return liens.organisations().register(coordinator, name, kind, siren, ADDRESS);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public HouseholdProfile household(OfferCode offer) {
    households++;
    Parent parent = new Parent(PersonName.of("Parent" + households, "Famille"));
    HouseholdProfile.Builder profile = HouseholdProfile.builder().parent(parent).singleParent(true);
    if (offer.equals(OfferCode.MAPA)) {
      profile.caregiver(Caregiver.asParent(parent, List.of(new CaredForPerson(PersonName.of("Aidé" + households, "Famille"),
          Relationship.CHILD, Set.of(Condition.DISABILITY)))));
    }
    if (offer.equals(OfferCode.ARCS)) {
      profile.child(Child.of(PersonName.of("Enfant" + households, "Famille"), today().minusYears(9), SchoolGrade.CM1));
    }
    return profile.build();
  }

  /** A referral of {@code offer} received, consented and assessed today, funded by {@code funder}. */
  public Referral assessed(OfferCode offer, OrganisationId funder, Optional<AgreementId> agreement) {
    HouseholdProfile profile = household(offer);
    var household = liens.households().register(coordinator, profile);
    ReferralReason reason = offer.equals(OfferCode.MADI) ? ReferralReason.ACUTE_CRISIS : ReferralReason.FAMILY_EVENT;
    ReferralRequest request = ReferralRequest.of(household.id(), offer,
        ReferralSource.fieldWorker(departement.id(), PersonName.of("Paul", "Durand")), funder, today(), reason);
    if (agreement.isPresent()) {
      request = request.underAgreement(agreement.get());
    }
    Referral referral = liens.referrals().receive(coordinator, request);
    PersonId consenting = profile.parents().get(0).id();
    liens.referrals().recordConsent(coordinator, referral.id(), Consent.of(today(), consenting));
    return liens.referrals().assess(coordinator, referral.id(), new NeedsAssessment(today(), "besoins évalués"));
  }

  public Accompaniment validated(OfferCode offer, OrganisationId funder, Optional<AgreementId> agreement) {
    return liens.referrals().validate(coordinator, assessed(offer, funder, agreement).id(), List.of(educator));
  }

  public Accompaniment started(OfferCode offer) {
    return started(offer, departement.id(), Optional.empty());
  }

  public Accompaniment started(OfferCode offer, OrganisationId funder, Optional<AgreementId> agreement) {
    Accompaniment a = validated(offer, funder, agreement);
    return liens.accompaniments().start(coordinator, a.id(), today());
  }

  /** {@return the first invoice prepared for {@code accompaniment}, issued} */
  public Invoice issueFirstPrepared(Accompaniment accompaniment) {
    return liens.billing().issue(coordinator, liens.billing().prepare(coordinator, accompaniment.id()).get(0).id());
  }

  public List<String> eventTypes() {
    return events.stream().map(DomainEvent::type).toList();
  }
}
