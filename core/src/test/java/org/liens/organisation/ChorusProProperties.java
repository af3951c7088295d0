package org.liens.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.liens.billing.MissingChorusProDataException;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * Issue 15: a funder invoiced through Chorus Pro needs its SIRET, and the service code and commitment number it
 * requires; {@link ChorusPro#missing()} names exactly what is missing, and the refusal names it without quoting
 * any value.
 */
class ChorusProProperties {
  private static final String SIRET = "22300001900016";

  @Property
  void missingNamesExactlyTheRequiredFieldsNotKnown(@ForAll boolean siret, @ForAll boolean serviceCode,
      @ForAll boolean commitment, @ForAll boolean serviceCodeRequired, @ForAll boolean commitmentRequired) {
    ChorusPro chorusPro = new ChorusPro(siret ? Optional.of(SIRET) : Optional.empty(),
        serviceCode ? Optional.of("SERVICE-ASE") : Optional.empty(),
        commitment ? Optional.of("EJ-2023-0042") : Optional.empty(), serviceCodeRequired, commitmentRequired);

    Set<ChorusProField> expected = EnumSet.noneOf(ChorusProField.class);
    if (!siret) {
      expected.add(ChorusProField.SIRET);
    }
    if (serviceCodeRequired && !serviceCode) {
      expected.add(ChorusProField.SERVICE_CODE);
    }
    if (commitmentRequired && !commitment) {
      expected.add(ChorusProField.COMMITMENT_NUMBER);
    }
    assertThat(chorusPro.missing()).isEqualTo(expected);
    if (!expected.isEmpty()) {
      MissingChorusProDataException refusal = new MissingChorusProDataException("invoice 1", chorusPro.missing());
      assertThat(refusal.code()).isEqualTo(ErrorCode.MISSING_CHORUS_PRO_DATA);
      assertThat(refusal.missing()).isEqualTo(expected);
      assertThat(refusal.getMessage()).doesNotContain(SIRET, "SERVICE-ASE", "EJ-2023-0042");
    }
  }

  @Property
  void aSiretWithAWrongCheckDigitIsRefusedWithoutQuotingIt(@ForAll @IntRange(min = 1, max = 9) int delta) {
    String wrong = SIRET.substring(0, 13) + (char) ('0' + (SIRET.charAt(13) - '0' + delta) % 10);
    InvalidInputException refused = catchThrowableOfType(() -> ChorusPro.at(wrong), InvalidInputException.class);
    assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(refused.getMessage()).contains("siret").doesNotContain(wrong);
  }

  @Property
  void aCommitmentNumberHasAtMostFiftyCharacters(@ForAll @IntRange(min = 1, max = 80) int length) {
    String number = "E".repeat(length);
    if (length <= 50) {
      assertThat(ChorusPro.at(SIRET).withCommitmentNumber(number).commitmentNumber()).contains(number);
    } else {
      assertThat(catchThrowableOfType(() -> ChorusPro.at(SIRET).withCommitmentNumber(number),
          InvalidInputException.class).code()).isEqualTo(ErrorCode.INVALID_VALUE);
    }
  }
}
