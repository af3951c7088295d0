package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.AccompanimentCancelled;
import org.liens.accompaniment.AccompanimentClosed;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentOpened;
import org.liens.accompaniment.AccompanimentStarted;
import org.liens.accompaniment.AccompanimentSucceeded;
import org.liens.accompaniment.ActionReportWritten;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ContactRecorded;
import org.liens.accompaniment.EducatorId;
import org.liens.accompaniment.EmtMapDrawn;
import org.liens.accompaniment.FirstAppointmentMoved;
import org.liens.accompaniment.PlannedVisit;
import org.liens.accompaniment.SupportPlanWritten;
import org.liens.accompaniment.TeamChanged;
import org.liens.agreement.AgreementId;
import org.liens.catalog.ContactTargets;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.catalog.OfferDuration;
import org.liens.catalog.ReferralChannel;
import org.liens.catalog.TargetRange;
import org.liens.document.ActionReport;
import org.liens.document.ContactSummary;
import org.liens.document.EmtMap;
import org.liens.document.SupportPlan;
import org.liens.event.DomainEvent;
import org.liens.event.EventPayload;
import org.liens.household.CaredForPerson;
import org.liens.household.Caregiver;
import org.liens.household.Child;
import org.liens.household.Condition;
import org.liens.household.EmploymentSituation;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.HouseholdRegistered;
import org.liens.household.HouseholdUpdated;
import org.liens.household.Parent;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.ConsentRecorded;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.ReferralAssessed;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralReceived;
import org.liens.referral.ReferralRejected;
import org.liens.referral.ReferralValidated;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.PersonName;

class LiensJsonTest {
  private static final LocalDate DAY = LocalDate.of(2023, 8, 31);
  private static final AccompanimentId ACC = AccompanimentId.of(UUID.randomUUID());
  private static final ReferralId REF = ReferralId.of(UUID.randomUUID());
  private static final HouseholdId HH = HouseholdId.of(UUID.randomUUID());
  private static final EducatorId EDU = EducatorId.of(UUID.randomUUID());
  private static final OrganisationId ORG = OrganisationId.of(UUID.randomUUID());
  private static final PersonName ANNE = PersonName.of("Anne-Élise", "O'Brien \"🙂\"");

