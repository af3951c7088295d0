package org.liens.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
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
import org.liens.accompaniment.AccompanimentReopened;
import org.liens.accompaniment.ReopenReason;
import org.liens.accompaniment.AccompanimentClosed;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.AccompanimentOpened;
import org.liens.accompaniment.AccompanimentStarted;
import org.liens.accompaniment.AccompanimentSucceeded;
import org.liens.accompaniment.ActionReportWritten;
import org.liens.accompaniment.ConsentGiven;
import org.liens.accompaniment.ConsentRevoked;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.ContactKind;
import org.liens.accompaniment.ContactRecorded;
import org.liens.accompaniment.ContactPlanned;
import org.liens.accompaniment.ContactNotHeld;
import org.liens.accompaniment.ContactStatus;
import org.liens.document.MissedContact;
import org.liens.staff.StaffActivityChanged;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMemberRegistered;
import org.liens.staff.StaffRole;
import org.liens.staff.StaffRolesChanged;
import org.liens.accompaniment.EmtMapDrawn;
import org.liens.accompaniment.FirstAppointmentMoved;
import org.liens.accompaniment.PlannedVisit;
import org.liens.accompaniment.SupportPlanWritten;
import org.liens.accompaniment.TariffFrozen;
import org.liens.accompaniment.TeamChanged;
import org.liens.agreement.AgreementCharge;
import org.liens.agreement.AgreementCharged;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLine;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreementConcluded;
import org.liens.agreement.Place;
import org.liens.agreement.PlaceReleased;
import org.liens.agreement.PlaceTaken;
import org.liens.agreement.PlaceWaitlisted;
import org.liens.agreement.WaitlistEntry;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNoteId;
import org.liens.billing.CreditNoteIssued;
import org.liens.billing.InvoiceDiscarded;
import org.liens.billing.InvoiceDrafted;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceIssued;
import org.liens.billing.InvoiceLine;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.LineKind;
import org.liens.billing.Party;
import org.liens.billing.Seller;
import org.liens.billing.VatTotal;
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
import org.liens.household.HouseholdAnonymised;
import org.liens.household.HouseholdId;
import org.liens.household.HouseholdProfile;
import org.liens.household.HouseholdRegistered;
import org.liens.household.HouseholdUpdated;
import org.liens.household.Parent;
import org.liens.household.PersonId;
import org.liens.household.Relationship;
import org.liens.household.SchoolGrade;
import org.liens.organisation.OrganisationRegistered;
import org.liens.organisation.OrganisationUpdated;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.organisation.PostalAddress;
import org.liens.pricing.GroupModel;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.referral.Consent;
import org.liens.referral.ConsentAct;
import org.liens.referral.ConsentEntry;
import org.liens.referral.ConsentHistory;
import org.liens.referral.ConsentPurpose;
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
import org.liens.shared.LiensException;
import org.liens.shared.PersonName;
import org.liens.workshop.GroupSession;
import org.liens.workshop.GroupSessionHeld;
import org.liens.workshop.GroupSessionNotHeld;
import org.liens.workshop.Participant;
import org.liens.workshop.ParticipantEnrolled;
import org.liens.workshop.QuoteAccepted;
import org.liens.workshop.QuoteDeclined;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteProposed;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeriesId;
import org.liens.workshop.WorkshopSeriesOpened;

class LiensJsonTest {
  private static final LocalDate DAY = LocalDate.of(2023, 8, 31);
  private static final AccompanimentId ACC = AccompanimentId.of(UUID.randomUUID());
  private static final ReferralId REF = ReferralId.of(UUID.randomUUID());
  private static final HouseholdId HH = HouseholdId.of(UUID.randomUUID());
  private static final StaffId EDU = StaffId.of(UUID.randomUUID());
  private static final OrganisationId ORG = OrganisationId.of(UUID.randomUUID());
  private static final PersonName ANNE = PersonName.of("Anne-Élise", "O'Brien \"🙂\"");
  private static final AgreementId AGR = AgreementId.of(UUID.randomUUID());
  private static final QuoteId QUOTE = QuoteId.of(UUID.randomUUID());
  private static final WorkshopSeriesId SERIES = WorkshopSeriesId.of(UUID.randomUUID());
  private static final InvoiceId INV = InvoiceId.of(UUID.randomUUID());
  private static final InvoiceNumber NUMBER = InvoiceNumber.parse("F-2023-00042");
  private static final VatRegime TAXED = VatRegime.taxed(VatRate.REDUCED_5_5);
  private static final VatRegime EXEMPT_WITH_MENTION = VatRegime.exempt("Exonération « art. 261 » ✓ \"quoted\" '; --");

