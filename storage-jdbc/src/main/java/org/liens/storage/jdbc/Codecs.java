package org.liens.storage.jdbc;

import java.time.Duration;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.storage.jdbc.Columns.Codec;
import org.liens.workshop.QuoteId;
import org.liens.workshop.WorkshopSeriesId;

/** The codecs of the model's values that several column tables share: ids as UUIDs, codes as text, amounts in cents. */
final class Codecs {
  /** An organisation's id. */
  static final Codec<OrganisationId> ORGANISATION = Columns.ID.map(OrganisationId::of, OrganisationId::value);
  /** An organisation's id, or NULL. */
  static final Codec<Optional<OrganisationId>> OPTIONAL_ORGANISATION =
      Columns.ID.mapOptional(OrganisationId::of, OrganisationId::value);
  /** A household's id. */
  static final Codec<HouseholdId> HOUSEHOLD = Columns.ID.map(HouseholdId::of, HouseholdId::value);
  /** An accompaniment's id, or NULL. */
  static final Codec<Optional<AccompanimentId>> OPTIONAL_ACCOMPANIMENT =
      Columns.ID.mapOptional(AccompanimentId::of, AccompanimentId::value);
  /** A funding agreement's id, or NULL. */
  static final Codec<Optional<AgreementId>> OPTIONAL_AGREEMENT =
      Columns.ID.mapOptional(AgreementId::of, AgreementId::value);
  /** A quote's id. */
  static final Codec<QuoteId> QUOTE = Columns.ID.map(QuoteId::of, QuoteId::value);
  /** A workshop series' id, or NULL. */
  static final Codec<Optional<WorkshopSeriesId>> OPTIONAL_SERIES =
      Columns.ID.mapOptional(WorkshopSeriesId::of, WorkshopSeriesId::value);
  /** An offer's code. */
  static final Codec<OfferCode> OFFER = Columns.TEXT.map(OfferCode::of, OfferCode::value);
  /** An amount, in cents. */
  static final Codec<Money> CENTS = Columns.NUMBER.map(Money::ofCents, Money::cents);
  /** A length of time, in nanoseconds. */
  static final Codec<Duration> NANOS = Columns.NUMBER.map(Duration::ofNanos, Duration::toNanos);

  private Codecs() {}
}
