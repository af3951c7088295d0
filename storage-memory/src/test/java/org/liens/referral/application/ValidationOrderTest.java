package org.liens.referral.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liens.storage.tck.Refusals.codeOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liens.referral.Referral;
import org.liens.referral.ReferralStatus;
import org.liens.shared.ErrorCode;
import org.liens.storage.memory.InMemoryStorage;
import org.liens.storage.tck.World;

/**
 * Issue 10, defect 6: validation checks the referral's state before its eligibility, so validating a referral that
 * is already decided (validated or rejected), or not yet assessed, is {@code ILLEGAL_TRANSITION} as the README's
 * error table says, never {@code NOT_ELIGIBLE}; and nothing is stored. (Validating again with a team the accompaniment
 * holds is a safe retry that returns it: {@code SafeRetryCreationContract}; here the team is another.)
 */
class ValidationOrderTest {
  final World world = World.on(new InMemoryStorage());

  @Test
  void validatingAnAlreadyValidatedReferralIsAnIllegalTransition() {
    Referral validated = world.liens.referrals().get(World.COORDINATOR, world.validated.referral());
    assertThat(validated.status()).isEqualTo(ReferralStatus.VALIDATED);
    int caseload = world.liens.caseload().all(World.COORDINATOR).size();

    assertThat(codeOf(() -> world.liens.referrals().validate(World.COORDINATOR, validated.id(), List.of(world.lea))))
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(world.liens.referrals().get(World.COORDINATOR, validated.id())).isEqualTo(validated);
    assertThat(world.liens.caseload().all(World.COORDINATOR)).hasSize(caseload);
  }

  @Test
  void validatingARejectedReferralWithoutConsentIsAnIllegalTransition() {
    assertThat(world.rejected.consent()).isEmpty();
    assertThat(codeOf(() -> world.liens.referrals().validate(World.COORDINATOR, world.rejected.id(), List.of(world.lea))))
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(world.liens.referrals().get(World.COORDINATOR, world.rejected.id())).isEqualTo(world.rejected);
  }

  @Test
  void validatingAReceivedReferralIsAnIllegalTransition() {
    assertThat(codeOf(() -> world.liens.referrals().validate(World.COORDINATOR, world.received.id(), List.of(world.lea))))
        .isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    assertThat(world.liens.referrals().get(World.COORDINATOR, world.received.id())).isEqualTo(world.received);
  }
}
