package org.liens.json;

import static org.liens.fixtures.Fixtures.ADDRESS;
import static org.liens.fixtures.Fixtures.LEA;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.liens.access.Actor;
import org.liens.access.Role;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.ContactId;
import org.liens.accompaniment.FollowUp;
import org.liens.accompaniment.HomeVisit;
import org.liens.accompaniment.Lifecycle;
import org.liens.accompaniment.RemoteChannel;
import org.liens.accompaniment.RemoteContact;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.audit.AuditEntry;
import org.liens.audit.AuditOutcome;
import org.liens.billing.AgreementRef;
import org.liens.billing.BillableLine;
import org.liens.billing.BillingPlan;
import org.liens.billing.BillingPolicy;
import org.liens.billing.BillingSubject;
import org.liens.billing.CreditLine;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceHistory;
import org.liens.billing.InvoiceId;
import org.liens.billing.InvoiceLine;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.IssuedInvoice;
import org.liens.billing.LineKind;
import org.liens.billing.NumberSeries;
import org.liens.billing.NumberingScheme;
import org.liens.billing.Party;
import org.liens.billing.Payer;
import org.liens.billing.Seller;
import org.liens.billing.VatTotal;
import org.liens.catalog.OfferCode;
import org.liens.eligibility.EligibilityContext;
import org.liens.eligibility.EligibilityPolicy;
import org.liens.eligibility.RuleOutcome;
import org.liens.eligibility.Verdict;
import org.liens.fixtures.Fixtures;
import org.liens.household.Child;
import org.liens.household.HouseholdId;
import org.liens.household.SchoolGrade;
import org.liens.observe.UseCaseOutcome;
import org.liens.organisation.ChorusPro;
import org.liens.organisation.OrganisationId;
import org.liens.household.PersonId;
import org.liens.document.OrientationLine;
import org.liens.orientation.Orientation;
import org.liens.orientation.OrientationTally;
import org.liens.orientation.OrientationId;
import org.liens.orientation.OrientationOutcome;
import org.liens.orientation.OrientationPolicy;
import org.liens.orientation.SharedItem;
import org.liens.orientation.SharingConsent;
import org.liens.partner.PartnerServiceId;
import org.liens.partner.Theme;
import org.liens.partner.ZoneCode;
import org.liens.pricing.Money;
import org.liens.pricing.Percentage;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Quantity;
import org.liens.pricing.QuantityUnit;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatBreakdown;
import org.liens.pricing.VatRate;
import org.liens.pricing.VatRegime;
import org.liens.referral.ConsentHistory;
import org.liens.referral.Referral;
import org.liens.referral.ReferralDeadlines;
import org.liens.referral.ReferralDelays;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.LocalizedText;
import org.liens.shared.PersonName;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * Generators of the aggregates (and of the values whose invariants random components rarely meet), each built
 * through the domain's own commands from the test {@link Fixtures}, so that every generated value is one Liens
 * makes: a referral received, assessed or rejected; an accompaniment opened, started with contacts, or ended; an
 * invoice drafted, issued or discarded; a credit note; a funding agreement with places taken; a quote and its
 * workshop series.
 */
final class JsonSamples {
  private static final LocalDate TODAY = LocalDate.of(2023, 9, 4);
  private static final Seller SELLER = Seller.of("Au bonheur des liens", ADDRESS, "123456782")
      .withVatExemptionMention("Exonération configurée par l'hôte");
  private static final Tariff GROUP = TariffsJson.standard2023().inForce(OfferCode.ARCS, PriceBasis.GROUP_MODEL, TODAY);
  private static final Map<Class<?>, Arbitrary<?>> SAMPLES = samples();

  private JsonSamples() {}

  /** {@return the explicit generator of {@code type}, if it has one} */
  static Optional<Arbitrary<?>> of(Class<?> type) {
    return Optional.ofNullable(SAMPLES.get(type));
  }

