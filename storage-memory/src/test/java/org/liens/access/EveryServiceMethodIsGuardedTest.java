package org.liens.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liens.Liens;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.billing.BillingSubject;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.Child;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.SchoolGrade;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.pricing.Money;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.World;
import org.liens.workshop.QuoteRequest;

/**
 * Every public method of every application service that takes an actor asks the access policy: under a policy that
 * grants nothing, each one, called with valid arguments, throws {@code ACCESS_DENIED}, and the store is unchanged.
 * A new service method with an argument type not listed here fails this test until it is added.
 */
class EveryServiceMethodIsGuardedTest {
  @Test
  void a_policy_that_grants_nothing_refuses_every_service_method_and_nothing_changes() throws Exception {
    Storage storage = new InMemoryStorage();
    World world = World.on(storage);
    AccessPolicy nothing = AccessPolicy.standard();
    for (Role role : Role.values()) {
      for (Operation operation : Operation.values()) {
        nothing = nothing.without(role, operation);
      }
    }
    Liens liens = Liens.builder().storage(storage).clock(world.clock).accessPolicy(nothing).build();
    Map<Class<?>, Object> values = values(world);
    Object before = snapshot(storage);
    List<String> guarded = new ArrayList<>();
    for (Object service : List.of(liens.households(), liens.organisations(), liens.referrals(), liens.accompaniments(),
        liens.caseload(), liens.agreements(), liens.workshops(), liens.billing(), liens.agenda(),
        liens.history(), liens.figures(), liens.partners(), liens.orientations())) {
      for (Method method : service.getClass().getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
            || method.getParameterCount() == 0 || method.getParameterTypes()[0] != Actor.class) {
          continue;
        }
        Object[] args = new Object[method.getParameterCount()];
        args[0] = World.COORDINATOR;
        for (int i = 1; i < args.length; i++) {
          Class<?> type = method.getParameterTypes()[i];
          assertThat(values).as("a sample value of %s for %s", type, method).containsKey(type);
          args[i] = values.get(type);
        }
        Throwable thrown = null;
        try {
          method.invoke(service, args);
        } catch (InvocationTargetException e) {
          thrown = e.getCause();
        }
        assertThat(thrown).as(method.toString()).isInstanceOf(AccessDeniedException.class)
            .hasMessage(AccessDeniedException.denied().getMessage());
        guarded.add(service.getClass().getSimpleName() + "." + method.getName());
      }
    }
    assertThat(guarded).hasSizeGreaterThan(50);
    assertThat(snapshot(storage)).isEqualTo(before);
  }

  private static Object snapshot(Storage storage) {
    return storage.read(r -> List.of(r.accompaniments().open(), r.organisations().all(),
        r.accompaniments().endingBetween(LocalDate.MIN.plusYears(1), LocalDate.MAX.minusYears(1))));
  }

  private static Map<Class<?>, Object> values(World world) {
    LocalDate day = World.START;
    return Map.ofEntries(
        Map.entry(String.class, "Motif"), Map.entry(LocalDate.class, day), Map.entry(int.class, 1),
        Map.entry(long.class, 0L), Map.entry(Duration.class, Duration.ofHours(1)),
        Map.entry(Optional.class, Optional.empty()), Map.entry(List.class, List.of(world.lea)),
        Map.entry(java.util.Set.class, java.util.Set.of(org.liens.staff.StaffRole.EDUCATOR)),
        Map.entry(RemoteChannel.class, RemoteChannel.PHONE), Map.entry(OfferCode.class, OfferCode.MIP),
        Map.entry(OrganisationKind.class, OrganisationKind.CCAS), Map.entry(Money.class, Money.euros(10)),
        Map.entry(org.liens.organisation.PostalAddress.class, org.liens.organisation.PostalAddress.of("1 rue", "30000",
            "Nîmes")),
        Map.entry(org.liens.organisation.OrganisationDetails.class,
            org.liens.organisation.OrganisationDetails.named("CCAS")),
        Map.entry(StaffId.class, world.lea), Map.entry(AccompanimentId.class, world.madi.id()),
        Map.entry(org.liens.accompaniment.ContactId.class, org.liens.accompaniment.ContactId.of(new UUID(9, 6))),
        Map.entry(org.liens.accompaniment.Contact.class, new org.liens.accompaniment.HomeVisit(
            org.liens.accompaniment.ContactId.of(new UUID(9, 10)), day, world.lea)),
        Map.entry(org.liens.accompaniment.ContactStatus.class, org.liens.accompaniment.ContactStatus.HELD),
        Map.entry(UUID.class, new UUID(9, 7)), Map.entry(boolean.class, true),
        Map.entry(org.liens.storage.PageRequest.class, org.liens.storage.PageRequest.first(50)),
        Map.entry(org.liens.figures.FigureRequest.class, org.liens.figures.FigureRequest.of(day.minusYears(1), day)),
        Map.entry(java.time.Instant.class, java.time.Instant.parse("2023-09-01T00:00:00Z")),
        Map.entry(org.liens.partner.PartnerImport.class, new org.liens.partner.PartnerImport(List.of(), List.of(),
            List.of())),
        Map.entry(org.liens.partner.ServiceQuery.class, org.liens.partner.ServiceQuery.all()),
        Map.entry(org.liens.partner.PartnerServiceId.class, org.liens.partner.PartnerServiceId.of(new UUID(9, 8))),
        Map.entry(org.liens.orientation.OrientationId.class, org.liens.orientation.OrientationId.of(new UUID(9, 9))),
        Map.entry(org.liens.household.PersonId.class, World.person(world.couple, "Julie")),
        Map.entry(org.liens.orientation.SharingConsent.class, org.liens.orientation.SharingConsent.of(
            World.person(world.couple, "Julie"), day, org.liens.orientation.SharedItem.CONTACT_DETAILS)),
        Map.entry(HouseholdId.class, world.couple.id()), Map.entry(ReferralId.class, world.received.id()),
        Map.entry(OrganisationId.class, world.ccas.id()),
        Map.entry(org.liens.agreement.AgreementId.class, org.liens.agreement.AgreementId.of(new UUID(9, 1))),
        Map.entry(org.liens.billing.InvoiceId.class, org.liens.billing.InvoiceId.of(new UUID(9, 2))),
        Map.entry(org.liens.billing.CreditNoteId.class, org.liens.billing.CreditNoteId.of(new UUID(9, 3))),
        Map.entry(org.liens.workshop.QuoteId.class, org.liens.workshop.QuoteId.of(new UUID(9, 4))),
        Map.entry(org.liens.workshop.WorkshopSeriesId.class, org.liens.workshop.WorkshopSeriesId.of(new UUID(9, 5))),
        Map.entry(BillingSubject.class, BillingSubject.of(world.madi.id())),
        Map.entry(org.liens.accompaniment.ReopenReason.class, org.liens.accompaniment.ReopenReason.CLOSED_IN_ERROR),
        Map.entry(HouseholdProfile.class, world.couple.profile()),
        Map.entry(Child.class, Child.of(World.name("Lina"), LocalDate.of(2016, 1, 20), SchoolGrade.CE1)),
        Map.entry(Consent.class, Consent.of(day, World.person(world.singleMother, "Anne"))),
        Map.entry(NeedsAssessment.class, new NeedsAssessment(day, "Besoins.")),
        Map.entry(SupportPlan.class, new SupportPlan(day, List.of(World.person(world.singleMother, "Anne")), List.of("Rituels"))),
        Map.entry(EmtMap.class, new EmtMap(day, List.of("Lien"), List.of("Soutenir"), List.of("Agenda"))),
        Map.entry(AgreementTerms.class, new AgreementTerms("DEP-2023", AgreementPeriod.year(2023),
            List.of(FunderShare.whole(world.departement.id())), List.of(AgreementLineTerms.atTariff(OfferCode.MIP, 2)))),
        Map.entry(QuoteRequest.class, QuoteRequest.model(world.ccas.id(), 6, day.plusDays(60))),
        Map.entry(ReferralRequest.class, ReferralRequest.of(world.couple.id(), OfferCode.MIP,
            ReferralSource.familyRequest(), world.caf.id(), day, ReferralReason.CRISIS)));
  }
}
