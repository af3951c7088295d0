package org.liens.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.ErrorCode;

/** An issued invoice gives its number and dates without {@code Optional}; a draft or a discarded one refuses. */
class IssuedInvoiceProperties {

  static Invoice draft() {
    return InvoiceTest.draft(List.of(InvoiceTest.module(Money.euros(2000), VatRegime.exempt())),
        List.of(InvoiceTest.payer("100")), InvoiceTest.SELLER).get(0);
  }

  @Property(tries = 200)
  @Label("issued() and issuedNumber() give exactly what issuing set, whatever the number and the day")
  void an_issued_invoice_has_its_number(@ForAll @IntRange(min = 1, max = 999_999) int sequence,
      @ForAll @IntRange(min = 0, max = 119) int daysAfterDraft) {
    LocalDate issuedOn = InvoiceTest.TODAY.plusDays(daysAfterDraft);
    InvoiceNumber number = new InvoiceNumber("F", issuedOn.getYear(), sequence);
    Invoice invoice = draft().issue(number, issuedOn).after();

    IssuedInvoice issued = invoice.issued();
    assertThat(issued.number()).isEqualTo(number).isEqualTo(invoice.issuedNumber());
    assertThat(issued.issuedOn()).isEqualTo(issuedOn);
    assertThat(issued.dueOn()).isEqualTo(issuedOn.plusDays(InvoiceTest.SELLER.paymentTermDays()));
    assertThat(issued.invoice()).isSameAs(invoice);
  }

  @Property(tries = 20)
  @Label("a draft or a discarded invoice has no issued view: NOT_ISSUED, not an empty Optional's exception")
  void a_draft_is_not_issued(@ForAll @IntRange(min = 0, max = 30) int daysAfterDraft) {
    Invoice draft = draft();
    Invoice discarded = draft.discard(InvoiceTest.TODAY.plusDays(daysAfterDraft)).after();
    for (Invoice notIssued : List.of(draft, discarded)) {
      assertThat(codeOf(notIssued::issued)).isEqualTo(ErrorCode.NOT_ISSUED);
      assertThat(codeOf(notIssued::issuedNumber)).isEqualTo(ErrorCode.NOT_ISSUED);
    }
  }
}
