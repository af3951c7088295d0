package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.access.Actor;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.CreditNote;
import org.liens.billing.CreditNoteId;
import org.liens.billing.Invoice;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.household.Child;
import org.liens.household.SchoolGrade;
import org.liens.organisation.Organisation;
import org.liens.organisation.OrganisationDetails;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.OrganisationKind;
import org.liens.pricing.Money;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;
import org.liens.staff.StaffMember;
import org.liens.staff.StaffRole;
import org.liens.storage.Storage;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteRequest;
import org.liens.workshop.WorkshopSeries;

/**
 * Issue 10, defect 2, for every creating command beyond households and contacts ({@link SafeRetryContract}): a call
 * answered {@code OUTCOME_UNKNOWN} can be repeated. Repeating one that did commit returns its result, stores nothing
 * more and appends no event to the outbox; the same caller id for something else is {@code DUPLICATE_ID} and stores
 * nothing. Commands without a caller id (accept, validate, prepare, issue) are repeatable by their natural key.
 */
public interface SafeRetryCreationContract extends StorageFactory {
  /** The coordinator who acts. */
  Actor ACTOR = Ledger.COORDINATOR;

  /** Contract (retries): a referral received again under its caller id is received once. */
  @Test
  @DisplayName("retries: a referral repeated under its caller id is received once; the id for another is refused")
  default void a_referral_repeated_under_its_id_is_received_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Referral some = ledger.assessed(OfferCode.MIP, Optional.empty());
    ReferralId id = ReferralId.of(new UUID(0xC2, 1));