  private static Map<Class<?>, Arbitrary<?>> samples() {
    Map<Class<?>, Arbitrary<?>> samples = new HashMap<>();
    samples.put(Referral.class, referrals());
    samples.put(Accompaniment.class, accompaniments());
    samples.put(Invoice.class, invoices());
    samples.put(CreditNote.class, invoices().filter(i -> i.number().isPresent()).map(JsonSamples::credit));
    samples.put(IssuedInvoice.class, invoices().filter(i -> i.status() == InvoiceStatus.ISSUED).map(Invoice::issued));
    samples.put(UseCaseOutcome.class, Combinators.combine(Arbitraries.of("household.register", "contact.record"),
        Arbitraries.longs().between(0, 5_000_000_000L).map(Duration::ofNanos),
        Arbitraries.of(Stream.concat(Stream.of(UseCaseOutcome.OK, UseCaseOutcome.UNEXPECTED),
            Arrays.stream(ErrorCode.values()).map(ErrorCode::name)).toList()),
        Arbitraries.longs().between(0, 200)).as(UseCaseOutcome::new));
    samples.put(FundingAgreement.class, agreements());
    // the partner catalogue's vocabularies (issue 16): codes of the data·inclusion lists only
    samples.put(Theme.class, Arbitraries.of(Theme.PARENTING_SUPPORT, Theme.of("famille"), Theme.DISABILITY_CARE));
    samples.put(Orientation.class, orientations());
    samples.put(OrientationLine.class, orientations().map(o -> OrientationLine.of(o,
        service -> Optional.of("Atelier parents-enfants"), TODAY.plusDays(40))));
    samples.put(OrientationTally.class, orientations().list().ofMaxSize(5)
        .map(list -> OrientationTally.of(list, TODAY.plusDays(40))));
    samples.put(ZoneCode.class, Arbitraries.of(ZoneCode.of("48198"), ZoneCode.of("200093201"), ZoneCode.of("2A"),
        ZoneCode.FRANCE));
    samples.put(Quote.class, quotes());
    samples.put(WorkshopSeries.class, series());
    samples.put(org.liens.figures.GroupAttendance.class, series().map(w ->
        org.liens.figures.WorkshopAttendance.compute(List.of(w), TODAY, TODAY).get(0)));
    samples.put(org.liens.figures.WorkshopAttendance.class, series().map(w -> new org.liens.figures.WorkshopAttendance(
        TODAY, TODAY, org.liens.figures.WorkshopAttendance.compute(List.of(w), TODAY, TODAY))));
    samples.put(org.liens.accompaniment.ReopeningWindow.class, Arbitraries.integers().between(0, 366)
        .map(org.liens.accompaniment.ReopeningWindow::ofDays));
    samples.put(Seller.class, Arbitraries.of(SELLER, Seller.of("Liens", ADDRESS, "812345676")
        .withVatNumber("FR12812345678").withLegalMentions(List.of("Pénalités", "Indemnité de 40 €"))));
    samples.put(ReferralDeadlines.class, Arbitraries.of(ReferralDeadlines.standard(),
        ReferralDeadlines.standard().withOffer(OfferCode.MADI, new ReferralDelays(5, 10))));
    ChorusPro chorusPro = ChorusPro.at("22300001900016").withServiceCode("SERVICE-ASE")
        .withCommitmentNumber("EJ-2023-0042").requiringServiceCode().requiringCommitmentNumber();
    samples.put(Party.class, Arbitraries.of(new Party("CAF du Gard", ADDRESS, "987654324"),
        new Party("Département du Gard", ADDRESS, "223000019").withChorusPro(chorusPro)));
    samples.put(ChorusPro.class, Arbitraries.of(chorusPro, ChorusPro.siretUnknown().requiringServiceCode()));
    // the parts of an accompaniment, as its commands make them
    samples.put(ConsentHistory.class, accompaniments().map(Accompaniment::consents));
    samples.put(FollowUp.class, accompaniments().map(a -> a.lifecycle().started()).filter(Optional::isPresent)
        .map(Optional::get));
    for (Class<?> state : LiensModule.records(Lifecycle.class)) {
      if (state != Lifecycle.Validated.class) {
        samples.put(state, accompaniments().map(Accompaniment::lifecycle).filter(state::isInstance));
      }
    }
    FigureSamples.addTo(samples);
    // the money side, whose amounts add up only when computed
    samples.put(VatBreakdown.class, Combinators.combine(cents(), regimes()).as(VatBreakdown::of));
    samples.put(VatTotal.class, Combinators.combine(cents(), regimes()).as((gross, vat) ->
        new VatTotal(vat, VatBreakdown.of(gross, vat))));
    samples.put(CreditLine.class, Combinators.combine(Arbitraries.integers().between(0, 3), cents(), regimes())
        .as((line, gross, vat) -> new CreditLine(line, "Avoir sur la ligne " + line, vat, VatBreakdown.of(gross, vat))));
    samples.put(InvoiceLine.class, invoices().map(i -> i.lines().get(0)));
    samples.put(NumberingScheme.class, Arbitraries.of(NumberingScheme.SEPARATE_SERIES, NumberingScheme.shared("FA")));
    samples.put(NumberSeries.class, Combinators.combine(Arbitraries.of("F", "AV", "FA"),
        Arbitraries.integers().between(2020, 2030)).as((prefix, year) -> new NumberSeries("812345676", prefix, year)));
    samples.put(BillingPlan.class, invoices().map(i -> new BillingPlan(BillingPolicy.standard(),
        new InvoiceHistory(List.of(i), List.of()))));
    // a rule's outcome: a reason given whole, or one quoting the consent's date that is written when read
    samples.put(RuleOutcome.class, Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("consent.required", "host.territory"), Arbitraries.of(Verdict.values()),
            JsonArbitraries.texts(), JsonArbitraries.texts()).as((rule, verdict, fr, en) ->
            new RuleOutcome(rule, verdict, LocalizedText.of(fr, en))),
        Arbitraries.integers().between(0, 400).map(day -> EligibilityPolicy.standard().decide(new EligibilityContext(
            Fixtures.assessed(OfferCode.MIP, ReferralReason.CRISIS), Fixtures.offer(OfferCode.MIP),
            Fixtures.singleMother(), List.of(), Fixtures.RECEIVED.plusDays(day))).outcomes().get(day % 8))));
    samples.put(AuditEntry.class, Combinators.combine(JsonArbitraries.uuids(), Arbitraries.integers().between(0, 1000),
        Arbitraries.of("household.read", "invoice.issue", "accompaniment.record-contact"),
        Arbitraries.of(AuditOutcome.values())).as((id, day, operation, outcome) -> new AuditEntry(id,
            Instant.parse("2023-01-01T08:00:00.123456Z").plusSeconds(day * 86_400L),
            Actor.of("u-" + day, Role.COORDINATOR), operation, Set.of(HouseholdId.of(id)), Set.of(), outcome)));
    return samples;
  }

  private static Arbitrary<Referral> referrals() {
    Arbitrary<OfferCode> offers = Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);
    return Combinators.combine(offers, Arbitraries.integers().between(0, 4)).as((offer, state) -> switch (state) {
      case 0 -> Fixtures.received(offer, ReferralReason.CRISIS);
      case 1 -> Fixtures.assessed(offer, ReferralReason.CRISIS, ReferralReason.FAMILY_EVENT);
      case 2 -> Fixtures.received(offer, ReferralReason.CRISIS)
          .expire(ReferralDeadlines.standard(), Fixtures.RECEIVED.plusYears(1)).after();
      case 3 -> Fixtures.assessed(offer, ReferralReason.CRISIS)
          .expire(ReferralDeadlines.standard(), Fixtures.RECEIVED.plusYears(1)).after();
      default -> Fixtures.received(offer, ReferralReason.OTHER).reject("Hors périmètre", TODAY).after();
    });
  }

  private static Arbitrary<Accompaniment> accompaniments() {
    Arbitrary<OfferCode> offers = Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);
    return Combinators.combine(offers, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 60))
        .as((offer, state, day) -> {
          Accompaniment opened = Fixtures.opened(offer);
          if (state == 0) {
            return opened;
          }
          if (state == 1) {
            return opened.cancel("Famille partie", TODAY, TODAY).after();
          }
          LocalDate first = Fixtures.FIRST_APPOINTMENT;
          LocalDate today = first.plusDays(day);
          Accompaniment started = opened.start(first).after()
              .record(new HomeVisit(ContactId.of(UUID.randomUUID()), first.plusDays(day / 2), LEA), today).after()
              .record(new RemoteContact(ContactId.of(UUID.randomUUID()), today, LEA, RemoteChannel.PHONE), today).after();
          return switch (state) {
            case 2 -> started;
            case 3 -> started.cancel("Déménagement", today, today).after();
            case 4 -> started.succeededBy(AccompanimentId.of(UUID.randomUUID()), today, today).after();
            default -> started.writeActionReport(today, "Conclusions partagées avec la famille.",
                offer.equals(OfferCode.MAPA) ? Fixtures.caregiver() : Fixtures.singleMother(), today).after()
                .close(today, today).after();
          };
        });
  }

  private static Arbitrary<Invoice> invoices() {
    return Combinators.combine(Arbitraries.longs().between(1, 400_000), Arbitraries.integers().between(0, 2),
        regimes())
        .as((cents, state, vat) -> {
          OrganisationId funder = Fixtures.organisation();
          Payer payer = new Payer(funder, new Party("Financeur", ADDRESS, "987654324"), Percentage.HUNDRED);
          BillableLine line = new BillableLine(LineKind.MODULE, "Module (MADI)", OfferCode.MADI, Optional.empty(),
              TODAY, Quantity.of(1, QuantityUnit.MODULE), Money.ofCents(cents), vat);
          Invoice draft = Invoice.draft(() -> InvoiceId.of(UUID.randomUUID()),
              BillingSubject.of(AccompanimentId.of(UUID.randomUUID())), List.of(line),
              List.of(payer), SELLER, new AgreementRef(AgreementId.of(UUID.randomUUID()), "CEJ-2023"),
              TODAY).get(0).after();
          return switch (state) {
            case 0 -> draft;
            case 1 -> draft.issue(new InvoiceNumber("F", 2023, (int) (cents % 9_999) + 1), TODAY).after();
            default -> draft.discard(TODAY).after();
          };
        });
  }

  private static Arbitrary<Money> cents() {
    return Arbitraries.longs().between(1, 400_000).map(Money::ofCents);
  }

  private static Arbitrary<VatRegime> regimes() {
    return Arbitraries.of(VatRegime.exempt(), VatRegime.taxed(VatRate.STANDARD_20), VatRegime.taxed(VatRate.REDUCED_5_5));
  }

  private static CreditNote credit(Invoice issued) {
    Money amount = Money.ofCents(Math.max(1, issued.total().cents() / 3));
    return CreditNote.issue(CreditNoteId.of(UUID.randomUUID()), issued, List.of(), amount, "Fin anticipée",
        new InvoiceNumber("AV", 2023, 1), TODAY.plusDays(20)).after();
  }

  private static Arbitrary<FundingAgreement> agreements() {
    return Arbitraries.integers().between(1, 4).map(places -> {
      OrganisationId caf = Fixtures.organisation();
      AgreementTerms terms = new AgreementTerms("CEJ-2023", AgreementPeriod.year(2023),
          List.of(FunderShare.of(caf, "33.33"), FunderShare.of(Fixtures.organisation(), "66.67")),
          List.of(AgreementLineTerms.atTariff(OfferCode.MADI, places),
              AgreementLineTerms.negotiated(OfferCode.MIP, 2, Money.euros(1700))));
      return FundingAgreement.conclude(AgreementId.of(UUID.randomUUID()), terms, TariffsJson.standard2023(),
          LocalDate.of(2022, 12, 15)).after();
    });
  }

  private static Arbitrary<Quote> quotes() {
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 2))
        .as((children, state) -> {
          Quote quote = Quote.propose(QuoteId.of(UUID.randomUUID()),
              QuoteRequest.model(Fixtures.organisation(), children, TODAY.plusDays(30)), GROUP, TODAY).after();
          return switch (state) {
            case 0 -> quote;
            case 1 -> quote.accept(WorkshopSeriesId.of(UUID.randomUUID()), TODAY).after();
            default -> quote.decline(TODAY).after();
          };
        });
  }

  private static Arbitrary<WorkshopSeries> series() {
    return Arbitraries.integers().between(1, 12).map(children -> {
      Quote quote = Quote.propose(QuoteId.of(UUID.randomUUID()),
          QuoteRequest.model(Fixtures.organisation(), children, TODAY.plusDays(30)), GROUP, TODAY).after();
      WorkshopSeriesId id = WorkshopSeriesId.of(UUID.randomUUID());
      WorkshopSeries enrolled = WorkshopSeries.open(id, quote.accept(id, TODAY).after()).after()
          .enrol(Child.of(PersonName.of("Léo", "Martin"), TODAY.minusYears(8), SchoolGrade.CE2), TODAY).after();
      // a session held by the child, one nobody attended (issue 14)
      return enrolled.recordSession(UUID.randomUUID(), 1, TODAY,
              Set.of(enrolled.participants().get(0).child().id()), TODAY).after()
          .recordSession(UUID.randomUUID(), 1, TODAY, Set.of(), TODAY).after();
    });
  }

  /** Orientations as their commands make them: proposed, accepted (with or without an outcome), declined, expired. */
  private static Arbitrary<Orientation> orientations() {
    PersonId julie = PersonId.of(new UUID(1, 1));
    Orientation proposed = Orientation.propose(OrientationId.of(new UUID(3, 3)), AccompanimentId.of(new UUID(2, 2)),
        HouseholdId.of(new UUID(1, 0)), julie, PartnerServiceId.fromSource("test", "atelier"),
        SharingConsent.of(julie, TODAY, SharedItem.CONTACT_DETAILS), TODAY, OrientationPolicy.STANDARD).after();
    Orientation accepted = proposed.accept(TODAY.plusDays(2)).after();
    return Arbitraries.of(proposed, accepted,
        accepted.recordOutcome(new OrientationOutcome(true, "Venue « deux fois »", TODAY.plusDays(9))).after(),
        proposed.decline("too-far", TODAY.plusDays(1), OrientationPolicy.STANDARD).after(),
        proposed.expire(proposed.expiresOn()).after().withVersion(2));
  }
}
