package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.liens.Liens;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ConsentGiven;
import org.liens.accompaniment.ConsentRevoked;
import org.liens.catalog.OfferCode;
import org.liens.document.SupportPlan;
import org.liens.event.DomainEvent;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationKind;
import org.liens.referral.Consent;
import org.liens.referral.ConsentPurpose;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;

/**
 * People have ids and consent is a record (issue 9, parts 1a and 4), on the storage under test: homonym parents stay
 * two people through a round trip and an update; a DIA in the name of the parent who did not consent is refused; and
 * revoking the sharing consent takes the accompaniment out of the prescriber's caseload at once (the query filters in
 * storage), giving it again brings it back, and the stored history keeps every entry.
 */
public interface ConsentContract extends StorageFactory {

  /**
   * Contract: revocation is immediate and kept in the history, on the adapter's own query.
   *
   * @param consenting which of the two homonym parents consented (0 or 1)
   * @param revoking which of the two revokes the sharing (0 or 1)
   */
  @Property(tries = 4)
  @Label("consent: revoking the sharing leaves the prescriber's caseload at once, the history keeps both entries")
  default void revoking_the_sharing_consent_leaves_the_prescribers_caseload_at_once(
      @ForAll @IntRange(max = 1) int consenting, @ForAll @IntRange(max = 1) int revoking) {
    Storage storage = newStorage();
    TestClock clock = new TestClock(LocalDate.of(2024, 2, 5));
    List<DomainEvent> events = new java.util.ArrayList<>();
    Liens liens = Liens.builder().storage(storage).clock(clock).listener(events::add).build();
    Organisation prescriber = liens.organisations().register(World.COORDINATOR, "CCAS", OrganisationKind.CCAS);
    Organisation funder = liens.organisations().register(World.COORDINATOR, "CD", OrganisationKind.DEPARTEMENT);
    // two parents with the same name: two people, told apart by their ids
    List<Parent> parents = List.of(new Parent(World.name("Camille")), new Parent(World.name("Camille")));
    Household household = liens.households().register(World.COORDINATOR, HouseholdProfile.builder()
        .parent(parents.get(0)).parent(parents.get(1)).build());
    assertThat(household.profile().parents()).isEqualTo(parents);
    household = liens.households().update(World.COORDINATOR, household.id(), household.version(),
        household.profile().toBuilder().child(Child.of(World.name("Noé"), LocalDate.of(2015, 1, 3), SchoolGrade.CM2))
            .build());
    assertThat(liens.households().get(World.COORDINATOR, household.id()).profile().parents())
        .as("an update keeps the ids of the people it keeps").isEqualTo(parents);

    PersonId consented = parents.get(consenting).id();
    PersonId other = parents.get(1 - consenting).id();
    Referral referral = liens.referrals().receive(World.COORDINATOR, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(prescriber.id(), World.name("Paul")), funder.id(), clock.today(),
        ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(World.COORDINATOR, referral.id(), Consent.of(clock.today(), consented));
    liens.referrals().assess(World.COORDINATOR, referral.id(), new NeedsAssessment(clock.today(), "Besoins."));
    StaffId lea = StaffId.of(new UUID(8, 8));
    Staffing.register(liens, World.COORDINATOR, lea);
    Accompaniment opened = liens.referrals().validate(World.COORDINATOR, referral.id(), List.of(lea));
    liens.accompaniments().start(World.COORDINATOR, opened.id(), clock.today());
    assertThatThrownBy(() -> liens.accompaniments().writeSupportPlan(World.COORDINATOR, opened.id(),
            new SupportPlan(clock.today(), List.of(other), List.of("Rituel"))))
        .as("a DIA in the name of the homonym who did not consent")
        .isInstanceOfSatisfying(LiensException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_DOCUMENT_HOLDER));
    assertThat(ofPrescriber(storage, prescriber))
        .extracting(Accompaniment::id).containsExactly(opened.id());

    clock.advanceDays(3);
    Accompaniment revoked = liens.accompaniments().revokeSharingConsent(World.COORDINATOR, opened.id(),
        clock.today(), List.of(parents.get(revoking).id()));
    assertThat(revoked.sharesProgressWithPrescriber()).isFalse();
    assertThat(ofPrescriber(storage, prescriber)).isEmpty();
    assertThat(storage.<List<Accompaniment>>read(r -> r.accompaniments().open())).extracting(Accompaniment::id)
        .containsExactly(opened.id());
    assertThatThrownBy(() -> liens.accompaniments().revokeSharingConsent(World.COORDINATOR, opened.id(),
            clock.today(), List.of(consented)))
        .isInstanceOfSatisfying(LiensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONSENT));

