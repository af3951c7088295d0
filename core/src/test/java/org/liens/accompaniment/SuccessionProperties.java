package org.liens.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.liens.catalog.OfferCode;
import org.liens.fixtures.Fixtures;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.staff.StaffId;

class SuccessionProperties {
  enum State { VALIDATED, ACTIVE, CANCELLED }

  static Accompaniment predecessor(OfferCode offer, State state) {
    Accompaniment opened = Fixtures.opened(offer);
    return switch (state) {
      case VALIDATED -> opened;
      case ACTIVE -> opened.start(Fixtures.FIRST_APPOINTMENT).after();
      case CANCELLED -> opened.cancel("Fin", Fixtures.RECEIVED, Fixtures.RECEIVED).after();
    };
  }

  @Provide
  Arbitrary<List<StaffId>> additional() {
    return Arbitraries.of(Fixtures.LEA, Fixtures.SAM, StaffId.of(new UUID(3, 3))).list().uniqueElements().ofMaxSize(3);
  }

  @Property
  @Label("R6: a MADI succeeds exactly an open MIP, keeps its whole team, and both are linked")
  void a_madi_succeeds_an_open_mip_with_the_same_team(
      @ForAll("offers") OfferCode previousOffer, @ForAll State state, @ForAll("additional") List<StaffId> added) {
    Accompaniment previous = predecessor(previousOffer, state);
    Referral madiReferral = Fixtures.assessed(Referral.receive(ReferralId.of(UUID.randomUUID()),
        Fixtures.request(OfferCode.MADI, ReferralReason.CRISIS).succeeding(previous.id())).after());
    boolean allowed = previousOffer.equals(OfferCode.MIP) && previous.isOpen();
    try {
      Accompaniment madi = Accompaniment.openAsSuccessor(AccompanimentId.of(UUID.randomUUID()), madiReferral,
          Fixtures.offer(OfferCode.MADI), previous, added, Fixtures.RECEIVED,
          EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after();
      Accompaniment ended = previous.succeededBy(madi.id(), Fixtures.RECEIVED.plusDays(20), Fixtures.RECEIVED.plusDays(20))
          .after();
      assertThat(allowed).as("succession allowed").isTrue();
      assertThat(madi.team()).containsAll(previous.team()).containsAll(added).doesNotHaveDuplicates();
      assertThat(madi.team().subList(0, previous.team().size())).isEqualTo(previous.team());
      assertThat(madi.predecessor()).contains(previous.id());
      assertThat(ended.successor()).contains(madi.id());
      assertThat(ended.status()).isEqualTo(AccompanimentStatus.SUCCEEDED);
      Statistics.label("succession").collect("done");
    } catch (LiensException refused) {
      assertThat(allowed).as("succession refused").isFalse();
      assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_SUCCESSION);
      Statistics.label("succession").collect("refused");
    }
    Statistics.label("succession").coverage(c -> {
      c.check("done").count(n -> n > 0);
      c.check("refused").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<OfferCode> offers() {
    return Arbitraries.of(OfferCode.MIP, OfferCode.MADI, OfferCode.MAPA);
  }
}
