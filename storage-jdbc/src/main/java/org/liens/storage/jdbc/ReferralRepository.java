package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.HOUSEHOLD;
import static org.liens.storage.jdbc.Codecs.OFFER;
import static org.liens.storage.jdbc.Codecs.OPTIONAL_ACCOMPANIMENT;
import static org.liens.storage.jdbc.Codecs.OPTIONAL_AGREEMENT;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.OPTIONAL_DATE;
import static org.liens.storage.jdbc.Columns.OPTIONAL_TEXT;
import static org.liens.storage.jdbc.Columns.jsonSet;
import static org.liens.storage.jdbc.Columns.name;
import static org.liens.storage.jdbc.Columns.optionalJson;
import static org.liens.storage.jdbc.Columns.optionalName;

import java.util.List;
import org.liens.catalog.ReferralChannel;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Consent;
import org.liens.referral.ImmutableReferral.Builder;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
import org.liens.referral.ReferralExpiry;
import org.liens.referral.ReferralId;
import org.liens.referral.ReferralReason;
import org.liens.referral.ReferralSource;
import org.liens.referral.ReferralStatus;
import org.liens.shared.Checks;
import org.liens.shared.PersonName;
import org.liens.storage.AggregateKind;
import org.liens.storage.Referrals;

/**
 * {@code liens_referral}: references, dates and status as columns; the field worker, the reasons, the consent and
 * the needs assessment as JSON.
 */
final class ReferralRepository extends AggregateTable<Referral, ReferralId> implements Referrals {
  static final String TABLE = "liens_referral";
  /** Who prescribed: the channel, the prescribing organisation and the field worker. */
  static final Columns.Group<ReferralSource> SOURCE = new Columns.Group<>(
      List.of("channel", "prescriber_id", "field_worker"),
      row -> new ReferralSource(row.name("channel", ReferralChannel.class),
          row.optionalUuid("prescriber_id").map(OrganisationId::of), row.optionalJson("field_worker", PersonName.class)),
      (args, source) -> args.name(source.channel()).uuid(source.prescriber().map(OrganisationId::value))
          .json(source.fieldWorker()));
  static final Columns<Referral, Builder> MAPPING = Columns.<Referral, Builder>of(
          Referral::builder, Builder::build, (b, id) -> b.id(ReferralId.of(id)), Builder::version)
      .column("household_id", HOUSEHOLD, Referral::household, Builder::household)
      .column("offer_code", OFFER, Referral::offer, Builder::offer)
      .group(SOURCE, Referral::source, Builder::source)
      .column("funder_id", ORGANISATION, Referral::funder, Builder::funder)
      .column("reasons", jsonSet(ReferralReason.class), Referral::reasons, Builder::reasons)
      .column("received_on", DATE, Referral::receivedOn, Builder::receivedOn)
      .column("status", name(ReferralStatus.class), Referral::status, Builder::status)
      .column("consent", optionalJson(Consent.class), Referral::consent, Builder::consent)
      .column("assessment", optionalJson(NeedsAssessment.class), Referral::assessment, Builder::assessment)
      .link("succeeds_id", OPTIONAL_ACCOMPANIMENT, Referral::succeeds, Builder::succeeds)
      .column("agreement_id", OPTIONAL_AGREEMENT, Referral::agreement, Builder::agreement)
      .column("decided_on", OPTIONAL_DATE, Referral::decidedOn, Builder::decidedOn)
      .column("rejection_reason", OPTIONAL_TEXT, Referral::rejectionReason, Builder::rejectionReason)
      .column("expiry", optionalName(ReferralExpiry.class), Referral::expiry, Builder::expiry)
      .link("accompaniment_id", OPTIONAL_ACCOMPANIMENT, Referral::accompaniment, Builder::accompaniment);

  ReferralRepository(Session session) {
    super(session, AggregateKind.REFERRAL, TABLE, "r", MAPPING, Referral::withVersion);
  }

  @Override
  public List<Referral> ofHousehold(HouseholdId household) {
    Checks.required(household, "household");
    return list("list referrals of a household", "r.household_id = ?", args -> args.uuid(household.value()),
        "r.received_on", BY_RECEPTION);
  }

  @Override
  public List<Referral> undecided() {
    return list("list undecided referrals", "r.status IN ('RECEIVED', 'ASSESSED')", args -> { }, "r.received_on",
        BY_RECEPTION);
  }
}
