package org.liens.storage.jdbc;

import static org.liens.storage.jdbc.Codecs.NANOS;
import static org.liens.storage.jdbc.Codecs.OPTIONAL_SERIES;
import static org.liens.storage.jdbc.Codecs.ORGANISATION;
import static org.liens.storage.jdbc.Columns.DATE;
import static org.liens.storage.jdbc.Columns.INTEGER;
import static org.liens.storage.jdbc.Columns.OPTIONAL_DATE;
import static org.liens.storage.jdbc.Columns.json;
import static org.liens.storage.jdbc.Columns.name;

import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.pricing.Tariff;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Quotes;
import org.liens.workshop.ImmutableQuote.Builder;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;
import org.liens.workshop.QuoteStatus;
import org.liens.workshop.SessionFrequency;
import org.liens.workshop.Travel;

/**
 * {@code liens_quote}: the client, the counts, dates, status and series as columns, the session length in
 * nanoseconds; the travel and the frozen group-model tariff as JSON.
 */
final class QuoteRepository extends AggregateTable<Quote, QuoteId> implements Quotes {
  static final String TABLE = "liens_quote";
  static final Columns<Quote, Builder> MAPPING = Columns.<Quote, Builder>of(Quote::builder, Builder::build,
          (b, id) -> b.id(QuoteId.of(id)), Builder::version)
      .column("client_id", ORGANISATION, Quote::client, Builder::client)
      .column("children", INTEGER, Quote::children, Builder::children)
      .column("sessions_per_group", INTEGER, Quote::sessions, Builder::sessions)
      .column("session_length_nanos", NANOS, Quote::sessionLength, Builder::sessionLength)
      .column("frequency", name(SessionFrequency.class), Quote::frequency, Builder::frequency)
      .column("travel", json(Travel.class), Quote::travel, Builder::travel)
      .column("quoted_on", DATE, Quote::quotedOn, Builder::quotedOn)
      .column("valid_until", DATE, Quote::validUntil, Builder::validUntil)
      .column("tariff", json(Tariff.class), Quote::tariff, Builder::tariff)
      .column("status", name(QuoteStatus.class), Quote::status, Builder::status)
      .column("decided_on", OPTIONAL_DATE, Quote::decidedOn, Builder::decidedOn)
      .column("series_id", OPTIONAL_SERIES, Quote::series, Builder::series);

  QuoteRepository(Session session) {
    super(session, AggregateKind.QUOTE, TABLE, "q", MAPPING, Quote::withVersion);
  }

  @Override
  public List<Quote> ofClient(OrganisationId client) {
    Checks.required(client, "client");
    return list("list quotes of a client", "q.client_id = ?", args -> args.uuid(client.value()), "q.quoted_on",
        BY_QUOTE_DATE);
  }
}
