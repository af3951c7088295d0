package org.liens.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.liens.storage.tck.Refusals.codeOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liens.storage.memory.MoneyWorld;
import org.liens.accompaniment.Accompaniment;
import org.liens.billing.BillingPolicy;
import org.liens.billing.CreditNote;
import org.liens.billing.EarlyTermination;
import org.liens.billing.Invoice;
import org.liens.billing.InvoiceNumber;
import org.liens.billing.InvoiceRequirement;
import org.liens.billing.InvoiceStatus;
import org.liens.billing.LineKind;
import org.liens.billing.MissingInvoiceDataException;
import org.liens.billing.Party;
import org.liens.billing.SessionTimePolicy;
import org.liens.catalog.OfferCode;
import org.liens.json.TariffsJson;
import org.liens.organisation.OrganisationKind;
import org.liens.pricing.Money;
import org.liens.pricing.PriceBasis;
import org.liens.pricing.Tariff;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;

class BillingFlowTest {
  static final LocalDate SEPT_4 = LocalDate.of(2023, 9, 4);
  final MoneyWorld world = new MoneyWorld(SEPT_4);

  @ParameterizedTest(name = "R3: a {0} module is invoiced {1} € TTC once its first appointment took place")
  @CsvSource({"MIP, 1800.00", "MADI, 2000.00", "MAPA, 1800.00"})
  void eachModuleIsInvoicedAtItsPrice(String offer, String price) {
    Accompaniment a = world.started(OfferCode.of(offer));
    List<Invoice> drafts = world.liens.billing().prepare(world.coordinator, a.id());
    assertThat(drafts).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo(InvoiceStatus.DRAFT);
      assertThat(d.total()).isEqualTo(Money.parse(price));
      assertThat(d.number()).isEmpty();
    });
    Invoice invoice = world.liens.billing().issue(world.coordinator, drafts.get(0).id());
    assertThat(invoice.number()).contains(new InvoiceNumber("F", 2023, 1));
    assertThat(invoice.issuedOn()).contains(SEPT_4);
    assertThat(invoice.dueOn()).contains(SEPT_4.plusDays(30));
    assertThat(invoice.client()).isEqualTo(Party.of(world.departement));
    assertThat(invoice.seller()).isEqualTo(MoneyWorld.SELLER);
    assertThat(invoice.totalNet()).isEqualTo(Money.parse(price));
    assertThat(invoice.totalVat()).isEqualTo(Money.ZERO);
    assertThat(invoice.mentions()).contains(MoneyWorld.EXEMPTION);
    assertThat(invoice.lines()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(LineKind.MODULE);
      assertThat(l.performedOn()).isEqualTo(SEPT_4);
      assertThat(l.description()).contains("(" + offer + ")", "04/09/2023").doesNotContain("Parent");
    });
    assertThat(world.eventTypes()).contains("TariffFrozen", "InvoiceDrafted", "InvoiceIssued");
  }

  @Test
  void nothingIsDueBeforeTheFirstAppointmentTookPlace() {
    Accompaniment validated = world.validated(OfferCode.MIP, world.departement.id(), Optional.empty());
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, validated.id())))
        .isEqualTo(ErrorCode.NOTHING_TO_BILL);
    world.liens.accompaniments().start(world.coordinator, validated.id(), SEPT_4.plusDays(7));
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, validated.id())))
        .isEqualTo(ErrorCode.NOTHING_TO_BILL);
    assertThat(world.liens.billing().ofAccompaniment(world.coordinator, validated.id())).isEmpty();
    world.clock.advanceDays(7);
    assertThat(world.liens.billing().prepare(world.coordinator, validated.id())).hasSize(1);
  }

  @Test
  void aModuleIsInvoicedOnceUnlessItsInvoiceIsDiscardedOrCreditedInFull() {
    Accompaniment a = world.started(OfferCode.MADI);
    Invoice draft = world.liens.billing().prepare(world.coordinator, a.id()).get(0);
    assertThat(world.liens.billing().prepare(world.coordinator, a.id())).containsExactly(draft); // the pending draft
    world.liens.billing().discard(world.coordinator, draft.id());
    Invoice issued = world.issueFirstPrepared(a);
    assertThat(issued.number()).contains(new InvoiceNumber("F", 2023, 1));
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, a.id()))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
    world.liens.billing().credit(world.coordinator, issued.id(), Money.euros(100), "Geste commercial");
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, a.id()))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
    CreditNote rest = world.liens.billing().creditInFull(world.coordinator, issued.id(), "Erreur de destinataire");
    assertThat(rest.total()).isEqualTo(Money.euros(1900));
    assertThat(rest.number()).isEqualTo(new InvoiceNumber("AV", 2023, 2));
    assertThat(world.liens.billing().prepare(world.coordinator, a.id())).singleElement()
        .extracting(Invoice::total).isEqualTo(Money.euros(2000));
  }

  @Test
  void issuingTheSameInvoiceTwiceReturnsItUnchangedAndTakesNoNumber() {
    Accompaniment a = world.started(OfferCode.MIP);
    Invoice invoice = world.issueFirstPrepared(a);
    assertThat(world.liens.billing().issue(world.coordinator, invoice.id())).isEqualTo(invoice);
    assertThat(world.liens.billing().get(world.coordinator, invoice.id())).isEqualTo(invoice);
    Accompaniment b = world.started(OfferCode.MAPA);
    Invoice next = world.issueFirstPrepared(b);
    assertThat(next.number()).contains(new InvoiceNumber("F", 2023, 2));
  }

  @Test
  void aCancelledAccompanimentIsNeverInvoiced() {
    Accompaniment a = world.started(OfferCode.MIP);
    world.liens.accompaniments().cancel(world.coordinator, a.id(), "La famille a déménagé", SEPT_4);
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, a.id()))).isEqualTo(ErrorCode.NOT_BILLABLE);
    assertThat(world.liens.billing().ofAccompaniment(world.coordinator, a.id())).isEmpty();
  }

  @Test
  void individualArcsIsInvoicedPerSessionHeldProRataToTheMinute() {
    Accompaniment a = world.started(OfferCode.ARCS);
    world.liens.accompaniments().recordWorkshopSession(world.coordinator, a.id(), SEPT_4, world.educator, Duration.ofHours(1));
    world.liens.accompaniments().recordWorkshopSession(world.coordinator, a.id(), SEPT_4, world.educator, Duration.ofMinutes(50));
    Invoice first = world.liens.billing().prepare(world.coordinator, a.id()).get(0);
    assertThat(first.lines()).extracting(l -> l.amount()).containsExactly(Money.euros(55), Money.parse("45.83"));
    assertThat(first.total()).isEqualTo(Money.parse("100.83"));
    assertThat(world.liens.billing().prepare(world.coordinator, a.id())).containsExactly(first); // the pending draft
    world.liens.billing().issue(world.coordinator, first.id());
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, a.id()))).isEqualTo(ErrorCode.NOTHING_TO_BILL);
    world.clock.advanceDays(7);
    world.liens.accompaniments().recordWorkshopSession(world.coordinator, a.id(), world.today(), world.educator,
        Duration.ofMinutes(75));
    assertThat(world.liens.billing().prepare(world.coordinator, a.id())).singleElement()
        .satisfies(i -> assertThat(i.lines()).extracting(l -> l.amount()).containsExactly(Money.parse("68.75")));
  }

  @Test
  void partialHoursFollowTheConfiguredPolicy() {
    MoneyWorld quarters = new MoneyWorld(SEPT_4,
        b -> b.billingPolicy(BillingPolicy.standard().withSessionTime(SessionTimePolicy.STARTED_QUARTER_HOUR)));
    Accompaniment a = quarters.started(OfferCode.ARCS);
    quarters.liens.accompaniments().recordWorkshopSession(quarters.coordinator, a.id(), SEPT_4, quarters.educator,
        Duration.ofMinutes(50));
    Invoice invoice = quarters.liens.billing().prepare(quarters.coordinator, a.id()).get(0);
    assertThat(invoice.total()).isEqualTo(Money.euros(55));
    assertThat(invoice.lines().get(0).description()).contains("50 min, 60 min facturées");
  }

  @Test
  void aTariffChangeNeverRepricesAStartedAccompaniment() {
    Accompaniment before = world.started(OfferCode.MIP);
    var revised = TariffsJson.standard2023().with(Tariff.of(OfferCode.MIP, PriceBasis.MODULE, LocalDate.of(2023, 1, 1),
        Money.euros(2500), VatRegime.exempt()));
    MoneyWorld later = world.reconfigured(b -> b.tariffs(revised));
    assertThat(later.liens.billing().prepare(later.coordinator, before.id())).singleElement()
        .extracting(Invoice::total).isEqualTo(Money.euros(1800));
    Accompaniment after = later.started(OfferCode.MIP);
    assertThat(later.liens.billing().prepare(later.coordinator, after.id())).singleElement()
        .extracting(Invoice::total).isEqualTo(Money.euros(2500));
  }

  @Test
  void earlyTerminationIsBilledInFullByDefault() {
    Accompaniment a = world.started(OfferCode.MADI);
    world.liens.billing().issue(world.coordinator, world.liens.billing().prepare(world.coordinator, a.id()).get(0).id());
    world.clock.set(LocalDate.of(2023, 11, 10));
    endEarly(world, a);
    assertThat(codeOf(() -> world.liens.billing().settle(world.coordinator, a.id(), "Fin anticipée")))
        .isEqualTo(ErrorCode.NOTHING_TO_BILL);
  }

  @Test
  void earlyTerminationProRataByMonthIsSettledWithACreditNote() {
    MoneyWorld prorata = new MoneyWorld(SEPT_4,
        b -> b.billingPolicy(BillingPolicy.standard().withEarlyTermination(EarlyTermination.PRORATA_BY_MONTH_STARTED)));
    Accompaniment a = prorata.started(OfferCode.MADI);
    Invoice invoice = prorata.liens.billing().issue(prorata.coordinator,
        prorata.liens.billing().prepare(prorata.coordinator, a.id()).get(0).id());
    assertThat(codeOf(() -> prorata.liens.billing().settle(prorata.coordinator, a.id(), "Fin anticipée")))
        .isEqualTo(ErrorCode.NOTHING_TO_BILL);
    prorata.clock.set(LocalDate.of(2023, 11, 10));
    endEarly(prorata, a);
    List<CreditNote> notes = prorata.liens.billing().settle(prorata.coordinator, a.id(), "Fin anticipée");
    assertThat(notes).singleElement().satisfies(n -> {
      assertThat(n.total()).isEqualTo(Money.euros(1000));
      assertThat(n.number()).isEqualTo(new InvoiceNumber("AV", 2023, 1));
      assertThat(n.invoiceNumber()).isEqualTo(invoice.number().orElseThrow());
      assertThat(n.invoiceIssuedOn()).isEqualTo(SEPT_4);
    });
    assertThat(codeOf(() -> prorata.liens.billing().settle(prorata.coordinator, a.id(), "Fin anticipée")))
        .isEqualTo(ErrorCode.NOTHING_TO_BILL);
  }

  private static void endEarly(MoneyWorld w, Accompaniment a) {
    w.liens.accompaniments().writeActionReport(w.coordinator, a.id(), w.today(), "Bilan");
    w.liens.accompaniments().close(w.coordinator, a.id(), w.today());
  }

  @Test
  void mandatoryMentionsMustBeKnownBeforeAnythingIsInvoiced() {
    MoneyWorld anonymous = new MoneyWorld(SEPT_4, b -> b);
    var noSeller = anonymous.reconfigured(b -> org.liens.Liens.builder().storage(anonymous.storage).clock(anonymous.clock));
    Accompaniment a = anonymous.started(OfferCode.MIP);
    assertThat(codeOf(() -> noSeller.liens.billing().prepare(noSeller.coordinator, a.id())))
        .isEqualTo(ErrorCode.MISSING_INVOICE_MENTION);
    assertThat(catchThrowableOfType(MissingInvoiceDataException.class,
        () -> noSeller.liens.billing().prepare(noSeller.coordinator, a.id())).missing())
        .containsExactly(InvoiceRequirement.SELLER);
    // registered the Quick-start way, by name and kind only: the refusal names its address and SIREN
    var unknownAddress = world.liens.organisations().register(world.coordinator, "Mairie", OrganisationKind.LOCAL_AUTHORITY);
    Accompaniment b = world.started(OfferCode.MIP, unknownAddress.id(), Optional.empty());
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, b.id())))
        .isEqualTo(ErrorCode.MISSING_INVOICE_MENTION);
    MissingInvoiceDataException missing = catchThrowableOfType(MissingInvoiceDataException.class,
        () -> world.liens.billing().prepare(world.coordinator, b.id()));
    assertThat(missing.missing())
        .containsExactlyInAnyOrder(InvoiceRequirement.FUNDER_ADDRESS, InvoiceRequirement.FUNDER_SIREN);
    assertThat(missing.getMessage()).contains("postal address", "SIREN").doesNotContain("Mairie");
    assertThat(world.liens.billing().ofAccompaniment(world.coordinator, b.id())).isEmpty();
  }

  @Test
  void invoicesOfAPeriodAreListedByNumber() {
    Accompaniment a = world.started(OfferCode.MIP);
    world.clock.advanceDays(3);
    Accompaniment b = world.started(OfferCode.MADI);
    Invoice second = world.liens.billing().prepare(world.coordinator, b.id()).get(0);
    Invoice first = world.liens.billing().prepare(world.coordinator, a.id()).get(0);
    world.liens.billing().issue(world.coordinator, first.id());
    world.clock.advanceDays(1);
    world.liens.billing().issue(world.coordinator, second.id());
    assertThat(world.liens.billing().issuedBetween(world.coordinator, SEPT_4, world.today()))
        .extracting(i -> i.number().orElseThrow().toString()).containsExactly("F-2023-00001", "F-2023-00002");
    assertThat(world.liens.billing().issuedBetween(world.coordinator, world.today(), world.today()))
        .extracting(Invoice::id).containsExactly(second.id());
  }

  @Test
  void theFirstAppointmentOfAnInvoicedModuleCannotMove() {
    Accompaniment a = world.started(OfferCode.MIP);
    Invoice draft = world.liens.billing().prepare(world.coordinator, a.id()).get(0);
    assertThat(codeOf(() -> world.liens.accompaniments().moveFirstAppointment(world.coordinator, a.id(),
        SEPT_4.plusDays(1)))).isEqualTo(ErrorCode.ALREADY_INVOICED);
    world.liens.billing().discard(world.coordinator, draft.id());
    Accompaniment moved = world.liens.accompaniments().moveFirstAppointment(world.coordinator, a.id(), SEPT_4.plusDays(1));
    assertThat(moved.period().orElseThrow().start()).isEqualTo(SEPT_4.plusDays(1));
  }

  @Test
  void aCancelledAccompanimentIsNeverBilledSoSettlingCreditsWhatWasInvoiced() {
    Accompaniment a = world.started(OfferCode.MAPA);
    Invoice invoice = world.issueFirstPrepared(a);
    world.liens.accompaniments().cancel(world.coordinator, a.id(), "La famille a déménagé", SEPT_4);
    assertThat(codeOf(() -> world.liens.billing().prepare(world.coordinator, a.id()))).isEqualTo(ErrorCode.NOT_BILLABLE);
    List<CreditNote> notes = world.liens.billing().settle(world.coordinator, a.id(), "Annulation");
    assertThat(notes).singleElement().satisfies(n -> assertThat(n.total()).isEqualTo(invoice.total()));
  }
}
