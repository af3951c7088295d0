package org.liens.storage;

import java.util.Comparator;
import java.util.List;
import org.liens.organisation.OrganisationId;
import org.liens.workshop.Quote;
import org.liens.workshop.QuoteId;

/** Quotes for group workshops (R3, R9). Saving one whose client does not exist is a dangling reference. */
public interface Quotes extends AggregateStore<Quote, QuoteId> {

  /** The order of {@link #ofClient}: quote date, then id (any tie-break is allowed). */
  Comparator<Quote> BY_QUOTE_DATE = Comparator.comparing(Quote::quotedOn).thenComparing(q -> q.id().value());

  /**
   * {@return the quotes made for {@code client}, oldest first}
   *
   * @param client the organisation that ordered the workshops
   */
  List<Quote> ofClient(OrganisationId client);
}
