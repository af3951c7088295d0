package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.CENTS;
import static org.liens.storage.jdbc.Codecs.NANOS;
import static org.liens.storage.jdbc.Codecs.OFFER;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Codecs.QUOTE;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.INTEGER;
import static org.liens.storage.jdbc.Columns.json;
import static org.liens.storage.jdbc.Columns.jsonList;

import java.util.List;
import java.util.Optional;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.WorkshopSeriesStore;
import org.liens.workshop.GroupSession;
import org.liens.workshop.ImmutableWorkshopSeries.Builder;
import org.liens.workshop.Participant;
import org.liens.workshop.QuoteId;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeries;
import org.liens.workshop.WorkshopSeriesId;

/**
 * {@code liens_workshop_series}: the quote (unique: a quote opens at most one series), the client and the quoted
 * terms as columns, the price of a group session in cents; travel, VAT regime, participants and sessions held as
 * JSON.
 */
final class WorkshopSeriesRepository extends AggregateTable<WorkshopSeries, WorkshopSeriesId>
    implements WorkshopSeriesStore {
  static final String TABLE = "liens_workshop_series";
  static final Columns<WorkshopSeries, Builder> MAPPING = Columns.<WorkshopSeries, Builder>of(
          WorkshopSeries::builder, Builder::build, (b, id) -> b.id(WorkshopSeriesId.of(id)), Builder::version)
      .column("quote_id", QUOTE, WorkshopSeries::quote, Builder::quote)
      .column("client_id", ORGANISATION, WorkshopSeries::client, Builder::client)
      .column("offer_code", OFFER, WorkshopSeries::offer, Builder::offer)
      .column("opened_on", DATE, WorkshopSeries::openedOn, Builder::openedOn)
      .column("group_count", INTEGER, WorkshopSeries::groups, Builder::groups)
      .column("children_quoted", INTEGER, WorkshopSeries::childrenQuoted, Builder::childrenQuoted)
      .column("children_per_group", INTEGER, WorkshopSeries::childrenPerGroup, Builder::childrenPerGroup)
      .column("sessions_per_group", INTEGER, WorkshopSeries::sessionsPerGroup, Builder::sessionsPerGroup)
      .column("session_length_nanos", NANOS, WorkshopSeries::sessionLength, Builder::sessionLength)
      .column("group_session_price_cents", CENTS, WorkshopSeries::groupSessionPrice, Builder::groupSessionPrice)
      .column("travel", json(Travel.class), WorkshopSeries::travel, Builder::travel)
      .column("vat", json(VatRegime.class), WorkshopSeries::vat, Builder::vat)
      .column("participants", jsonList(Participant.class), WorkshopSeries::participants, Builder::participants)
      .column("sessions", jsonList(GroupSession.class), WorkshopSeries::sessions, Builder::sessions);

  private static final String QUOTE_TAKEN = "SELECT COUNT(*) FROM " + TABLE + " WHERE quote_id = ? AND id <> ?";

  WorkshopSeriesRepository(Session session) {
    super(session, AggregateKind.WORKSHOP_SERIES, TABLE, "w", MAPPING, WorkshopSeries::withVersion);
  }

  @Override
  public Optional<WorkshopSeries> ofQuote(QuoteId quote) {
    Checks.required(quote, "quote");
    return one("find the workshop series of a quote", "w.quote_id = ?", args -> args.uuid(quote.value()));
  }

  /** A quote opens at most one series. */
  @Override
  List<Unique> uniques(WorkshopSeries w) {
    return List.of(new Unique(QUOTE_TAKEN, args -> args.uuid(w.quote().value()).uuid(w.id().value()),
        "quote " + w.quote() + " already opened a workshop series"));
  }
}
