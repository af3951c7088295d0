package org.liens.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;
import org.liens.shared.LocalizedText;

/** Issue 10, defect 5: a catalogue is whole; an offer may only follow an offer of the same catalogue. */
class CatalogTest {
  static Offer offer(String code, Set<OfferCode> mayFollow) {
    return new Offer(OfferCode.of(code), new LocalizedText("a", "b"), OfferDuration.months(6), Optional.empty(),
        TeamRule.EXACTLY_ONE, Audience.PARENTS, Set.of(ReferralChannel.FAMILY_REQUEST), mayFollow);
  }

  @Test
  void anOfferThatMayFollowAnAbsentOfferIsRefused() {
    Throwable refused = catchThrowable(() -> Catalog.of(List.of(offer("MADI", Set.of(OfferCode.MIP)))));
    assertThat(refused).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VALUE));
    assertThat(Catalog.of(List.of(offer("MIP", Set.of()), offer("MADI", Set.of(OfferCode.MIP)))).offers())
        .extracting(Offer::code).containsExactly(OfferCode.MIP, OfferCode.MADI);
  }
}
