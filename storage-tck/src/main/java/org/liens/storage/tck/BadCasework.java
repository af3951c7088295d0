package org.liens.storage.tck;

import static org.liens.storage.tck.BadCall.c;
import static org.liens.storage.tck.BadCall.optional;
import static org.liens.storage.tck.BadCall.COORDINATOR;
import static org.liens.storage.tck.BadCall.count;
import static org.liens.storage.tck.BadCall.date;
import static org.liens.storage.tck.BadCall.id;
import static org.liens.storage.tck.BadCall.text;
import static org.liens.storage.tck.BadInput.Slot.DATE;
import static org.liens.storage.tck.BadInput.Slot.EARLY_DATE;
import static org.liens.storage.tck.BadInput.Slot.ID;
import static org.liens.storage.tck.BadInput.Slot.LONG_TEXT;
import static org.liens.storage.tck.BadInput.Slot.NAME;
import static org.liens.storage.tck.BadInput.Slot.REQUIRED;
import static org.liens.storage.tck.BadInput.Slot.SHORT_TEXT;
import static org.liens.storage.tck.BadInput.Slot.VERSION;
import static org.liens.storage.tck.BadInput.Slot.BIRTH_DATE;
import static org.liens.storage.tck.BadInput.Slot.COUNT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.RemoteChannel;
import org.liens.catalog.OfferCode;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.ErrorCode;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.staff.StaffRole;

/**
 * The catalogue of bad calls, casework side: every public command of the households, organisations, referrals,
 * accompaniments, caseload and staff services, each with one argument made invalid ({@link BadInput.Slot}).
 * The targets are the {@link Casebook}'s: a referral received, the MAPA waiting for its first appointment, the
 * active ARCS (not invoiced, so that its first appointment may move).
 */
final class BadCasework {
  private BadCasework() {}

  private static HouseholdProfile withParent(String given, String family) {
    return HouseholdProfile.builder().parent(new Parent(PersonName.of(given, family))).build();
  }

  private static PersonId anne(Casebook b) {
    return b.parents.profile().parents().get(0).id();
  }

