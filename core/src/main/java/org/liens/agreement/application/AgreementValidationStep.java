package org.liens.agreement.application;

import org.liens.accompaniment.Accompaniment;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.WaitlistPolicy;
import org.liens.internal.UnitOfWork;
import org.liens.referral.Referral;
import org.liens.referral.application.ReferralService;
import org.liens.shared.Checks;
import org.liens.shared.ErrorCode;

/**
 * Validating a referral under a funding agreement takes a place of it, in the validation's transaction (R8,
 * R10): if the agreement refuses ({@link ErrorCode#NO_PLACE_LEFT}, {@link ErrorCode#OUTSIDE_AGREEMENT_PERIOD},
 * {@link ErrorCode#NOT_COVERED_BY_AGREEMENT}), the whole validation is refused and nothing is stored. With no
 * place left, the {@link WaitlistPolicy} decides. {@code Liens} installs it.
 */
public final class AgreementValidationStep implements ReferralService.ValidationStep {
  private final WaitlistPolicy policy;

  /**
   * A step that takes places under {@code policy}.
   *
   * @param policy what to do when the agreement has no place left: refuse the validation, or waitlist the accompaniment
   */
  public AgreementValidationStep(WaitlistPolicy policy) {
    this.policy = Checks.required(policy, "policy");
  }

  @Override
  public void onValidation(UnitOfWork work, Referral referral, Accompaniment opened) {
    if (referral.agreement().isEmpty()) {
      return;
    }
    FundingAgreement agreement = work.repositories().fundingAgreements().get(referral.agreement().get());
    work.repositories().fundingAgreements().save(work.accept(
        agreement.takePlace(opened.id(), opened.offer().code(), referral.funder(), work.today(), policy)));
  }
}
