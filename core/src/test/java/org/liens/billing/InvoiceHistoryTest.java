package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.billing.InvoiceTest.SELLER;
import static org.liens.billing.InvoiceTest.TODAY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.fixtures.Fixtures;

class InvoiceHistoryTest {

  private static Invoice draft(BillableLine line) {
    return InvoiceTest.draft(List.of(line), List.of(InvoiceTest.payer("100")), SELLER).get(0);
  }

  private static CreditNote credit(Invoice invoice, List<CreditNote> previous, Money amount, long sequence) {
    return CreditNote.issue(CreditNoteId.of(Fixtures.uuid()), invoice, previous, amount, "Erreur",
        new InvoiceNumber("AV", 2023, sequence), TODAY.plusDays(1)).after();
  }

  @Test
  void anInvoiceStillBillsWhileADraftOrIssuedAndNotCreditedInFull() {
    Invoice draft = draft(CreditNoteTest.session("60", VatRegime.exempt()));
    Invoice discarded = draft(CreditNoteTest.session("30", VatRegime.exempt())).discard(TODAY).after();
    Invoice partly = draft(CreditNoteTest.session("45", VatRegime.exempt()))
        .issue(new InvoiceNumber("F", 2023, 1), TODAY).after();
    Invoice fully = draft(CreditNoteTest.session("15", VatRegime.exempt()))
        .issue(new InvoiceNumber("F", 2023, 2), TODAY).after();
    CreditNote some = credit(partly, List.of(), Money.euros(1), 1);
    CreditNote all = credit(fully, List.of(), fully.total(), 2);
    InvoiceHistory history = new InvoiceHistory(List.of(draft, discarded, partly, fully), List.of(some, all));

    assertThat(history.live()).containsExactly(draft, partly);
    assertThat(history.firstLive()).contains(draft);
    assertThat(history.issued()).containsExactly(partly, fully);
    assertThat(history.hasDraft()).isTrue();
    assertThat(history.credited(partly)).isEqualTo(Money.euros(1));
    assertThat(history.remaining(partly)).isEqualTo(partly.total().minus(Money.euros(1)));
    assertThat(history.remaining(fully)).isEqualTo(Money.ZERO);
    assertThat(history.creditNotesOf(fully)).containsExactly(all);
    assertThat(history.billedItems()).containsExactlyInAnyOrderElementsOf(
        List.of(draft.items(), partly.items()).stream().flatMap(java.util.Set::stream).toList());
    assertThat(history.bills(LineKind.INDIVIDUAL_SESSION)).isTrue();
    assertThat(history.bills(LineKind.TRAVEL)).isFalse();
  }

  @Test
  void aSubjectWithoutInvoicesBillsNothing() {
    InvoiceHistory empty = new InvoiceHistory(List.of(), List.of());
    assertThat(empty.live()).isEmpty();
    assertThat(empty.firstLive()).isEmpty();
    assertThat(empty.billedItems()).isEmpty();
    assertThat(empty.hasDraft()).isFalse();
  }
}
