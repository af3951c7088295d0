package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.liens.catalog.OfferCode;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Money;
import org.liens.pricing.VatRegime;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.WorkshopSeriesStore;
import org.liens.workshop.GroupSession;
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
  static final List<String> COLUMNS = List.of("quote_id", "client_id", "offer_code", "opened_on", "group_count",
      "children_quoted", "children_per_group", "sessions_per_group", "session_length_nanos",
      "group_session_price_cents", "travel", "vat", "participants", "sessions");

  private static final String QUOTE_TAKEN = "SELECT COUNT(*) FROM " + TABLE + " WHERE quote_id = ? AND id <> ?";

  WorkshopSeriesRepository(Session session) {
    super(session, AggregateKind.WORKSHOP_SERIES, TABLE, "w", COLUMNS, WorkshopSeriesRepository::series,
        WorkshopSeries::withVersion);
  }

  @Override
  public Optional<WorkshopSeries> ofQuote(QuoteId quote) {
    Checks.required(quote, "quote");
    return one("find the workshop series of a quote", "w.quote_id = ?", args -> args.uuid(quote.value()));
  }

  static WorkshopSeries series(Row row) throws SQLException {
    return WorkshopSeries.builder()
        .id(WorkshopSeriesId.of(row.uuid("id")))
        .version(row.number("version"))
        .quote(QuoteId.of(row.uuid("quote_id")))
        .client(OrganisationId.of(row.uuid("client_id")))
        .offer(OfferCode.of(row.text("offer_code")))
        .openedOn(row.date("opened_on"))
        .groups(row.integer("group_count"))
        .childrenQuoted(row.integer("children_quoted"))
        .childrenPerGroup(row.integer("children_per_group"))
        .sessionsPerGroup(row.integer("sessions_per_group"))
        .sessionLength(Duration.ofNanos(row.number("session_length_nanos")))
        .groupSessionPrice(Money.ofCents(row.number("group_session_price_cents")))
        .travel(row.json("travel", Travel.class))
        .vat(row.json("vat", VatRegime.class))
        .participants(row.jsonList("participants", Participant.class))
        .sessions(row.jsonList("sessions", GroupSession.class))
        .build();
  }

  @Override
  void bind(Args args, WorkshopSeries w, boolean links) throws SQLException {
    args.uuid(w.quote().value())
        .uuid(w.client().value())
        .text(w.offer().value())
        .date(w.openedOn())
        .integer(w.groups())
        .integer(w.childrenQuoted())
        .integer(w.childrenPerGroup())
        .integer(w.sessionsPerGroup())
        .number(w.sessionLength().toNanos())
        .number(w.groupSessionPrice().cents())
        .json(w.travel())
        .json(w.vat())
        .json(w.participants())
        .json(w.sessions());
  }

  /** A quote opens at most one series. */
  @Override
  List<Unique> uniques(WorkshopSeries w) {
    return List.of(new Unique(QUOTE_TAKEN, args -> args.uuid(w.quote().value()).uuid(w.id().value()),
        "quote " + w.quote() + " already opened a workshop series"));
  }
}