    Referral first = repeated(ledger.storage, List.of("ReferralReceived"),
        () -> ledger.liens.referrals().receive(ACTOR, id, referral(ledger, some, ReferralReason.ACUTE_CRISIS)));
    refused(ledger.storage,
        () -> ledger.liens.referrals().receive(ACTOR, id, referral(ledger, some, ReferralReason.FAMILY_EVENT)));
    assertThat(first.id()).isEqualTo(id);
    assertThat(ledger.liens.referrals().get(ACTOR, id)).isEqualTo(first);
  }

  /** Contract (retries): an organisation registered again under its caller id is registered once. */
  @Test
  @DisplayName("retries: an organisation repeated under its caller id is registered once; the id for another is refused")
  default void an_organisation_repeated_under_its_id_is_registered_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    OrganisationId id = OrganisationId.of(new UUID(0xC2, 2));
    int before = ledger.liens.organisations().all(ACTOR).size();

    Organisation first = repeated(ledger.storage, List.of("OrganisationRegistered"),
        () -> ledger.liens.organisations().register(ACTOR, id,
            OrganisationDetails.named("CCAS de Figeac").withSiren("264600487"), OrganisationKind.CCAS));
    refused(ledger.storage, () -> ledger.liens.organisations().register(ACTOR, id,
        OrganisationDetails.named("CCAS de Cahors").withSiren("264600487"), OrganisationKind.CCAS));
    assertThat(first.id()).isEqualTo(id);
    assertThat(ledger.liens.organisations().all(ACTOR)).hasSize(before + 1).contains(first);
  }

  /** Contract (retries): a staff member registered again under its id is registered once. */
  @Test
  @DisplayName("retries: a staff member repeated under its id is registered once; the id for another is refused")
  default void a_staff_member_repeated_under_its_id_is_registered_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    StaffId id = StaffId.of(new UUID(0xC2, 3));
    OrganisationId employer = ledger.departement.id();

    StaffMember first = repeated(ledger.storage, List.of("StaffMemberRegistered"),
        () -> ledger.liens.staff().register(ACTOR, id, employer, Set.of(StaffRole.EDUCATOR), Staffing.SINCE));
    refused(ledger.storage, () -> ledger.liens.staff().register(ACTOR, id, employer,
        Set.of(StaffRole.EDUCATOR, StaffRole.COORDINATOR), Staffing.SINCE));
    assertThat(ledger.liens.staff().ofOrganisation(ACTOR, employer)).containsOnlyOnce(first);
  }

  /** Contract (retries): an agreement concluded again under its caller id is concluded once. */
  @Test
  @DisplayName("retries: an agreement repeated under its caller id is concluded once; the id for another is refused")
  default void an_agreement_repeated_under_its_id_is_concluded_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    AgreementId id = AgreementId.of(new UUID(0xC2, 4));

    FundingAgreement first = repeated(ledger.storage, List.of("FundingAgreementConcluded"),
        () -> ledger.liens.agreements().conclude(ACTOR, id, terms(ledger, 2)));
    refused(ledger.storage, () -> ledger.liens.agreements().conclude(ACTOR, id, terms(ledger, 3)));
    assertThat(ledger.liens.agreements().ofFunder(ACTOR, ledger.departement.id()))
        .filteredOn(a -> a.reference().equals("DEP-46-2024")).containsExactly(first);
  }

  /** Contract (retries): a quote proposed again under its caller id is proposed once. */
  @Test
  @DisplayName("retries: a quote repeated under its caller id is proposed once; the id for another is refused")
  default void a_quote_repeated_under_its_id_is_proposed_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    QuoteId id = QuoteId.of(new UUID(0xC2, 5));

    Quote first = repeated(ledger.storage, List.of("QuoteProposed"),
        () -> ledger.liens.workshops().propose(ACTOR, id, quote(ledger, 6)));
    refused(ledger.storage, () -> ledger.liens.workshops().propose(ACTOR, id, quote(ledger, 7)));
    assertThat(ledger.liens.workshops().ofClient(ACTOR, ledger.school.id())).containsExactly(first);
  }

  /** Contract (retries): accepting an accepted quote again returns its series. */
  @Test
  @DisplayName("retries: a quote accepted again returns its series; one series is opened")
  default void a_quote_accepted_again_returns_its_series() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Quote quote = ledger.liens.workshops().propose(ACTOR, quote(ledger, 6));

    WorkshopSeries series = repeated(ledger.storage, List.of("QuoteAccepted", "WorkshopSeriesOpened"),
        () -> ledger.liens.workshops().accept(ACTOR, quote.id()));
    assertThat(ledger.liens.workshops().get(ACTOR, quote.id()).series()).contains(series.id());
    assertThat(ledger.liens.workshops().series(ACTOR, series.id())).isEqualTo(series);
  }

  /** Contract (retries): a session recorded again under its caller id is recorded once. */
  @Test
  @DisplayName("retries: a workshop session repeated under its caller id is recorded once; the id for another is refused")
  default void a_session_repeated_under_its_id_is_recorded_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    WorkshopSeries opened = ledger.liens.workshops().accept(ACTOR,
        ledger.liens.workshops().propose(ACTOR, quote(ledger, 6)).id());
    WorkshopSeries enrolled = ledger.liens.workshops().enrol(ACTOR, opened.id(),
        Child.of(World.name("Élève"), Ledger.START.minusYears(11), SchoolGrade.SIXIEME));
    UUID session = new UUID(0xC2, 7);
    var day = ledger.clock.today();

    WorkshopSeries first = repeated(ledger.storage, List.of("GroupSessionHeld"),
        () -> ledger.liens.workshops().recordSession(ACTOR, opened.id(), session, 1, day,
            Ledger.everyChildOf(enrolled, 1)));
    refused(ledger.storage, () -> ledger.liens.workshops().recordSession(ACTOR, opened.id(), session, 1,
        day.minusDays(1), Ledger.everyChildOf(enrolled, 1)));

    assertThat(first.sessions()).hasSize(enrolled.sessions().size() + 1);
    assertThat(ledger.liens.workshops().series(ACTOR, opened.id())).isEqualTo(first);
  }

  /** Contract (retries): validating a validated referral again, with its team, returns its accompaniment. */
  @Test
  @DisplayName("retries: a referral validated again with its team returns its accompaniment; one is opened")
  default void a_referral_validated_again_returns_its_accompaniment() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Referral assessed = ledger.assessed(OfferCode.MIP, Optional.empty());

    Accompaniment opened = repeated(ledger.storage, List.of("AccompanimentOpened", "ReferralValidated"),
        () -> ledger.liens.referrals().validate(ACTOR, assessed.id(), List.of(ledger.educator)));

    assertThat(ledger.liens.referrals().get(ACTOR, assessed.id()).accompaniment()).contains(opened.id());
    assertThat(ledger.liens.caseload().all(ACTOR)).filteredOn(e -> e.household().equals(assessed.household()))
        .hasSize(1);
  }

  /** Contract (retries): preparing again while drafts wait returns them. */
  @Test
  @DisplayName("retries: a co-financed module prepared again returns its pending drafts, in order; one per funder")
  default void preparing_again_returns_the_pending_drafts() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Referral referral = ledger.assessed(OfferCode.MIP, Optional.of(ledger.cofinanced));
    Accompaniment mip = ledger.liens.accompaniments().start(ACTOR, ledger.liens.referrals().validate(ACTOR,
        referral.id(), List.of(ledger.educator)).id(), ledger.clock.today());
    List<Invoice> drafts = repeated(ledger.storage, List.of("InvoiceDrafted", "InvoiceDrafted", "InvoiceDrafted"),
        () -> ledger.liens.billing().prepare(ACTOR, mip.id()));
    assertThat(drafts).extracting(Invoice::funder).containsExactly(ledger.caf.id(), ledger.msa.id(), ledger.figeac.id());
    assertThat(ledger.liens.billing().ofAccompaniment(ACTOR, mip.id())).containsExactlyInAnyOrderElementsOf(drafts);
  }

  /** Contract (retries): issuing an issued invoice again returns it unchanged and takes no number. */
  @Test
  @DisplayName("retries: an invoice issued again is returned unchanged and takes no number")
  default void issuing_again_returns_the_issued_invoice() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Invoice draft = ledger.liens.billing().prepare(ACTOR, ledger.startedMip().id()).get(0);

    Invoice issued = repeated(ledger.storage, List.of("InvoiceIssued"),
        () -> ledger.liens.billing().issue(ACTOR, draft.id()));
    Invoice next = ledger.liens.billing().issue(ACTOR,
        ledger.liens.billing().prepare(ACTOR, ledger.startedMip().id()).get(0).id());

    assertThat(next.number().orElseThrow().sequence()).isEqualTo(issued.number().orElseThrow().sequence() + 1);
  }

  /** Contract (retries): credit notes issued again under their caller ids are issued once. */
  @Test
  @DisplayName("retries: credit notes repeated under their caller ids are issued once; the ids for others are refused")
  default void credit_notes_repeated_under_their_ids_are_issued_once() {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Invoice invoice = ledger.liens.billing().issue(ACTOR, // a MIP without agreement: no charge event
        ledger.liens.billing().prepare(ACTOR, ledger.startedMip().id()).get(0).id());
    CreditNoteId part = CreditNoteId.of(new UUID(0xC2, 8));
    CreditNoteId rest = CreditNoteId.of(new UUID(0xC2, 9));

    CreditNote some = repeated(ledger.storage, List.of("CreditNoteIssued"),
        () -> ledger.liens.billing().credit(ACTOR, invoice.id(), part, Money.euros(100), "Geste commercial"));
    refused(ledger.storage,
        () -> ledger.liens.billing().credit(ACTOR, invoice.id(), part, Money.euros(50), "Geste commercial"));
    CreditNote all = repeated(ledger.storage, List.of("CreditNoteIssued"),
        () -> ledger.liens.billing().creditInFull(ACTOR, invoice.id(), rest, "Erreur de destinataire"));
    refused(ledger.storage, () -> ledger.liens.billing().creditInFull(ACTOR, invoice.id(), rest, "Autre motif"));

    assertThat(some.total()).isEqualTo(Money.euros(100));
    assertThat(all.total()).isEqualTo(invoice.total().minus(Money.euros(100)));
    assertThat(ledger.liens.billing().creditNotesOf(ACTOR, invoice.id())).containsExactlyInAnyOrder(some, all);
  }

  /**
   * Contract (retries, jqwik): whatever the mix of organisations, agreements, quotes and referrals created and
   * repeated under a few caller ids, each id is stored once with the content of its first call, which alone appended
   * an event; a repeat with other content is {@code DUPLICATE_ID}.
   *
   * @param calls the creations, in order, each with its caller id
   */
  @Property(tries = 10)
  @Label("retries: a mix of creating commands repeated under caller ids stores one thing per id, the first")
  default void a_mix_of_repeated_creations_stores_one_thing_per_id(
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 23) Integer> calls) {
    Ledger ledger = Ledger.partnersOn(newStorage());
    Referral some = ledger.assessed(OfferCode.MIP, Optional.empty());
    List<String> types = List.of("OrganisationRegistered", "FundingAgreementConcluded", "QuoteProposed",
        "ReferralReceived");
    Map<Integer, Integer> firstVariant = new HashMap<>(); // kind * 3 + id -> variant of its first call
    Map<String, Long> before = countByType(pending(ledger.storage));
    for (int call : calls) {
      int kind = call % 4;
      int key = call / 4 % 3;
      int variant = call / 12;
      UUID id = new UUID(0xC3 + kind, key);
      Throwable refused = catchThrowable(() -> {
        switch (kind) {
          case 0 -> ledger.liens.organisations().register(ACTOR, OrganisationId.of(id),
              OrganisationDetails.named("CCAS " + variant), OrganisationKind.CCAS);
          case 1 -> ledger.liens.agreements().conclude(ACTOR, AgreementId.of(id), terms(ledger, 2 + variant));
          case 2 -> ledger.liens.workshops().propose(ACTOR, QuoteId.of(id), quote(ledger, 6 + variant));
          default -> ledger.liens.referrals().receive(ACTOR, ReferralId.of(id),
              referral(ledger, some, variant == 0 ? ReferralReason.ACUTE_CRISIS : ReferralReason.FAMILY_EVENT));
        }
      });
      Integer first = firstVariant.putIfAbsent(kind * 3 + key, variant);
      if (first == null || first == variant) {
        assertThat(refused).isNull();
      } else {
        assertThat(refused).isInstanceOfSatisfying(LiensException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
      }
    }
    Map<String, Long> after = countByType(pending(ledger.storage));
    for (int kind = 0; kind < 4; kind++) {
      int k = kind;
      long ids = firstVariant.keySet().stream().filter(key -> key / 3 == k).count();
      String type = types.get(kind);
      assertThat(after.getOrDefault(type, 0L) - before.getOrDefault(type, 0L)).as(type).isEqualTo(ids);
    }
    firstVariant.forEach((key, variant) -> {
      UUID id = new UUID(0xC3 + key / 3, key % 3);
      switch (key / 3) {
        case 0 -> assertThat(ledger.liens.organisations().get(ACTOR, OrganisationId.of(id)).name())
            .isEqualTo("CCAS " + variant);
        case 1 -> assertThat(ledger.liens.agreements().get(ACTOR, AgreementId.of(id)).lines().get(0).places())
            .isEqualTo(2 + variant);
        case 2 -> assertThat(ledger.liens.workshops().get(ACTOR, QuoteId.of(id)).children()).isEqualTo(6 + variant);
        default -> assertThat(ledger.liens.referrals().get(ACTOR, ReferralId.of(id)).reasons()).containsExactly(
            variant == 0 ? ReferralReason.ACUTE_CRISIS : ReferralReason.FAMILY_EVENT);
      }
    });
  }

  /**
   * Runs {@code call} twice and {@return its first result} after checking that the repeat returned the same and that
   * the first call alone appended events, exactly of {@code types}, to the outbox.
   */
  private static <T> T repeated(Storage storage, List<String> types, Supplier<T> call) {
    int before = pending(storage).size();
    T first = call.get();
    List<DomainEvent> after = pending(storage);
    T again = call.get();
    assertThat(again).isEqualTo(first);
    assertThat(after.subList(before, after.size())).map(DomainEvent::type).containsExactlyInAnyOrderElementsOf(types);
    assertThat(pending(storage)).isEqualTo(after);
    return first;
  }

  /** Checks that {@code call} is refused with {@code DUPLICATE_ID} and appends nothing to the outbox. */
  private static void refused(Storage storage, ThrowingCallable call) {
    List<DomainEvent> before = pending(storage);
    assertThat(catchThrowable(call)).isInstanceOfSatisfying(LiensException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID));
    assertThat(pending(storage)).isEqualTo(before);
  }

  private static List<DomainEvent> pending(Storage storage) {
    return storage.read(r -> r.outbox().pending(100_000));
  }

  private static Map<String, Long> countByType(List<DomainEvent> events) {
    return events.stream().collect(Collectors.groupingBy(DomainEvent::type, Collectors.counting()));
  }

  /** A second referral of {@code some}'s household, for another offer, for {@code reason}. */
  private static ReferralRequest referral(Ledger ledger, Referral some, ReferralReason reason) {
    return ReferralRequest.of(some.household(), OfferCode.MADI, ReferralSource.familyRequest(),
        ledger.departement.id(), ledger.clock.today(), reason);
  }

  private static AgreementTerms terms(Ledger ledger, int places) {
    return new AgreementTerms("DEP-46-2024", AgreementPeriod.year(2024),
        List.of(FunderShare.whole(ledger.departement.id())), List.of(AgreementLineTerms.atTariff(OfferCode.MIP, places)));
  }

  private static QuoteRequest quote(Ledger ledger, int children) {
    return QuoteRequest.model(ledger.school.id(), children, ledger.clock.today().plusDays(30));
  }
}