  /** One instance of every event payload of core. */
  static Stream<EventPayload> payloads() {
    return Stream.of(
        new HouseholdRegistered(HH),
        new HouseholdUpdated(HH),
        new Organisation.OrganisationRegistered(ORG, OrganisationKind.CAF),
        new ReferralReceived(REF, HH, OfferCode.MIP, ReferralChannel.PARTNER_FIELD_WORKER, DAY),
        new ConsentRecorded(REF, DAY),
        new ReferralAssessed(REF, DAY),
        new ReferralValidated(REF, ACC, DAY),
        new ReferralRejected(REF, DAY),
        new AccompanimentOpened(ACC, HH, REF, OfferCode.MADI, DAY, Optional.of(AccompanimentId.of(UUID.randomUUID()))),
        new AccompanimentOpened(ACC, HH, REF, OfferCode.of("HOST-1"), DAY, Optional.empty()),
        new AccompanimentStarted(ACC, DAY, Optional.of(DAY.plusMonths(6).minusDays(1))),
        new AccompanimentStarted(ACC, DAY, Optional.empty()),
        new FirstAppointmentMoved(ACC, DAY, DAY.plusDays(3), Optional.of(DAY.plusMonths(6))),
        new TeamChanged(ACC, List.of(EDU, EducatorId.of(UUID.randomUUID()))),
        new ContactRecorded(ACC, ContactId.of(UUID.randomUUID()), ContactKind.WORKSHOP_SESSION, DAY, EDU),
        new SupportPlanWritten(ACC, DAY),
        new EmtMapDrawn(ACC, DAY),
        new ActionReportWritten(ACC, DAY, 6, 4, 0),
        new AccompanimentClosed(ACC, DAY, true),
        new AccompanimentCancelled(ACC, DAY),
        new AccompanimentSucceeded(ACC, AccompanimentId.of(UUID.randomUUID()), DAY));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void everyEventPayloadRoundTripsInsideItsEnvelope(EventPayload payload) {
    DomainEvent event = new DomainEvent(UUID.randomUUID(), Instant.parse("2023-09-01T10:00:00.123456789Z"),
        Actor.of("u-1", Role.COORDINATOR, ORG), "Accompaniment", UUID.randomUUID(), payload);

    String json = LiensJson.writeEvent(event);

    assertThat(LiensJson.readEvent(json)).isEqualTo(event);
    assertThat(json).contains("\"type\":\"" + payload.type() + "\"");
  }

  @Test
  void theEventCodecListsEveryPayloadRecordOfCore() {
    Set<String> declared = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.liens")
        .stream()
        .filter(c -> c.isAssignableTo(EventPayload.class) && !c.isInterface())
        .map(JavaClass::getName)
        .collect(Collectors.toSet());
    Set<String> covered = payloads().map(p -> p.getClass().getName()).collect(Collectors.toSet());

    assertThat(LiensJson.payloadTypes().values()).extracting(Class::getName)
        .containsExactlyInAnyOrderElementsOf(declared);
    assertThat(covered).containsExactlyInAnyOrderElementsOf(declared);
    LiensJson.payloadTypes().forEach((name, type) -> assertThat(type.getSimpleName()).isEqualTo(name));
  }

  @Test
  void aHouseholdProfileWithEveryKindOfPersonRoundTrips() {
    HouseholdProfile profile = new HouseholdProfile(
        List.of(new Parent(ANNE), Parent.named("Paul", "Durand")),
        false,
        List.of(Child.of(PersonName.of("Léa", "Durand"), LocalDate.of(2015, 2, 28), SchoolGrade.CE2),
            new Child(PersonName.of("Noé", "Durand"), LocalDate.of(2022, 1, 1), Optional.empty())),
        List.of(new Caregiver(ANNE, List.of(
            new CaredForPerson(PersonName.of("Jean", "Durand"), Relationship.ELDER,
                Set.of(Condition.DISABILITY, Condition.RARE_ILLNESS)),
            new CaredForPerson(PersonName.of("Zoé", "Durand"), Relationship.SIBLING, Set.of())))),
        EmploymentSituation.SELF_EMPLOYED,
        true,
        Optional.of("30189"));

    assertThat(roundTrip(profile, HouseholdProfile.class)).isEqualTo(profile);
    HouseholdProfile minimal = HouseholdProfile.builder().parent(new Parent(ANNE)).singleParent(true).build();
    assertThat(roundTrip(minimal, HouseholdProfile.class)).isEqualTo(minimal);
  }

  @Test
  void documentsRoundTrip() {
    SupportPlan plan = new SupportPlan(List.of(ANNE), DAY, List.of("'; DROP TABLE liens_household; --", "x".repeat(10_000)));
    EmtMap map = new EmtMap(DAY, List.of("enjeu"), List.of("mission 1", "mission 2"), List.of("travail ✓"));
    ActionReport withTargets = new ActionReport(DAY, List.of(ANNE, PersonName.of("Paul", "Durand")), List.of(ORG),
        new ContactSummary(6, 4, 0, Optional.of(ContactTargets.of(TargetRange.of(6, 7), TargetRange.of(4, 5)))),
        "conclusions\nsur deux lignes");
    ActionReport withoutTargets = new ActionReport(DAY, List.of(ANNE), List.of(),
        new ContactSummary(0, 0, 12, Optional.empty()), "ARCS");

    assertThat(roundTrip(plan, SupportPlan.class)).isEqualTo(plan);
    assertThat(roundTrip(map, EmtMap.class)).isEqualTo(map);
    assertThat(roundTrip(withTargets, ActionReport.class)).isEqualTo(withTargets);
    assertThat(roundTrip(withoutTargets, ActionReport.class)).isEqualTo(withoutTargets);
  }

  @Test
  void referralAndOrganisationValuesRoundTrip() {
    Consent consent = new Consent(List.of(ANNE, PersonName.of("Paul", "Durand")), DAY);
    NeedsAssessment assessment = new NeedsAssessment(DAY, "besoins: « soutien » 👪");
    PostalAddress address = new PostalAddress(List.of("1 rue de la Paix", "Bât. B"), "30000", "Nîmes");

    assertThat(roundTrip(consent, Consent.class)).isEqualTo(consent);
    assertThat(roundTrip(assessment, NeedsAssessment.class)).isEqualTo(assessment);
    assertThat(roundTrip(address, PostalAddress.class)).isEqualTo(address);
    assertThat(roundTrip(ANNE, PersonName.class)).isEqualTo(ANNE);
    Set<ReferralReason> reasons = Set.of(ReferralReason.CRISIS, ReferralReason.OTHER);
    assertThat(LiensJson.readSet(LiensJson.write(reasons), ReferralReason.class)).isEqualTo(reasons);
  }

  @Test
  void plannedVisitsKeepTheirOrder() {
    List<PlannedVisit> visits = List.of(new PlannedVisit(DAY, Optional.of(ContactId.of(UUID.randomUUID()))),
        PlannedVisit.on(DAY.plusDays(30)), PlannedVisit.on(DAY.plusDays(1)));

    assertThat(LiensJson.readList(LiensJson.write(visits), PlannedVisit.class)).containsExactlyElementsOf(visits);
    assertThat(LiensJson.readList("[]", PlannedVisit.class)).isEmpty();
  }

  @Test
  void everyOfferOfTheCatalogueRoundTripsAsASnapshot() {
    for (Offer offer : CatalogJson.standard2023().offers()) {
      assertThat(LiensJson.readOffer(LiensJson.writeOffer(offer))).isEqualTo(offer);
      assertThat(roundTrip(offer, Offer.class)).isEqualTo(offer);
      assertThat(roundTrip(offer.duration(), OfferDuration.class)).isEqualTo(offer.duration());
    }
  }

  @Test
  void idsCodesAndDurationsAreWrittenAsPlainStrings() {
    UUID uuid = UUID.fromString("0b0e6a58-4e43-4b55-9c86-6a2a5e0f1c2d");

    assertThat(LiensJson.write(HouseholdId.of(uuid))).isEqualTo("\"" + uuid + "\"");
    assertThat(LiensJson.write(AgreementId.of(uuid))).isEqualTo("\"" + uuid + "\"");
    assertThat(LiensJson.write(OfferCode.MAPA)).isEqualTo("\"MAPA\"");
    assertThat(LiensJson.write(DAY)).isEqualTo("\"2023-08-31\"");
    assertThat(LiensJson.write(Duration.ofMinutes(90))).isEqualTo("\"PT1H30M\"");
    assertThat(LiensJson.write(OfferDuration.months(6))).isEqualTo("{\"months\":6}");
    assertThat(LiensJson.write(OfferDuration.perSession())).isEqualTo("\"per-session\"");
    assertThat(LiensJson.read("\"" + uuid + "\"", ContactId.class)).isEqualTo(ContactId.of(uuid));
    assertThat(LiensJson.read("\"PT1H30M\"", Duration.class)).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void malformedJsonFailsWithATypedErrorThatDoesNotRepeatTheText() {
    assertThatThrownBy(() -> LiensJson.read("{\"given\": \"Secret\"}", PersonName.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> LiensJson.read("{\"drawnOn\": \"not a date Secret\"}", EmtMap.class))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(ErrorCode.INVALID_VALUE))
        .hasMessageContaining("drawnOn")
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> LiensJson.read("{not json Secret", SupportPlan.class))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("Secret");
    assertThatThrownBy(() -> LiensJson.read("\"not-a-uuid\"", HouseholdId.class))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> LiensJson.readEvent("{\"payload\": {\"type\": \"Unknown\"}}"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theMapperIsACopy() {
    LiensJson.mapper().disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS);
    assertThat(LiensJson.write(DAY)).isEqualTo("\"2023-08-31\"");
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    return LiensJson.read(LiensJson.write(value), type);
  }
}
