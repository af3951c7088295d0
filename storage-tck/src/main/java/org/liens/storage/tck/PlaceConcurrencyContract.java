package org.liens.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.liens.agreement.FundingAgreement;
import org.liens.catalog.OfferCode;
import org.liens.referral.Referral;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;

/**
 * Issue 10, defect 3: validations that take places of one funding agreement at once queue on every database. Each
 * either takes a place or is refused with {@code NO_PLACE_LEFT}; none fails on a deadlock ({@code STORAGE_FAILURE}).
 */
public interface PlaceConcurrencyContract extends StorageFactory {
  /** How many referrals are validated at once under one agreement with three MIP places. */
  int TAKERS = 8;

  /**
   * Contract (concurrency): eight validations under one agreement with three places take exactly three places;
   * the five others are refused with NO_PLACE_LEFT, never with a storage failure.
   *
   * @throws Exception if a validating thread is interrupted
   */
  @Test
  @DisplayName("concurrency: 8 validations under one agreement with 3 places: 3 take a place, 5 get NO_PLACE_LEFT")
  default void concurrent_validations_under_one_agreement_queue_for_its_places() throws Exception {
    Ledger ledger = Ledger.partnersOn(newStorage());
    FundingAgreement agreement = ledger.cofinanced;
    List<Referral> referrals = new ArrayList<>();
    for (int i = 0; i < TAKERS; i++) {
      referrals.add(ledger.assessed(OfferCode.MIP, Optional.of(agreement)));
    }
    List<String> results = Together.run(TAKERS, thread -> {
      try {
        ledger.liens.referrals().validate(Ledger.COORDINATOR, referrals.get(thread).id(), List.of(ledger.educator));
        return "PLACE";
      } catch (LiensException refused) {
        return refused.code().name();
      }
    });
    assertThat(results).as("outcomes %s", results).filteredOn("PLACE"::equals).hasSize(3);
    assertThat(results).filteredOn(r -> !r.equals("PLACE")).containsOnly(ErrorCode.NO_PLACE_LEFT.name());
    FundingAgreement after = ledger.liens.agreements().get(Ledger.COORDINATOR, agreement.id());
    assertThat(after.version()).isEqualTo(agreement.version() + 3);
  }
}
