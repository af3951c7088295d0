package org.liens.examples.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liens.Liens;
import org.liens.access.AccessPolicy;
import org.liens.access.Actor;
import org.liens.access.Operation;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactStatus;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.Progress;
import org.liens.accompaniment.RemoteChannel;
import org.liens.audit.AuditEntry;
import org.liens.eligibility.EligibilityRule;
import org.liens.eligibility.RuleOutcome;
import org.liens.household.Child;
import org.liens.household.Household;
import org.liens.household.HouseholdId;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.SchoolGrade;
import org.liens.json.LiensJson;
import org.liens.micrometer.LiensMetrics;
import org.liens.referral.Referral;
import org.liens.shared.PersonName;
import org.liens.staff.StaffId;
import org.liens.storage.Storage;

/**
 * The README's fragments about the model, each inside the method that gives it its names: the build compiles this
 * file and {@code DocSamplesTest} checks that the README shows each fragment verbatim; {@code ModelSamplesTest}
 * runs them.
 */
final class ModelSamples {
  private ModelSamples() {}

  static Liens eligibilityRule(Storage storage) {
    EligibilityRule territory = EligibilityRule.of("host.territory", ctx ->
        ctx.household().territory().filter(List.of("30189", "30334")::contains)
            .map(t -> RuleOutcome.passed("host.territory", "Commune couverte.", "Covered commune."))
            .orElse(RuleOutcome.failed("host.territory", "Commune hors territoire.", "Commune outside the territory.")));
    Liens liens = Liens.builder().storage(storage).eligibilityRule(territory).build();
    return liens;
  }

  static Household addAChild(Liens liens, Actor coordinator, HouseholdId householdId, LocalDate birth) {
    Household stored = liens.households().get(coordinator, householdId);
    liens.households().update(coordinator, stored.id(), stored.version(),
        stored.profile().toBuilder().child(Child.of(PersonName.of("Inès", "Martin"), birth, SchoolGrade.CP)).build());
    return liens.households().get(coordinator, householdId);
  }

  static boolean sharingConsent(Liens liens, Actor coordinator, Accompaniment accompaniment, Parent anne,
      LocalDate today, LocalDate later) {
    // the mother withdraws the sharing: the prescriber's caseload no longer lists the accompaniment, from this call on
    liens.accompaniments().revokeSharingConsent(coordinator, accompaniment.id(), today, List.of(anne.id()));
    // and gives it again later: it is back; the history keeps both entries
    liens.accompaniments().giveSharingConsent(coordinator, accompaniment.id(), later, List.of(anne.id()));
    accompaniment.sharesProgressWithPrescriber();   // has a prescriber and the sharing consent is in force
    return liens.accompaniments().get(coordinator, accompaniment.id()).sharesProgressWithPrescriber();
  }

  static Progress contactStatuses(Liens liens, Actor coordinator, Accompaniment mip, StaffId lea, LocalDate today) {
    ContactId next = ContactId.of(UUID.randomUUID());
    // an appointment made for next week: planned, it counts for nothing yet
    liens.accompaniments().recordContact(coordinator, mip.id(),
        new HomeVisit(next, today.plusDays(7), lea, ContactStatus.PLANNED));
    // a week later the family is not there: missed, counted apart, listed in the action report
    liens.accompaniments().settleContact(coordinator, mip.id(), next, ContactStatus.MISSED_FAMILY_ABSENT);
    // a phone call held today counts toward the remote-contact target
    liens.accompaniments().recordRemoteContact(coordinator, mip.id(), today, lea, RemoteChannel.PHONE);
    return liens.accompaniments().progress(coordinator, mip.id(), today.plusDays(7)).orElseThrow();
  }

  static Referral json(Referral referral) throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // found through META-INF/services
    ObjectMapper same = new ObjectMapper().registerModule(LiensJson.module());
    String json = LiensJson.write(referral);                            // or LiensJson's ready-made mapper
    Referral back = LiensJson.read(json, Referral.class);
    return mapper.readValue(same.writeValueAsString(back), Referral.class);
  }

  static Liens accessPolicy(Storage storage) {
    AccessPolicy policy = AccessPolicy.standard()
        .without(Role.EDUCATOR, Operation.HOUSEHOLD_READ)        // educators read accompaniments, not household records
        .restrictedBy(Role.EDUCATOR, Operation.ACCOMPANIMENT_READ,
            (actor, target) -> target.teams().size() == 1);       // and only those they follow alone
    Liens liens = Liens.builder().storage(storage).accessPolicy(policy).build();
    return liens;
  }

  static List<List<AuditEntry>> audit(Liens liens, Actor coordinator, HouseholdId householdId, PersonId personId,
      Instant from, Instant to) {
    List<AuditEntry> aboutTheFamily = liens.audit().ofHousehold(coordinator, householdId, from, to);
    List<AuditEntry> aboutTheChild  = liens.audit().ofPerson(coordinator, personId, from, to);
    List<AuditEntry> whatTheyDid    = liens.audit().ofActor(coordinator, "u-4821", from, to);
    return List.of(aboutTheFamily, aboutTheChild, whatTheyDid);
  }

  static Liens metrics(Storage storage, MeterRegistry meterRegistry) {
    Liens liens = Liens.builder().storage(storage).observer(new LiensMetrics(meterRegistry)).build();
    return liens;
  }
}
