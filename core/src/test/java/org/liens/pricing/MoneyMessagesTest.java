package org.liens.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Refusal;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** Issue 10, defect 7: a refused value is never quoted back; the message names the field and the format. */
class MoneyMessagesTest {
  static final String RAW = "Anne Martin née le 02/03/1985";

  @Test
  void aRefusedAmountIsNotQuoted() {
    InvalidInputException refused = Refusal.invalidInput(ErrorCode.INVALID_AMOUNT, () -> Money.parse(RAW));
    assertThat(refused.getMessage()).contains("amount").doesNotContain("Anne").doesNotContain("1985");
    assertThat(catchThrowable(() -> Money.parse("1985.0302 EUR")).getMessage()).contains("amount")
        .doesNotContain("1985");
    assertThat(catchThrowable(() -> Money.of(new BigDecimal("19850302.123"))).getMessage()).contains("amount")
        .doesNotContain("19850302");
  }

  @Test
  void aRefusedOfferCodeIsNotQuoted() {
    InvalidInputException refused = Refusal.invalidInput(ErrorCode.INVALID_VALUE, () -> OfferCode.of(RAW));
    assertThat(refused.getMessage()).contains("offer code").doesNotContain("Anne").doesNotContain("1985");
  }
}