    clock.advanceDays(7);
    liens.accompaniments().giveSharingConsent(World.COORDINATOR, opened.id(), clock.today(), List.of(consented));
    Accompaniment stored = storage.<Accompaniment>read(r -> r.accompaniments().get(opened.id()));
    assertThat(stored.consents().entries()).extracting(e -> e.purpose() + " " + e.act())
        .containsExactly("ACCOMPANIMENT GIVEN", "SHARING_WITH_PRESCRIBER GIVEN", "SHARING_WITH_PRESCRIBER REVOKED",
            "SHARING_WITH_PRESCRIBER GIVEN");
    assertThat(stored.consents().entries().get(2).by()).containsExactly(parents.get(revoking).id());
    assertThat(stored.consents().entries().get(2).on()).isEqualTo(LocalDate.of(2024, 2, 8));
    assertThat(stored.consents().inForce(ConsentPurpose.SHARING_WITH_PRESCRIBER)).isTrue();
    assertThat(ofPrescriber(storage, prescriber))
        .extracting(Accompaniment::id).containsExactly(opened.id());
    assertThat(storage.<List<DomainEvent>>read(r -> r.outbox().pending(10_000))).map(DomainEvent::payload)
        .filteredOn(p -> p instanceof ConsentRevoked || p instanceof ConsentGiven)
        .containsExactly(
            new ConsentRevoked(opened.id(), ConsentPurpose.SHARING_WITH_PRESCRIBER,
                List.of(parents.get(revoking).id()), LocalDate.of(2024, 2, 8)),
            new ConsentGiven(opened.id(), ConsentPurpose.SHARING_WITH_PRESCRIBER, List.of(consented),
                LocalDate.of(2024, 2, 15)));
  }

  /** Contract: a consent to the accompaniment only keeps it out of the prescriber's caseload from the start. */
  @Property(tries = 1)
  @Label("consent: without the sharing consent, the prescriber never sees the accompaniment")
  default void without_the_sharing_consent_the_prescriber_never_sees_it() {
    Storage storage = newStorage();
    TestClock clock = new TestClock(LocalDate.of(2024, 2, 5));
    Liens liens = Liens.builder().storage(storage).clock(clock).build();
    Organisation prescriber = liens.organisations().register(World.COORDINATOR, "CCAS", OrganisationKind.CCAS);
    Parent parent = new Parent(World.name("Anne"));
    Household household = liens.households().register(World.COORDINATOR, HouseholdProfile.builder()
        .parent(parent).singleParent(true).build());
    Referral referral = liens.referrals().receive(World.COORDINATOR, ReferralRequest.of(household.id(), OfferCode.MIP,
        ReferralSource.fieldWorker(prescriber.id(), World.name("Paul")), prescriber.id(), clock.today(),
        ReferralReason.FAMILY_EVENT));
    liens.referrals().recordConsent(World.COORDINATOR, referral.id(),
        Consent.of(clock.today(), parent.id()).withoutSharing());
    liens.referrals().assess(World.COORDINATOR, referral.id(), new NeedsAssessment(clock.today(), "Besoins."));
    StaffId lea = StaffId.of(new UUID(8, 8));
    Staffing.register(liens, World.COORDINATOR, lea);
    Accompaniment opened = liens.referrals().validate(World.COORDINATOR, referral.id(), List.of(lea));
    assertThat(opened.sharesProgressWithPrescriber()).isFalse();
    assertThat(ofPrescriber(storage, prescriber)).isEmpty();
    assertThat(storage.<List<Accompaniment>>read(r -> r.accompaniments().openOfFunder(prescriber.id()))).extracting(Accompaniment::id)
        .containsExactly(opened.id());
    liens.accompaniments().giveSharingConsent(World.COORDINATOR, opened.id(), clock.today(), List.of(parent.id()));
    assertThat(ofPrescriber(storage, prescriber)).extracting(Accompaniment::id)
        .containsExactly(opened.id());
  }

  private static List<Accompaniment> ofPrescriber(Storage storage, Organisation prescriber) {
    return storage.read(r -> r.accompaniments().openOfPrescriber(prescriber.id()));
  }
}
