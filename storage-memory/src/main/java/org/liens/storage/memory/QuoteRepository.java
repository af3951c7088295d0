package org.liens.storage.memory;

import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.shared.Checks;
import org.liens.storage.AggregateKind;
import org.liens.storage.Quotes;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;

/** The quotes of group workshops (R3, R9), by client. */
final class QuoteRepository extends AggregateTable<Quote, QuoteId> implements Quotes {
  QuoteRepository(Session session) {
    super(session, AggregateKind.QUOTE, session.store.quotes, Quote::withVersion);
  }

  @Override
  public List<Quote> ofClient(OrganisationId client) {
    return session.query(table, store.quotesByClient.get(Checks.required(client, "client")), BY_QUOTE_DATE);
  }
}
