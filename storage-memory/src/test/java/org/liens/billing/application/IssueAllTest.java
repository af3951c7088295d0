package org.liens.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.storage.tck.Refusals.codeOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.AgreementCharged;
import org.liens.agreement.AgreementLineTerms;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.AgreementTerms;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.billing.BillingSubject;
import org.liens.billing.Invoice;
import org.liens.catalog.OfferCode;
import org.liens.event.DomainEvent;
import org.liens.shared.ErrorCode;
import org.liens.storage.memory.MoneyWorld;

/** Issue 8: issuing the drafts of one subject together charges each agreement once, as issuing them one by one would. */
class IssueAllTest {
  static final LocalDate SEPT_4 = LocalDate.of(2023, 9, 4);

  record Issued(MoneyWorld world, FundingAgreement before, FundingAgreement after, List<Invoice> invoices,
      List<DomainEvent> events) {}

  static Issued coFinancedMadi(boolean together) {
    MoneyWorld w = new MoneyWorld(SEPT_4);
    FundingAgreement agreement = w.liens.agreements().conclude(w.coordinator, new AgreementTerms("CEJ-2023-07",
        AgreementPeriod.year(2023), List.of(FunderShare.of(w.caf.id(), "33.33"), FunderShare.of(w.msa.id(), "33.33"),
            FunderShare.of(w.figeac.id(), "33.34")), List.of(AgreementLineTerms.atTariff(OfferCode.MADI, 2))));
    Accompaniment a = w.started(OfferCode.MADI, w.caf.id(), Optional.of(agreement.id()));
    List<Invoice> drafts = w.liens.billing().prepare(w.coordinator, a.id());
    FundingAgreement before = w.liens.agreements().get(w.coordinator, agreement.id());
    int from = w.events.size();
    List<Invoice> issued = together
        ? w.liens.billing().issueAll(w.coordinator, BillingSubject.of(a.id()))
        : drafts.stream().map(d -> w.liens.billing().issue(w.coordinator, d.id())).toList();
    List<DomainEvent> events = List.copyOf(w.events.subList(from, w.events.size()));
    return new Issued(w, before, w.liens.agreements().get(w.coordinator, agreement.id()), issued, events);
  }

  @Test
  void issuingTheThreeDraftsOfACoFinancedMadiTogetherSavesTheAgreementOnce() {
    Issued together = coFinancedMadi(true);
    Issued oneByOne = coFinancedMadi(false);
    assertThat(together.after().version()).isEqualTo(together.before().version() + 1);
    assertThat(oneByOne.after().version()).isEqualTo(oneByOne.before().version() + 3);
    assertThat(together.after().billed()).isEqualTo(oneByOne.after().billed());
    assertThat(together.after().charges()).extracting(c -> c.amount(), c -> c.on())
        .containsExactlyElementsOf(oneByOne.after().charges().stream().map(c -> org.assertj.core.groups.Tuple.tuple(
            c.amount(), c.on())).toList());
    assertThat(together.invoices()).extracting(i -> i.number().orElseThrow(), Invoice::total, Invoice::client,
            i -> i.issuedOn().orElseThrow(), i -> i.dueOn().orElseThrow())
        .containsExactlyElementsOf(oneByOne.invoices().stream().map(i -> org.assertj.core.groups.Tuple.tuple(
            i.number().orElseThrow(), i.total(), i.client(), i.issuedOn().orElseThrow(), i.dueOn().orElseThrow()))
            .toList());
    assertThat(together.invoices()).extracting(i -> i.number().orElseThrow().sequence()).containsExactly(1L, 2L, 3L);
    assertThat(together.events().stream().map(e -> e.payload().getClass().getSimpleName()).sorted().toList())
        .isEqualTo(oneByOne.events().stream().map(e -> e.payload().getClass().getSimpleName()).sorted().toList());
    assertThat(together.events().stream().map(DomainEvent::payload).filter(AgreementCharged.class::isInstance)
        .map(p -> ((AgreementCharged) p).amount()).toList())
        .isEqualTo(oneByOne.events().stream().map(DomainEvent::payload).filter(AgreementCharged.class::isInstance)
            .map(p -> ((AgreementCharged) p).amount()).toList())
        .hasSize(3);
    assertThat(together.world().liens.billing().ofAgreement(together.world().coordinator, together.after().id()))
        .allSatisfy(i -> assertThat(i.number()).isPresent());
  }

  @Test
  void aSubjectWithoutDraftHasNothingToIssue() {
    Issued done = coFinancedMadi(true);
    Accompaniment a = done.world().started(OfferCode.MIP);
    assertThat(codeOf(() -> done.world().liens.billing().issueAll(done.world().coordinator, BillingSubject.of(a.id()))))
        .isEqualTo(ErrorCode.NOTHING_TO_BILL);
  }
}