  /** One instance of every event payload of core. */
  static Stream<EventPayload> payloads() {
    return Stream.of(
        new HouseholdRegistered(HH),
        new HouseholdUpdated(HH),
        new HouseholdAnonymised(HH, LocalDate.of(2026, 3, 14), true, 2, 1),
        new OrganisationRegistered(ORG, OrganisationKind.CAF),
        new OrganisationUpdated(ORG),
        new ReferralReceived(REF, HH, OfferCode.MIP, ReferralChannel.PARTNER_FIELD_WORKER, DAY),
        new ConsentRecorded(REF, DAY),
        new ReferralAssessed(REF, DAY),
        new ReferralValidated(REF, ACC, DAY),
        new ReferralRejected(REF, DAY),
        new org.liens.referral.ReferralExpired(REF, org.liens.referral.ReferralExpiry.NOT_ASSESSED_IN_TIME, DAY, DAY.plusDays(1)),
        new AccompanimentOpened(ACC, HH, REF, OfferCode.MADI, DAY, Optional.of(AccompanimentId.of(UUID.randomUUID()))),
        new AccompanimentOpened(ACC, HH, REF, OfferCode.of("HOST-1"), DAY, Optional.empty()),
        new AccompanimentStarted(ACC, DAY, Optional.of(DAY.plusMonths(6).minusDays(1))),
        new AccompanimentStarted(ACC, DAY, Optional.empty()),
        new FirstAppointmentMoved(ACC, DAY, DAY.plusDays(3), Optional.of(DAY.plusMonths(6))),
        new TeamChanged(ACC, List.of(EDU, StaffId.of(UUID.randomUUID()))),
        new ContactRecorded(ACC, ContactId.of(UUID.randomUUID()), ContactKind.WORKSHOP_SESSION, DAY, EDU),
        new ContactPlanned(ACC, ContactId.of(UUID.randomUUID()), ContactKind.HOME_VISIT, DAY, EDU),
        new ContactNotHeld(ACC, ContactId.of(UUID.randomUUID()), ContactKind.REMOTE_CONTACT, DAY,
            ContactStatus.MISSED_FAMILY_ABSENT),
        new SupportPlanWritten(ACC, DAY),
        new EmtMapDrawn(ACC, DAY),
        new ActionReportWritten(ACC, DAY, 6, 4, 0),
        new AccompanimentClosed(ACC, DAY, true),
        new AccompanimentCancelled(ACC, DAY),
        new AccompanimentReopened(ACC, DAY.plusDays(3), DAY, ReopenReason.CLOSED_IN_ERROR),
        new AccompanimentSucceeded(ACC, AccompanimentId.of(UUID.randomUUID()), DAY),
        new TariffFrozen(ACC, OfferCode.MADI, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.euros(2000), DAY),
        new ConsentRevoked(ACC, ConsentPurpose.SHARING_WITH_PRESCRIBER, List.of(PersonId.of(new UUID(7, 1))), DAY),
        new ConsentGiven(ACC, ConsentPurpose.SHARING_WITH_PRESCRIBER, List.of(PersonId.of(new UUID(7, 1))), DAY),
        new FundingAgreementConcluded(AGR, "CEJ-2023-07 « co »", DAY, DAY.plusYears(1), List.of(ORG, OrganisationId.of(UUID.randomUUID())),
            Money.ofCents(2_000_001)),
        new PlaceTaken(AGR, ACC, OfferCode.MADI, DAY, Money.euros(2000)),
        new PlaceWaitlisted(AGR, ACC, OfferCode.MIP, DAY),
        new PlaceReleased(AGR, ACC, OfferCode.MIP, DAY, true),
        new AgreementCharged(AGR, UUID.randomUUID(), DAY, Money.ofCents(-66_660)),
        new QuoteProposed(QUOTE, ORG, 8, 2, Money.euros(1800), DAY, DAY.plusDays(30)),
        new QuoteAccepted(QUOTE, SERIES, DAY),
        new QuoteDeclined(QUOTE, DAY),
        new WorkshopSeriesOpened(SERIES, QUOTE, 2, DAY),
        new ParticipantEnrolled(SERIES, 1, 5, DAY),
        new GroupSessionHeld(SERIES, UUID.randomUUID(), 2, DAY, 4),
        new GroupSessionNotHeld(SERIES, UUID.randomUUID(), 1, DAY),
        new InvoiceDrafted(INV, ACC.value(), ORG, Money.ofCents(66_660), DAY),
        new InvoiceIssued(INV, NUMBER, DAY, DAY.plusDays(30), ORG, Optional.of(AGR), Money.ofCents(63_185),
            Money.ofCents(3_475), Money.ofCents(66_660)),
        new InvoiceIssued(INV, NUMBER, DAY, DAY, ORG, Optional.empty(), Money.euros(55), Money.ZERO, Money.euros(55)),
        new InvoiceDiscarded(INV, DAY),
        new CreditNoteIssued(CreditNoteId.of(UUID.randomUUID()), InvoiceNumber.parse("AV-2023-00001"), INV, NUMBER, DAY,
            ORG, Optional.of(AGR), Money.ofCents(100_000)),
        new CreditNoteIssued(CreditNoteId.of(UUID.randomUUID()), InvoiceNumber.parse("F-2023-123456"), INV, NUMBER, DAY,
            ORG, Optional.empty(), Money.ofCents(1)),
        new StaffMemberRegistered(EDU, ORG, Set.of(StaffRole.EDUCATOR, StaffRole.PRACTITIONER), DAY, Optional.empty()),
        new StaffRolesChanged(EDU, Set.of(StaffRole.COORDINATOR)),
        new StaffActivityChanged(EDU, DAY, Optional.of(DAY.plusYears(1))),
        new org.liens.orientation.OrientationProposed(ORIENTATION, org.liens.accompaniment.AccompanimentId.of(
            UUID.randomUUID()), org.liens.partner.PartnerServiceId.fromSource("seed-004", "action-09"), DAY.plusDays(30)),
        new org.liens.orientation.OrientationAccepted(ORIENTATION, DAY),
        new org.liens.orientation.OrientationDeclined(ORIENTATION, "too-far", DAY),
        new org.liens.orientation.OrientationExpired(ORIENTATION, DAY),
        new org.liens.orientation.OrientationOutcomeRecorded(ORIENTATION, true, DAY));
  }

