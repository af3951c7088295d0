package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.CENTS;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.TEXT;
import static org.liens.storage.jdbc.Columns.jsonList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.liens.accompaniment.AccompanimentId;
import org.liens.agreement.AgreementCharge;
import org.liens.agreement.AgreementId;
import org.liens.agreement.AgreementLine;
import org.liens.agreement.AgreementPeriod;
import org.liens.agreement.FunderShare;
import org.liens.agreement.FundingAgreement;
import org.liens.agreement.ImmutableFundingAgreement.Builder;
import org.liens.agreement.Place;
import org.liens.agreement.WaitlistEntry;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.FundingAgreements;

/**
 * {@code liens_funding_agreement}: reference, period, conclusion date and the derived budget and billed amounts
 * (cents) as columns; funders with their shares, lines, places, waitlist and charges as JSON, which is what is read
 * back. Three child tables, rewritten by each save in its transaction, hold what the queries and the foreign keys
 * need: {@code liens_agreement_funder} (ofFunder; the funders exist), {@code liens_agreement_offer} (the places
 * of each offer and how many are left now: withPlacesLeft) and {@code liens_agreement_accompaniment} (the
 * accompaniments holding, having held or waiting for a place exist). An agreement is read by one statement.
 */
final class FundingAgreementRepository extends AggregateTable<FundingAgreement, AgreementId>
    implements FundingAgreements {
  static final String TABLE = "liens_funding_agreement";
  static final String FUNDERS = "liens_agreement_funder";
  static final String OFFERS = "liens_agreement_offer";
  static final String ACCOMPANIMENTS = "liens_agreement_accompaniment";
  /** The period: {@code period_start} and {@code period_end} (exclusive). */
  static final Columns.Group<AgreementPeriod> PERIOD = new Columns.Group<>(List.of("period_start", "period_end"),
      row -> new AgreementPeriod(row.date("period_start"), row.date("period_end")),
      (args, period) -> args.date(period.start()).date(period.endExclusive()));
  static final Columns<FundingAgreement, Builder> MAPPING = Columns.<FundingAgreement, Builder>of(
          FundingAgreement::builder, Builder::build, (b, id) -> b.id(AgreementId.of(id)), Builder::version)
      .column("reference", TEXT, FundingAgreement::reference, Builder::reference)
      .group(PERIOD, FundingAgreement::period, Builder::period)
      .column("concluded_on", DATE, FundingAgreement::concludedOn, Builder::concludedOn)
      .derived("budget_cents", CENTS, FundingAgreement::budget)
      .derived("billed_cents", CENTS, FundingAgreement::billed)
      .column("funders", jsonList(FunderShare.class), FundingAgreement::funders, Builder::funders)
      .column("offer_lines", jsonList(AgreementLine.class), FundingAgreement::lines, Builder::lines)
      .column("places", jsonList(Place.class), FundingAgreement::places, Builder::places)
      .column("waitlist", jsonList(WaitlistEntry.class), FundingAgreement::waitlist, Builder::waitlist)
      .column("charges", jsonList(AgreementCharge.class), FundingAgreement::charges, Builder::charges);

  private static final String INSERT_FUNDER = "INSERT INTO " + FUNDERS + " (agreement_id, funder_id) VALUES (?, ?)";
  private static final String INSERT_OFFER =
      "INSERT INTO " + OFFERS + " (agreement_id, offer_code, places, places_left) VALUES (?, ?, ?, ?)";
  private static final String INSERT_ACCOMPANIMENT =
      "INSERT INTO " + ACCOMPANIMENTS + " (agreement_id, accompaniment_id) VALUES (?, ?)";

  FundingAgreementRepository(Session session) {
    super(session, AggregateKind.FUNDING_AGREEMENT, TABLE, "a", MAPPING, FundingAgreement::withVersion);
  }

  // ------------------------------------------------------------------ queries

  @Override
  public List<FundingAgreement> withPlacesLeft(OfferCode offer, LocalDate on) {
    Checks.required(offer, "offer");
    Checks.required(on, "on");
    return select("list agreements with places left", "a.id IN (SELECT o.agreement_id FROM " + OFFERS
        + " o WHERE o.offer_code = ? AND o.places_left > 0) AND a.period_start <= ? AND a.period_end > ?",
        args -> args.text(offer.value()).date(on).date(on));
  }

  @Override
  public List<FundingAgreement> inForce(LocalDate on) {
    Checks.required(on, "on");
    return select("list agreements in force", "a.period_start <= ? AND a.period_end > ?", args -> args.date(on).date(on));
  }

  @Override
  public List<FundingAgreement> ofFunder(OrganisationId funder) {
    Checks.required(funder, "funder");
    return select("list agreements of a funder",
        "a.id IN (SELECT f.agreement_id FROM " + FUNDERS + " f WHERE f.funder_id = ?)",
        args -> args.uuid(funder.value()));
  }

  private List<FundingAgreement> select(String operation, String where, Transaction.Binder binder) {
    return list(operation, where, binder, "a.period_start", BY_PERIOD);
  }

  // ------------------------------------------------------------------ writes

  @Override
  void writeChildren(FundingAgreement a, boolean inserted) {
    if (!inserted) {
      deleteChildren("replace the rows of an agreement", "agreement_id", a.id().value(),
          List.of(FUNDERS, OFFERS, ACCOMPANIMENTS));
    }
    insertFundersAndOffers(tx, List.of(a));
    insertAccompaniments(tx, List.of(a));
  }

  /** Inserts the funder and offer rows of these agreements, batched. */
  static void insertFundersAndOffers(Transaction tx, Collection<FundingAgreement> agreements) {
    List<Child<FunderShare>> funders = new ArrayList<>();
    List<Child<AgreementLine>> offers = new ArrayList<>();
    for (FundingAgreement a : agreements) {
      a.funders().forEach(f -> funders.add(new Child<>(a, f)));
      a.lines().forEach(l -> offers.add(new Child<>(a, l)));
    }
    tx.batch("insert the funders of an agreement", INSERT_FUNDER, funders,
        (args, f) -> args.uuid(f.agreement().id().value()).uuid(f.value().funder().value()));
    tx.batch("insert the offers of an agreement", INSERT_OFFER, offers, (args, o) -> {
      AgreementLine line = o.value();
      args.uuid(o.agreement().id().value()).text(line.offer().value()).integer(line.places())
          .integer(line.places() - o.agreement().held(line.offer()));
    });
  }

  /**
   * Inserts the rows of the accompaniments holding, having held or waiting for a place of these agreements,
   * batched; they must exist.
   */
  static void insertAccompaniments(Transaction tx, Collection<FundingAgreement> agreements) {
    List<Child<AccompanimentId>> rows = new ArrayList<>();
    for (FundingAgreement a : agreements) {
      accompaniments(a).forEach(accompaniment -> rows.add(new Child<>(a, accompaniment)));
    }
    tx.batch("insert the accompaniments of an agreement", INSERT_ACCOMPANIMENT, rows,
        (args, row) -> args.uuid(row.agreement().id().value()).uuid(row.value().value()));
  }

  private record Child<V>(FundingAgreement agreement, V value) {}

  /** The accompaniments of the places and of the waitlist, each once. */
  private static Collection<AccompanimentId> accompaniments(FundingAgreement a) {
    java.util.Set<AccompanimentId> all = new java.util.LinkedHashSet<>();
    a.places().forEach(p -> all.add(p.accompaniment()));
    a.waitlist().forEach(w -> all.add(w.accompaniment()));
    return all;
  }
}
