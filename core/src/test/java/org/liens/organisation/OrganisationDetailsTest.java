package org.liens.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.fixtures.Fixtures.codeOf;

import org.junit.jupiter.api.Test;
import org.liens.fixtures.Fixtures;
import org.liens.shared.ErrorCode;

/** Plain values register and update an organisation; absent values are overloads or {@code without…}. */
class OrganisationDetailsTest {
  static final String SIREN = "775587371";
  static final OrganisationId ID = Fixtures.organisation();

  @Test
  void aFunderRegistersWithPlainSirenAndAddress() {
    Organisation caf = Organisation.register(ID, "CAF du Gard", OrganisationKind.CAF, SIREN, Fixtures.ADDRESS).after();
    assertThat(caf.siren()).contains(SIREN);
    assertThat(caf.address()).contains(Fixtures.ADDRESS);
    assertThat(caf.details()).isEqualTo(OrganisationDetails.of("CAF du Gard", SIREN, Fixtures.ADDRESS));
  }

  @Test
  void aPartnerKnownByNameHasNeitherAndLearnsThemLater() {
    Organisation ccas = Organisation.register(ID, "CCAS", OrganisationKind.CCAS).after();
    assertThat(ccas.siren()).isEmpty();
    assertThat(ccas.address()).isEmpty();
    Organisation known = ccas.update(ccas.details().withSiren(SIREN)).after();
    assertThat(known.siren()).contains(SIREN);
    assertThat(known.address()).isEmpty();
    Organisation moved = known.update("CCAS d'Uzès", SIREN, Fixtures.ADDRESS).after();
    assertThat(moved.details().withoutAddress().withoutSiren()).isEqualTo(OrganisationDetails.named("CCAS d'Uzès"));
    assertThat(moved.kind()).isEqualTo(OrganisationKind.CCAS);
  }

  @Test
  void detailsAreCheckedWhenMade() {
    assertThat(codeOf(() -> OrganisationDetails.named("CAF").withSiren("775587373"))).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(codeOf(() -> OrganisationDetails.named(" "))).isEqualTo(ErrorCode.BLANK_VALUE);
    assertThat(codeOf(() -> OrganisationDetails.named("CAF").withAddress(null))).isEqualTo(ErrorCode.MISSING_VALUE);
  }
}