  /** {@return the casework commands of the catalogue} */
  static List<BadCall.Command> commands() {
    List<BadCall.Command> all = new ArrayList<>();
    // households
    all.add(c("households.register: given name", NAME, (b, v) -> b.liens.households().register(COORDINATOR,
        withParent(text(v), "Martin"))));
    all.add(c("households.register: family name", NAME, (b, v) -> b.liens.households().register(COORDINATOR,
        withParent("Anne", text(v)))));
    all.add(c("households.register: child's birth date", BIRTH_DATE, (b, v) -> b.liens.households().register(
        COORDINATOR, b.others.profile().toBuilder().child(new Child(PersonName.of("Léo", "Nguyen"), date(v)))
            .build())));
    all.add(optional("households.register: territory", NAME, (b, v) -> b.liens.households().register(COORDINATOR,
        b.others.profile().toBuilder().territory(text(v)).build())));
    all.add(c("households.register: cared-for person's name", NAME, (b, v) -> b.liens.households().register(
        COORDINATOR, HouseholdProfile.builder().caregiver(new Caregiver(PersonName.of("Marie", "Dupont"), List.of(
            new CaredForPerson(PersonName.of(text(v), "Dupont"), Relationship.ELDER, Set.of())))).build())));
    all.add(c("households.register: actor's user id", NAME, (b, v) -> b.liens.households().register(
        Actor.of(text(v), Role.COORDINATOR), b.others.profile())));
    all.add(c("households.register: actor", REQUIRED, (b, v) -> b.liens.households().register((Actor) v,
        b.others.profile())));
    all.add(c("households.register: caller id", REQUIRED, (b, v) -> b.liens.households().register(COORDINATOR,
        (HouseholdId) v, b.others.profile())));
    all.add(c("households.update: id", ID, (b, v) -> b.liens.households().update(COORDINATOR,
        id(v, HouseholdId::of), 1, b.others.profile())));
    all.add(c("households.update: given name", NAME, (b, v) -> b.liens.households().update(COORDINATOR,
        b.others.id(), b.others.version(), withParent(text(v), "Nguyen"))));
    all.add(c("households.update: child's birth date", BIRTH_DATE, (b, v) -> b.liens.households().update(
        COORDINATOR, b.parents.id(), b.parents.version(), b.parents.profile().toBuilder()
            .child(new Child(PersonName.of("Léo", "Martin"), date(v))).build())));
    all.add(c("households.update: version", VERSION, (b, v) -> b.liens.households().update(COORDINATOR,
        b.others.id(), (Long) v, b.others.profile())));
    all.add(c("households.get: id", ID, (b, v) -> b.liens.households().get(COORDINATOR, id(v, HouseholdId::of))));
    // organisations
    all.add(c("organisations.register: name", NAME, (b, v) -> b.liens.organisations().register(COORDINATOR,
        text(v), OrganisationKind.CCAS)));
    all.add(c("organisations.register: kind", REQUIRED, (b, v) -> b.liens.organisations().register(COORDINATOR,
        "CCAS de Nîmes", (OrganisationKind) v)));
    all.add(c("organisations.register: SIREN", NAME, (b, v) -> b.liens.organisations().register(COORDINATOR,
        OrganisationDetails.named("CCAS de Nîmes").withSiren(text(v)), OrganisationKind.CCAS)));
    all.add(c("organisations.register: address line", NAME, (b, v) -> b.liens.organisations().register(
        COORDINATOR, OrganisationDetails.named("CCAS de Nîmes").withAddress(PostalAddress.of(text(v), "30000", "Nîmes")), OrganisationKind.CCAS)));
    all.add(c("organisations.register: postal code", NAME, (b, v) -> b.liens.organisations().register(
        COORDINATOR, OrganisationDetails.named("CCAS de Nîmes").withAddress(PostalAddress.of("1 rue Haute", text(v), "Nîmes")), OrganisationKind.CCAS)));
    all.add(c("organisations.register: city", NAME, (b, v) -> b.liens.organisations().register(
        COORDINATOR, OrganisationDetails.named("CCAS de Nîmes").withAddress(PostalAddress.of("1 rue Haute", "30000", text(v))), OrganisationKind.CCAS)));
    all.add(c("organisations.update: id", ID, (b, v) -> b.liens.organisations().update(COORDINATOR,
        id(v, OrganisationId::of), 1, OrganisationDetails.named("CCAS de Nîmes"))));
    all.add(c("organisations.update: name", NAME, (b, v) -> b.liens.organisations().update(COORDINATOR,
        b.caf.id(), b.caf.version(), b.caf.details().withName(text(v)))));
    all.add(c("organisations.update: version", VERSION, (b, v) -> b.liens.organisations().update(COORDINATOR,
        b.caf.id(), (Long) v, b.caf.details())));
    all.add(c("organisations.get: id", ID, (b, v) -> b.liens.organisations().get(COORDINATOR,
        id(v, OrganisationId::of))));
    all.add(c("organisations.all: actor", REQUIRED, (b, v) -> b.liens.organisations().all((Actor) v)));
    // referrals
    all.add(c("referrals.receive: household", ID, (b, v) -> b.liens.referrals()
        .receive(COORDINATOR, ReferralRequest.of(id(v, HouseholdId::of), OfferCode.MIP,
            ReferralSource.familyRequest(), b.caf.id(), BadInput.TODAY, ReferralReason.CRISIS))));
    all.add(c("referrals.receive: funder", ID, (b, v) -> b.liens.referrals()
        .receive(COORDINATOR, ReferralRequest.of(b.others.id(), OfferCode.MIP, ReferralSource.familyRequest(),
            id(v, OrganisationId::of), BadInput.TODAY, ReferralReason.CRISIS))));
    all.add(c("referrals.receive: received on", DATE, (b, v) -> b.liens.referrals().receive(COORDINATOR,
        ReferralRequest.of(b.others.id(), OfferCode.MIP, ReferralSource.familyRequest(), b.caf.id(), date(v),
            ReferralReason.CRISIS))));
    all.add(c("referrals.receive: field worker's name", NAME, (b, v) -> b.liens.referrals().receive(COORDINATOR,
        ReferralRequest.of(b.others.id(), OfferCode.MIP, ReferralSource.fieldWorker(b.ccas.id(),
            PersonName.of(text(v), "Roux")), b.caf.id(), BadInput.TODAY, ReferralReason.CRISIS))));
    all.add(c("referrals.recordConsent: id", ID, (b, v) -> b.liens.referrals().recordConsent(COORDINATOR,
        id(v, ReferralId::of), Consent.of(BadInput.TODAY, anne(b)))));
    all.add(c("referrals.recordConsent: given on", DATE, (b, v) -> b.liens.referrals().recordConsent(COORDINATOR,
        b.received.id(), Consent.of(date(v), b.others.profile().parents().get(0).id()))));
    all.add(c("referrals.assess: id", ID, (b, v) -> b.liens.referrals().assess(COORDINATOR,
        id(v, ReferralId::of), new NeedsAssessment(BadInput.TODAY, "Besoins évalués."))));
    all.add(c("referrals.assess: assessed on", DATE, (b, v) -> b.liens.referrals().assess(COORDINATOR,
        b.received.id(), new NeedsAssessment(date(v), "Besoins évalués."))));
    all.add(c("referrals.assess: summary", LONG_TEXT, (b, v) -> b.liens.referrals().assess(COORDINATOR,
        b.received.id(), new NeedsAssessment(BadInput.TODAY, text(v)))));
    all.add(c("referrals.reject: id", ID, (b, v) -> b.liens.referrals().reject(COORDINATOR, id(v, ReferralId::of),
        "Hors territoire")));
    all.add(c("referrals.reject: reason", LONG_TEXT, (b, v) -> b.liens.referrals().reject(COORDINATOR,
        b.received.id(), text(v))));
    all.add(c("referrals.eligibility: id", ID, (b, v) -> b.liens.referrals().eligibility(COORDINATOR,
        id(v, ReferralId::of))));
    all.add(c("referrals.validate: id", ID, (b, v) -> b.liens.referrals().validate(COORDINATOR,
        id(v, ReferralId::of), List.of(b.educators.get(0)))));
    all.add(c("referrals.validate: team member", ID, ErrorCode.UNKNOWN_STAFF, (b, v) -> b.liens.referrals()
        .validate(COORDINATOR, b.assessed.id(), java.util.Arrays.asList(id(v, StaffId::of)))));
    all.add(c("referrals.get: id", ID, (b, v) -> b.liens.referrals().get(COORDINATOR, id(v, ReferralId::of))));
    // accompaniments
    all.add(c("accompaniments.start: id", ID, (b, v) -> b.liens.accompaniments().start(COORDINATOR,
        id(v, AccompanimentId::of), BadInput.TODAY)));
    all.add(c("accompaniments.start: first appointment", DATE, (b, v) -> b.liens.accompaniments().start(
        COORDINATOR, b.mapaValidated.id(), date(v))));
    all.add(c("accompaniments.start: first appointment", EARLY_DATE, ErrorCode.FIRST_APPOINTMENT_BEFORE_REFERRAL,
        (b, v) -> b.liens.accompaniments().start(COORDINATOR, b.mapaValidated.id(), date(v))));
    all.add(c("accompaniments.moveFirstAppointment: new date", DATE, (b, v) -> b.liens.accompaniments()
        .moveFirstAppointment(COORDINATOR, b.arcsActive.id(), date(v))));
    all.add(c("accompaniments.changeTeam: member", ID, ErrorCode.UNKNOWN_STAFF, (b, v) -> b.liens.accompaniments()
        .changeTeam(COORDINATOR, b.arcsActive.id(), java.util.Arrays.asList(id(v, StaffId::of)))));
    all.add(c("accompaniments.recordHomeVisit: date", DATE, (b, v) -> b.liens.accompaniments().recordHomeVisit(
        COORDINATOR, b.arcsActive.id(), date(v), b.arcsActive.team().get(0))));
    all.add(c("accompaniments.recordHomeVisit: date", EARLY_DATE, ErrorCode.CONTACT_OUTSIDE_PERIOD, (b, v) ->
        b.liens.accompaniments().recordHomeVisit(COORDINATOR, b.arcsActive.id(), date(v), b.arcsActive.team().get(0))));
    all.add(c("accompaniments.recordHomeVisit: educator", ID, ErrorCode.EDUCATOR_NOT_IN_TEAM, (b, v) -> b.liens
        .accompaniments().recordHomeVisit(COORDINATOR, b.arcsActive.id(), BadInput.TODAY, id(v, StaffId::of))));
    all.add(c("accompaniments.recordHomeVisit: id", ID, (b, v) -> b.liens.accompaniments().recordHomeVisit(
        COORDINATOR, id(v, AccompanimentId::of), BadInput.TODAY, b.educators.get(0))));
    all.add(c("accompaniments.recordHomeVisit (caller id): date", DATE, (b, v) -> b.liens.accompaniments()
        .recordHomeVisit(COORDINATOR, b.arcsActive.id(), ContactId.of(new java.util.UUID(0xBAD, 2)), date(v),
            b.arcsActive.team().get(0))));
    all.add(c("accompaniments.recordRemoteContact: date", DATE, (b, v) -> b.liens.accompaniments()
        .recordRemoteContact(COORDINATOR, b.arcsActive.id(), date(v), b.arcsActive.team().get(0), RemoteChannel.SMS)));
    all.add(c("accompaniments.recordRemoteContact: channel", REQUIRED, (b, v) -> b.liens.accompaniments()
        .recordRemoteContact(COORDINATOR, b.arcsActive.id(), BadInput.TODAY, b.arcsActive.team().get(0),
            (RemoteChannel) v)));
    all.add(c("accompaniments.recordRemoteContact (caller id): contact id", REQUIRED, (b, v) -> b.liens
        .accompaniments().recordRemoteContact(COORDINATOR, b.arcsActive.id(), (ContactId) v, BadInput.TODAY,
            b.arcsActive.team().get(0), RemoteChannel.PHONE)));
    all.add(c("accompaniments.recordWorkshopSession: minutes", COUNT, (b, v) -> b.liens.accompaniments()
        .recordWorkshopSession(COORDINATOR, b.arcsActive.id(), BadInput.TODAY, b.arcsActive.team().get(0),
            Duration.ofMinutes(count(v)))));
    all.add(c("accompaniments.writeSupportPlan: action", LONG_TEXT, (b, v) -> b.liens.accompaniments()
        .writeSupportPlan(COORDINATOR, b.arcsActive.id(), new SupportPlan(BadInput.TODAY,
            List.of(holder(b)), Collections.singletonList(text(v))))));
    all.add(c("accompaniments.writeSupportPlan: written on", DATE, (b, v) -> b.liens.accompaniments()
        .writeSupportPlan(COORDINATOR, b.arcsActive.id(), new SupportPlan(date(v), List.of(holder(b)),
            List.of("Lire le soir")))));
    all.add(c("accompaniments.writeSupportPlan: holder", ID, ErrorCode.INVALID_DOCUMENT_HOLDER, (b, v) -> b.liens
        .accompaniments().writeSupportPlan(COORDINATOR, b.arcsActive.id(), new SupportPlan(
            BadInput.TODAY, java.util.Arrays.asList(id(v, PersonId::of)), List.of("Lire le soir")))));
    all.add(c("accompaniments.drawEmtMap: stake", SHORT_TEXT, (b, v) -> b.liens.accompaniments().drawEmtMap(
        COORDINATOR, b.arcsActive.id(), new EmtMap(BadInput.TODAY, Collections.singletonList(text(v)), List.of("M"),
            List.of("T")))));
    all.add(c("accompaniments.drawEmtMap: drawn on", DATE, (b, v) -> b.liens.accompaniments().drawEmtMap(
        COORDINATOR, b.arcsActive.id(), new EmtMap(date(v), List.of("E"), List.of("M"), List.of("T")))));
    all.add(c("accompaniments.writeActionReport: conclusions", LONG_TEXT, (b, v) -> b.liens.accompaniments()
        .writeActionReport(COORDINATOR, b.arcsActive.id(), BadInput.TODAY, text(v))));
    all.add(c("accompaniments.writeActionReport: written on", DATE, (b, v) -> b.liens.accompaniments()
        .writeActionReport(COORDINATOR, b.arcsActive.id(), date(v), "Objectifs atteints.")));
    all.add(c("accompaniments.revokeSharingConsent: on", DATE, (b, v) -> b.liens.accompaniments()
        .revokeSharingConsent(COORDINATOR, b.arcsActive.id(), date(v), List.of(holder(b)))));
    all.add(c("accompaniments.revokeSharingConsent: by", ID, ErrorCode.INVALID_CONSENT, (b, v) -> b.liens
        .accompaniments().revokeSharingConsent(COORDINATOR, b.arcsActive.id(), BadInput.TODAY,
            java.util.Arrays.asList(id(v, PersonId::of)))));
    all.add(c("accompaniments.giveSharingConsent: on", DATE, (b, v) -> b.liens.accompaniments()
        .giveSharingConsent(COORDINATOR, b.arcsActive.id(), date(v), List.of(holder(b)))));
    all.add(c("accompaniments.close: closed on", DATE, (b, v) -> b.liens.accompaniments().close(COORDINATOR,
        b.arcsActive.id(), date(v))));
    all.add(c("accompaniments.close: id", ID, (b, v) -> b.liens.accompaniments().close(COORDINATOR,
        id(v, AccompanimentId::of), BadInput.TODAY)));
    all.add(c("accompaniments.cancel: reason", LONG_TEXT, (b, v) -> b.liens.accompaniments().cancel(COORDINATOR,
        b.mapaValidated.id(), text(v), BadInput.TODAY)));
    all.add(c("accompaniments.cancel: cancelled on", DATE, (b, v) -> b.liens.accompaniments().cancel(COORDINATOR,
        b.mapaValidated.id(), "Déménagement", date(v))));
    all.add(c("accompaniments.progress: date", DATE, (b, v) -> b.liens.accompaniments().progress(COORDINATOR,
        b.arcsActive.id(), date(v))));
    all.add(c("accompaniments.get: id", ID, (b, v) -> b.liens.accompaniments().get(COORDINATOR,
        id(v, AccompanimentId::of))));
    all.add(c("accompaniments.prescriberView: id", ID, (b, v) -> b.liens.accompaniments().prescriberView(
        COORDINATOR, id(v, AccompanimentId::of))));
    // caseload
    all.add(c("caseload.all: actor", REQUIRED, (b, v) -> b.liens.caseload().all((Actor) v)));
    all.add(c("caseload.ofPrescriber: prescriber", REQUIRED, (b, v) -> b.liens.caseload().ofPrescriber(
        COORDINATOR, (OrganisationId) v)));
    all.add(c("caseload.ofEducator: educator", REQUIRED, (b, v) -> b.liens.caseload().ofEducator(COORDINATOR,
        (StaffId) v)));
    all.add(c("caseload.ofFunder: funder", REQUIRED, (b, v) -> b.liens.caseload().ofFunder(COORDINATOR,
        (OrganisationId) v)));
    all.add(c("caseload.endingWithin: days", COUNT, (b, v) -> b.liens.caseload().endingWithin(COORDINATOR,
        count(v) == 0 ? -1 : count(v))));
    // staff
    all.add(c("staff.register: organisation", ID, ErrorCode.DANGLING_REFERENCE, (b, v) -> b.liens.staff().register(
        COORDINATOR, id(v, OrganisationId::of), Set.of(StaffRole.EDUCATOR), BadInput.TODAY)));
    all.add(c("staff.register: active from", DATE, (b, v) -> b.liens.staff().register(COORDINATOR,
        b.ccas.id(), Set.of(StaffRole.EDUCATOR), date(v))));
    all.add(c("staff.register: active to", DATE, (b, v) -> b.liens.staff().register(COORDINATOR,
        StaffId.of(new java.util.UUID(0xBAD, 3)), b.ccas.id(), Set.of(StaffRole.EDUCATOR), BadInput.TODAY,
        date(v))));
    all.add(c("staff.changeRoles: id", ID, (b, v) -> b.liens.staff().changeRoles(COORDINATOR,
        id(v, StaffId::of), 1, Set.of(StaffRole.EDUCATOR))));
    all.add(c("staff.changeRoles: roles", REQUIRED, (b, v) -> b.liens.staff().changeRoles(COORDINATOR,
        b.educators.get(0), 1, (Set<StaffRole>) v)));
    all.add(c("staff.changeRoles: version", VERSION, (b, v) -> b.liens.staff().changeRoles(COORDINATOR,
        b.educators.get(0), (Long) v, Set.of(StaffRole.EDUCATOR))));
    all.add(c("staff.endActivity: version", VERSION, (b, v) -> b.liens.staff().endActivity(COORDINATOR,
        b.educators.get(0), (Long) v, BadInput.TODAY)));
    all.add(c("staff.changeActivity: active from", DATE, (b, v) -> b.liens.staff().changeActivity(COORDINATOR,
        b.educators.get(0), 1, date(v))));
    all.add(c("staff.endActivity: last day", DATE, (b, v) -> b.liens.staff().endActivity(COORDINATOR,
        b.educators.get(0), 1, date(v))));
    all.add(c("staff.get: id", ID, (b, v) -> b.liens.staff().get(COORDINATOR, id(v, StaffId::of))));
    all.add(c("staff.ofOrganisation: organisation", REQUIRED, (b, v) -> b.liens.staff().ofOrganisation(
        COORDINATOR, (OrganisationId) v)));
    all.add(c("staff.resolve: actor", REQUIRED, (b, v) -> b.liens.staff().resolve((Actor) v)));
    all.add(c("staff.resolve: day", DATE, (b, v) -> b.liens.staff().resolve(
        Actor.staff("educator-1", Role.EDUCATOR, b.educators.get(0)), date(v))));
    return all;
  }

  /** The single parent, whose consent opened the ARCS. */
  private static PersonId holder(Casebook b) {
    return b.singleParent.profile().parents().get(0).id();
  }
}
