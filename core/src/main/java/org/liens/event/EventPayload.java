package org.liens.event;

/**
 * What happened, as a past-tense fact ({@code AccompanimentStarted}, {@code ReferralRejected}). Payloads carry
 * ids, dates, codes and amounts, never names or free-text notes, so an outbox or a message bus never spreads
 * personal data. Every payload type is a record.
 */
public interface EventPayload {
  /** {@return the stable type name of the event, by default the record's simple name} */
  default String type() {
    return getClass().getSimpleName();
  }
}
