package org.liens.storage;

/**
 * The storage ports, as seen from inside one transaction ({@link Storage#inTransaction}). Do not keep a reference
 * beyond the callback: it is bound to its transaction.
 */
public interface Repositories {
  Households households();

  Organisations organisations();

  Referrals referrals();

  Accompaniments accompaniments();

  EventOutbox outbox();
}
