package org.liens.storage.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Tariff;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Quotes;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteStatus;
import org.liens.workshop.SessionFrequency;
import org.liens.workshop.Travel;
import org.liens.workshop.WorkshopSeriesId;

/**
 * {@code liens_quote}: the client, the counts, dates, status and series as columns, the session length in
 * nanoseconds; the travel and the frozen group-model tariff as JSON.
 */
final class QuoteRepository extends AggregateTable<Quote, QuoteId> implements Quotes {
  static final String TABLE = "liens_quote";
  static final List<String> COLUMNS = List.of("client_id", "children", "sessions_per_group", "session_length_nanos",
      "frequency", "travel", "quoted_on", "valid_until", "tariff", "status", "decided_on", "series_id");

  QuoteRepository(Session session) {
    super(session, AggregateKind.QUOTE, TABLE, "q", COLUMNS, QuoteRepository::quote, Quote::withVersion);
  }

  @Override
  public List<Quote> ofClient(OrganisationId client) {
    Checks.required(client, "client");
    return list("list quotes of a client", "q.client_id = ?", args -> args.uuid(client.value()), "q.quoted_on",
        BY_QUOTE_DATE);
  }

  static Quote quote(Row row) throws SQLException {
    return Quote.builder()
        .id(QuoteId.of(row.uuid("id")))
        .version(row.number("version"))
        .client(OrganisationId.of(row.uuid("client_id")))
        .children(row.integer("children"))
        .sessions(row.integer("sessions_per_group"))
        .sessionLength(Duration.ofNanos(row.number("session_length_nanos")))
        .frequency(row.name("frequency", SessionFrequency.class))
        .travel(row.json("travel", Travel.class))
        .quotedOn(row.date("quoted_on"))
        .validUntil(row.date("valid_until"))
        .tariff(row.json("tariff", Tariff.class))
        .status(row.name("status", QuoteStatus.class))
        .decidedOn(row.optionalDate("decided_on"))
        .series(row.optionalUuid("series_id").map(WorkshopSeriesId::of))
        .build();
  }

  @Override
  void bind(Args args, Quote q, boolean links) throws SQLException {
    args.uuid(q.client().value())
        .integer(q.children())
        .integer(q.sessions())
        .number(q.sessionLength().toNanos())
        .name(q.frequency())
        .json(q.travel())
        .date(q.quotedOn())
        .date(q.validUntil())
        .json(q.tariff())
        .name(q.status())
        .date(q.decidedOn())
        .uuid(q.series().map(WorkshopSeriesId::value));
  }
}
