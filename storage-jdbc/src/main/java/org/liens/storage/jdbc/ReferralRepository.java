package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementId;
import org.liens.catalog.OfferCode;
import org.liens.catalog.ReferralChannel;
import org.liens.household.HouseholdId;
import org.liens.organisation.OrganisationId;
import org.liens.referral.Consent;
import org.liens.referral.NeedsAssessment;
import org.liens.referral.Referral;
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
  static final List<String> COLUMNS = List.of("household_id", "offer_code", "channel", "prescriber_id",
      "field_worker", "funder_id", "reasons", "received_on", "status", "consent", "assessment", "succeeds_id",
      "agreement_id", "decided_on", "rejection_reason", "accompaniment_id");

  ReferralRepository(Session session) {
    super(session, AggregateKind.REFERRAL, TABLE, "r", COLUMNS, ReferralRepository::referral,
        Referral::withVersion);
  }

  @Override
  public List<Referral> ofHousehold(HouseholdId household) {
    Checks.required(household, "household");
    return list("list referrals of a household", "r.household_id = ?", args -> args.uuid(household.value()),
        "r.received_on", BY_RECEPTION);
  }

  static Referral referral(Row row) throws SQLException {
    return Referral.builder()
        .id(ReferralId.of(row.uuid("id")))
        .version(row.number("version"))
        .household(HouseholdId.of(row.uuid("household_id")))
        .offer(OfferCode.of(row.text("offer_code")))
        .source(new ReferralSource(
            row.name("channel", ReferralChannel.class),
            row.optionalUuid("prescriber_id").map(OrganisationId::of),
            row.optionalJson("field_worker", PersonName.class)))
        .funder(OrganisationId.of(row.uuid("funder_id")))
        .reasons(row.jsonSet("reasons", ReferralReason.class))
        .receivedOn(row.date("received_on"))
        .status(row.name("status", ReferralStatus.class))
        .consent(row.optionalJson("consent", Consent.class))
        .assessment(row.optionalJson("assessment", NeedsAssessment.class))
        .succeeds(row.optionalUuid("succeeds_id").map(AccompanimentId::of))
        .agreement(row.optionalUuid("agreement_id").map(AgreementId::of))
        .decidedOn(row.optionalDate("decided_on"))
        .rejectionReason(row.optionalText("rejection_reason"))
        .accompaniment(row.optionalUuid("accompaniment_id").map(AccompanimentId::of))
        .build();
  }

  @Override
  void bind(Args args, Referral r, boolean links) throws SQLException {
    args.uuid(r.household().value())
        .text(r.offer().value())
        .name(r.source().channel())
        .uuid(r.source().prescriber().map(OrganisationId::value))
        .json(r.source().fieldWorker())
        .uuid(r.funder().value())
        .json(r.reasons().stream().sorted().toList())
        .date(r.receivedOn())
        .name(r.status())
        .json(r.consent())
        .json(r.assessment())
        .uuid(links ? r.succeeds().map(AccompanimentId::value) : Optional.empty())
        .uuid(r.agreement().map(AgreementId::value))
        .date(r.decidedOn())
        .text(r.rejectionReason())
        .uuid(links ? r.accompaniment().map(AccompanimentId::value) : Optional.empty());
  }
}
