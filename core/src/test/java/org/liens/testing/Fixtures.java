package org.liens.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.liens.accompaniment.Accompaniment;
import org.liens.accompaniment.AccompanimentId;
import org.liens.accompaniment.EducatorId;
import org.liens.accompaniment.EndDateConvention;
import org.liens.catalog.Offer;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.json.CatalogJson;
import org.liens.organisation.OrganisationId;
import org.liens.organisation.PostalAddress;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralRequest;
import org.liens.referral.ReferralSource;
import org.liens.shared.ErrorCode;
import org.liens.shared.LiensException;
import org.liens.shared.PersonName;

/** Builders of domain objects for tests: deterministic ids, the 2023 catalogue. */
public final class Fixtures {
  private static final AtomicLong NEXT = new AtomicLong(1);

  public static final PersonName PARENT = PersonName.of("Anne", "Martin");
  public static final EducatorId EDUCATOR = EducatorId.of(new UUID(9, 9));
  public static final PostalAddress ADDRESS = PostalAddress.of("3 rue Guynemer", "30000", "Nîmes");

  private Fixtures() {}

  /** A fresh UUID, distinct from every other one of the run. */
  public static UUID uuid() {
    return new UUID(0x11, NEXT.getAndIncrement());
  }

  public static OrganisationId organisation() {
    return OrganisationId.of(uuid());
  }

  public static Offer offer(OfferCode code) {
    return CatalogJson.standard2023().require(code);
  }

  /** A validated accompaniment of {@code code}, referred and opened on {@code on}, funded by {@code funder}. */
  public static Accompaniment validated(OfferCode code, LocalDate on, OrganisationId funder) {
    ReferralReason reason = code.equals(OfferCode.MADI) ? ReferralReason.ACUTE_CRISIS : ReferralReason.FAMILY_EVENT;
    ReferralRequest request = ReferralRequest.of(HouseholdId.of(uuid()), code, ReferralSource.familyRequest(), funder, on,
        reason);
    Referral referral = Referral.receive(ReferralId.of(uuid()), request).after()
        .recordConsent(Consent.of(on, PARENT), on).after()
        .assess(new NeedsAssessment(on, "needs"), on).after();
    AccompanimentId id = AccompanimentId.of(uuid());
    referral = referral.validate(id, on).after();
    return Accompaniment.open(id, referral, offer(code), List.of(EDUCATOR), on,
        EndDateConvention.LAST_DAY_BEFORE_ANNIVERSARY).after();
  }

  /** The code of the {@link LiensException} {@code call} throws; fails if it throws none. */
  public static ErrorCode codeOf(Runnable call) {
    try {
      call.run();
    } catch (LiensException e) {
      return e.code();
    }
    throw new AssertionError("expected a refusal with an error code, the call succeeded");
  }

  public static Accompaniment validated(OfferCode code, LocalDate on) {
    return validated(code, on, organisation());
  }
}