  /** The orientation of the issue 16 payloads. */
  private static final org.liens.orientation.OrientationId ORIENTATION =
      org.liens.orientation.OrientationId.of(new UUID(16, 1));

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
    Parent anne = new Parent(ANNE);
    HouseholdProfile profile = new HouseholdProfile(
        List.of(anne, Parent.named("Paul", "Durand")),
        false,
        List.of(Child.of(PersonName.of("Léa", "Durand"), LocalDate.of(2015, 2, 28), SchoolGrade.CE2),
            new Child(PersonName.of("Noé", "Durand"), LocalDate.of(2022, 1, 1))),
        List.of(Caregiver.asParent(anne, List.of(
            new CaredForPerson(PersonName.of("Jean", "Durand"), Relationship.ELDER,
                Set.of(Condition.DISABILITY, Condition.RARE_ILLNESS)),
            new CaredForPerson(PersonName.of("Zoé", "Durand"), Relationship.SIBLING, Set.of())))),
        EmploymentSituation.SELF_EMPLOYED,
        true,
        Optional.of("30189"));

    assertThat(roundTrip(profile, HouseholdProfile.class)).isEqualTo(profile);
    assertThat(roundTrip(profile, HouseholdProfile.class).caregivers().get(0).id()).isEqualTo(anne.id());
    HouseholdProfile minimal = HouseholdProfile.builder().parent(new Parent(ANNE)).singleParent(true).build();
    assertThat(roundTrip(minimal, HouseholdProfile.class)).isEqualTo(minimal);
  }

  @Test
  void documentsRoundTrip() {
    SupportPlan plan = new SupportPlan(DAY, List.of(PersonId.random()), List.of("'; DROP TABLE liens_household; --", "x".repeat(org.liens.shared.Bounds.SHORT_TEXT_MAX)));
    EmtMap map = new EmtMap(DAY, List.of("enjeu"), List.of("mission 1", "mission 2"), List.of("travail ✓"));
    ActionReport withTargets = new ActionReport(DAY, List.of(PersonId.random(), PersonId.random()), List.of(ORG),
        new ContactSummary(6, 4, 0, Optional.of(ContactTargets.of(TargetRange.of(6, 7), TargetRange.of(4, 5))),
            List.of(new MissedContact(DAY, ContactKind.HOME_VISIT, ContactStatus.MISSED_CANCELLED_BY_FAMILY))),
        "conclusions\nsur deux lignes");
    ActionReport withoutTargets = new ActionReport(DAY, List.of(PersonId.random()), List.of(),
        new ContactSummary(0, 0, 12, Optional.empty(), List.of()), "ARCS");

    assertThat(roundTrip(plan, SupportPlan.class)).isEqualTo(plan);
    assertThat(roundTrip(map, EmtMap.class)).isEqualTo(map);
    assertThat(roundTrip(withTargets, ActionReport.class)).isEqualTo(withTargets);
    assertThat(roundTrip(withoutTargets, ActionReport.class)).isEqualTo(withoutTargets);
  }

  @Test
  void referralAndOrganisationValuesRoundTrip() {
    Consent consent = Consent.of(DAY, PersonId.random(), PersonId.random());
    ConsentHistory history = ConsentHistory.startingWith(consent.withoutSharing())
        .with(new ConsentEntry(ConsentPurpose.SHARING_WITH_PRESCRIBER, ConsentAct.GIVEN, consent.givenBy(), DAY))
        .with(new ConsentEntry(ConsentPurpose.SHARING_WITH_PRESCRIBER, ConsentAct.REVOKED,
            List.of(consent.givenBy().get(1)), DAY.plusDays(1)));
    NeedsAssessment assessment = new NeedsAssessment(DAY, "besoins: « soutien » 👪");
    PostalAddress address = new PostalAddress(List.of("1 rue de la Paix", "Bât. B"), "30000", "Nîmes");

    assertThat(roundTrip(consent, Consent.class)).isEqualTo(consent);
    assertThat(roundTrip(consent.withoutSharing(), Consent.class)).isEqualTo(consent.withoutSharing());
    assertThat(roundTrip(history, ConsentHistory.class)).isEqualTo(history);
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
        .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(ErrorCode.MALFORMED_JSON))
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

  // ------------------------------------------------------------------ the money side

  static Stream<Tariff> tariffs() {
    return Stream.of(
        Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.euros(1800), VatRegime.exempt()),
        Tariff.of(OfferCode.ARCS, PriceBasis.HOUR, LocalDate.of(2024, 2, 29), Money.ofCents(5_501), EXEMPT_WITH_MENTION),
        Tariff.of(OfferCode.of("HOST-1"), PriceBasis.MODULE, DAY, Money.ofCents(Money.MAX_CENTS),
            VatRegime.taxed(VatRate.STANDARD_20)),
        Tariff.groupModel(OfferCode.ARCS, DAY, Money.euros(900), TAXED, GroupModel.STANDARD_2023),
        Tariff.groupModel(OfferCode.ARCS, DAY, Money.ofCents(90_001), VatRegime.taxed(VatRate.of("2.1")),
            new GroupModel(7, Duration.ofMinutes(95), 5)));
  }

  @ParameterizedTest
  @MethodSource("tariffs")
  void everyKindOfTariffRoundTrips(Tariff tariff) {
    assertThat(roundTrip(tariff, Tariff.class)).isEqualTo(tariff);
  }

  @Test
  void agreementValuesRoundTrip() {
    List<FunderShare> shares = List.of(FunderShare.of(ORG, "33.33"), FunderShare.of(OrganisationId.of(UUID.randomUUID()), "33.3300"),
        FunderShare.of(OrganisationId.of(UUID.randomUUID()), "33.34"), FunderShare.whole(ORG),
        FunderShare.of(ORG, "0.0001"));
    List<AgreementLine> lines = List.of(new AgreementLine(OfferCode.MADI, 10, Money.euros(2000), VatRegime.exempt()),
        new AgreementLine(OfferCode.ARCS, 3, Money.ofCents(123_457), TAXED));
    List<Place> places = List.of(
        new Place(ACC, OfferCode.MADI, DAY, Money.euros(2000), VatRegime.exempt(), Optional.empty()),
        new Place(AccompanimentId.of(UUID.randomUUID()), OfferCode.MIP, DAY, Money.ofCents(1), EXEMPT_WITH_MENTION,
            Optional.of(DAY.plusDays(3))));
    List<WaitlistEntry> waitlist = List.of(new WaitlistEntry(ACC, OfferCode.MAPA, DAY));
    List<AgreementCharge> charges = List.of(new AgreementCharge(UUID.randomUUID(), DAY, Money.ofCents(66_660)),
        new AgreementCharge(UUID.randomUUID(), DAY.plusDays(1), Money.ofCents(-66_660)));

    assertThat(LiensJson.readList(LiensJson.write(shares), FunderShare.class)).containsExactlyElementsOf(shares);
    assertThat(LiensJson.readList(LiensJson.write(lines), AgreementLine.class)).containsExactlyElementsOf(lines);
    assertThat(LiensJson.readList(LiensJson.write(places), Place.class)).containsExactlyElementsOf(places);
    assertThat(LiensJson.readList(LiensJson.write(waitlist), WaitlistEntry.class)).containsExactlyElementsOf(waitlist);
    assertThat(LiensJson.readList(LiensJson.write(charges), AgreementCharge.class)).containsExactlyElementsOf(charges);
  }

  @Test
  void workshopValuesRoundTrip() {
    List<Travel> travels = List.of(Travel.none(), Travel.perTrip(3, Money.ofCents(1_550)),
        Travel.byDistance(new BigDecimal("12.5"), Money.ofCents(60)),
        Travel.byDistance(new BigDecimal("12.500"), Money.ofCents(60)),
        Travel.byDistance(new BigDecimal("1E+1"), Money.ofCents(1)));
    List<Participant> participants = List.of(
        new Participant(Child.of(ANNE, LocalDate.of(2016, 2, 29), SchoolGrade.CP), 1, DAY),
        new Participant(new Child(PersonName.of("Noé", "'; DROP TABLE liens_quote; --"), LocalDate.of(2017, 1, 1)), 2, DAY.plusDays(1)));
    List<GroupSession> sessions = List.of(
        new GroupSession(UUID.randomUUID(), 1, DAY, List.of(participants.get(0).child().id())),
        new GroupSession(UUID.randomUUID(), 2, DAY.plusDays(7), List.of()));

    for (Travel travel : travels) {
      assertThat(roundTrip(travel, Travel.class)).isEqualTo(travel);
    }
    assertThat(LiensJson.readList(LiensJson.write(participants), Participant.class)).containsExactlyElementsOf(participants);
    assertThat(LiensJson.readList(LiensJson.write(sessions), GroupSession.class)).containsExactlyElementsOf(sessions);
    assertThat(roundTrip(VatRegime.exempt(), VatRegime.class)).isEqualTo(VatRegime.exempt());
    assertThat(roundTrip(EXEMPT_WITH_MENTION, VatRegime.class)).isEqualTo(EXEMPT_WITH_MENTION);
    assertThat(roundTrip(TAXED, VatRegime.class)).isEqualTo(TAXED);
  }

  @Test
  void invoiceAndCreditNoteValuesRoundTrip() {
    PostalAddress address = new PostalAddress(List.of("1 place aux Herbes", "Bât. « B »"), "30700", "Uzès");
    Party client = new Party("CAF du Gard \"👪\" '; --", address, "775 592 413");
    List<Seller> sellers = List.of(Seller.of("Au bonheur des liens", address, "812345676"),
        Seller.of("Au bonheur des liens", address, "812345676").withVatNumber("FR12812345678")
            .withVatExemptionMention("Mention configurée ✓").withLegalMentions(List.of("Pénalités", "Indemnité de 40 €"))
            .withPaymentTermDays(0));
    Percentage share = Percentage.of("33.33");
    List<InvoiceLine> lines = List.of(
        new InvoiceLine(LineKind.MODULE, "Module d'intervention précoce (MIP) ; dossier " + ACC, OfferCode.MIP,
            Optional.empty(), DAY, Quantity.fraction(2, 6, QuantityUnit.MODULE), Money.euros(1800), share,
            VatRegime.exempt(), new VatBreakdown(Money.ofCents(19_998), Money.ZERO, Money.ofCents(19_998))),
        new InvoiceLine(LineKind.INDIVIDUAL_SESSION, "Atelier individuel", OfferCode.ARCS, Optional.of(UUID.randomUUID()),
            DAY, Quantity.hours(Duration.ofMinutes(50)), Money.euros(55), share, TAXED,
            VatBreakdown.of(Money.ofCents(1_528), TAXED)));
    List<CreditLine> credits = List.of(new CreditLine(0, "Module", VatRegime.exempt(), VatBreakdown.of(Money.euros(100),
        VatRegime.exempt())), new CreditLine(3, "Atelier", TAXED, VatBreakdown.of(Money.ofCents(1), TAXED)));
    List<VatTotal> totals = List.of(new VatTotal(VatRegime.exempt(), VatBreakdown.of(Money.euros(1800), VatRegime.exempt())),
        new VatTotal(TAXED, VatBreakdown.of(Money.ofCents(5_500), TAXED)));

    assertThat(roundTrip(client, Party.class)).isEqualTo(client);
    for (Seller seller : sellers) {
      assertThat(roundTrip(seller, Seller.class)).isEqualTo(seller);
    }
    assertThat(LiensJson.readList(LiensJson.write(lines), InvoiceLine.class)).containsExactlyElementsOf(lines);
    assertThat(LiensJson.readList(LiensJson.write(credits), CreditLine.class)).containsExactlyElementsOf(credits);
    assertThat(LiensJson.readList(LiensJson.write(totals), VatTotal.class)).containsExactlyElementsOf(totals);
    assertThat(roundTrip(Quantity.decimal(new BigDecimal("12.125"), QuantityUnit.KILOMETRE), Quantity.class))
        .isEqualTo(Quantity.decimal(new BigDecimal("12.125"), QuantityUnit.KILOMETRE));
    assertThat(LiensJson.readList(LiensJson.write(List.of("Mention « 1 »", "'; DROP TABLE liens_invoice; --")),
        String.class)).containsExactly("Mention « 1 »", "'; DROP TABLE liens_invoice; --");
  }

  @Test
  void amountsAreDecimalStringsWithTheirCurrencyAndRatesAndSharesExactStrings() {
    UUID uuid = UUID.fromString("0b0e6a58-4e43-4b55-9c86-6a2a5e0f1c2d");

    assertThat(LiensJson.write(Money.euros(1800))).isEqualTo("{\"amount\":\"1800.00\",\"currency\":\"EUR\"}");
    assertThat(LiensJson.write(Money.ofCents(-5))).isEqualTo("{\"amount\":\"-0.05\",\"currency\":\"EUR\"}");
    assertThat(LiensJson.read("{\"amount\":\"1800.00\",\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.euros(1800));
    assertThat(LiensJson.read("{\"currency\":\"EUR\",\"amount\":\"1800.5\"}", Money.class))
        .isEqualTo(Money.ofCents(180_050));
    assertThat(LiensJson.read("{\"amount\":\"-12\",\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.euros(-12));
    assertThat(LiensJson.write(Percentage.of("33.3300"))).isEqualTo("\"33.33\"");
    assertThat(LiensJson.read("\"100\"", Percentage.class)).isEqualTo(Percentage.HUNDRED);
    assertThat(LiensJson.write(VatRate.REDUCED_5_5)).isEqualTo("\"5.5\"");
    assertThat(LiensJson.read("\"20\"", VatRate.class)).isEqualTo(VatRate.STANDARD_20);
    assertThat(LiensJson.write(NUMBER)).isEqualTo("\"F-2023-00042\"");
    assertThat(LiensJson.read("\"AV-2024-123456\"", InvoiceNumber.class)).isEqualTo(new InvoiceNumber("AV", 2024, 123_456));
    assertThat(LiensJson.write(VatRegime.exempt())).isEqualTo("{\"regime\":\"EXEMPT\"}");
    assertThat(LiensJson.write(VatRegime.taxed(VatRate.STANDARD_20))).isEqualTo("{\"regime\":\"TAXED\",\"rate\":\"20\"}");
    assertThat(LiensJson.read("{\"regime\":\"EXEMPT\",\"mention\":null}", VatRegime.class)).isEqualTo(VatRegime.exempt());
    assertThat(LiensJson.write(Travel.perTrip(2, Money.euros(15))))
        .isEqualTo("{\"kind\":\"PER_TRIP\",\"trips\":2,\"unitCost\":{\"amount\":\"15.00\",\"currency\":\"EUR\"}}");
    assertThat(LiensJson.write(Travel.byDistance(new BigDecimal("12.50"), Money.ofCents(60))))
        .isEqualTo("{\"kind\":\"BY_DISTANCE\",\"kilometres\":\"12.50\",\"ratePerKm\":"
            + "{\"amount\":\"0.60\",\"currency\":\"EUR\"}}");
    assertThat(LiensJson.write(QuoteId.of(uuid))).isEqualTo("\"" + uuid + "\"");
    assertThat(LiensJson.write(WorkshopSeriesId.of(uuid))).isEqualTo("\"" + uuid + "\"");
    assertThat(LiensJson.write(InvoiceId.of(uuid))).isEqualTo("\"" + uuid + "\"");
    assertThat(LiensJson.write(CreditNoteId.of(uuid))).isEqualTo("\"" + uuid + "\"");
    assertThat(LiensJson.read("\"" + uuid + "\"", CreditNoteId.class)).isEqualTo(CreditNoteId.of(uuid));
    assertThat(LiensJson.write(Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1), Money.euros(1800),
        VatRegime.exempt()))).isEqualTo("{\"offer\":\"MIP\",\"basis\":\"MODULE\",\"effectiveFrom\":\"2023-01-01\","
        + "\"price\":{\"amount\":\"1800.00\",\"currency\":\"EUR\"},\"vat\":{\"regime\":\"EXEMPT\"},\"groupModel\":null}");
  }

  @Test
  void malformedMoneyValuesFailWithATypedError() {
    for (String json : List.of("180000", "\"1800.00\"", "1800.5", "1e3", "{}", "[180000]",
        "{\"amount\":\"1800.00\"}", "{\"amount\":1800.00,\"currency\":\"EUR\"}",
        "{\"amount\":\"1800.00\",\"currency\":\"USD\"}", "{\"amount\":\"1800.005\",\"currency\":\"EUR\"}",
        "{\"amount\":\"1,5\",\"currency\":\"EUR\"}", "{\"amount\":\"1e3\",\"currency\":\"EUR\"}",
        "{\"amount\":\"1800.00\",\"currency\":\"EUR\",\"cents\":180000}")) {
      assertThatThrownBy(() -> LiensJson.read(json, Money.class)).as(json)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON));
    }
    assertThatThrownBy(() -> LiensJson.read("{\"amount\":\"" + (Money.MAX_CENTS / 100 + 1) + "\",\"currency\":\"EUR\"}",
        Money.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
    assertThatThrownBy(() -> LiensJson.read("\"101\"", Percentage.class))
        .isInstanceOfSatisfying(LiensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PERCENTAGE));
    for (String json : List.of("{\"regime\":\"ZERO\"}", "{\"regime\":\"TAXED\"}", "{\"regime\":\"TAXED\",\"rate\":20}",
        "{\"regime\":\"EXEMPT\",\"rate\":\"20\"}", "\"EXEMPT\"")) {
      assertThatThrownBy(() -> LiensJson.read(json, VatRegime.class)).as(json).isInstanceOf(LiensException.class);
    }
    for (String json : List.of("{\"kind\":\"BOAT\"}", "{\"kind\":\"PER_TRIP\",\"trips\":2}",
        "{\"kind\":\"BY_DISTANCE\",\"kilometres\":\"far Secret\",\"ratePerKm\":" + euros("0.60") + "}",
        "{\"kind\":\"PER_TRIP\",\"trips\":2,\"unitCost\":1500}", "[]")) {
      assertThatThrownBy(() -> LiensJson.read(json, Travel.class)).as(json).isInstanceOf(LiensException.class)
          .hasMessageNotContaining("Secret");
    }
    assertThatThrownBy(() -> LiensJson.read("\"F-23-1\"", InvoiceNumber.class)).isInstanceOf(LiensException.class);
    assertThatThrownBy(() -> LiensJson.read("{\"net\":" + euros("0.01") + ",\"vat\":" + euros("0.01") + ",\"gross\":"
        + euros("0.03") + "}", VatBreakdown.class))
        .isInstanceOfSatisfying(LiensException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
  }

  @Test
  void theMapperIsACopy() {
    LiensJson.mapper().disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS);
    assertThat(LiensJson.write(DAY)).isEqualTo("\"2023-08-31\"");
  }

  private static String euros(String amount) {
    return "{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}";
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    return LiensJson.read(LiensJson.write(value), type);
  }
}
