package org.liens.storage.jdbc;

import org.liens.storage.Accompaniments;
import org.liens.storage.EventOutbox;
import org.liens.storage.Households;
import org.liens.storage.Organisations;
import org.liens.storage.Referrals;
import org.liens.storage.Repositories;

/**
 * The repositories handed to one callback of {@link JdbcStorage#inTransaction} (writable) or
 * {@link JdbcStorage#read} (read-only). A read nested in a transaction shares its connection, and sees its writes.
 * Once the transaction has ended, every call fails with {@link IllegalStateException}, as with the in-memory
 * adapter.
 */
final class Session implements Repositories {
  final Transaction transaction;
  private final boolean readOnly;

  Session(Transaction transaction, boolean readOnly) {
    this.transaction = transaction;
    this.readOnly = readOnly;
  }

  void usable() {
    if (transaction.ended()) {
      throw new IllegalStateException("these repositories belong to a finished transaction");
    }
  }

  void writable() {
    usable();
    if (readOnly) {
      throw new IllegalStateException("read-only: save inside Storage.inTransaction");
    }
  }

  boolean readOnly() {
    return readOnly;
  }

  @Override
  public Households households() {
    usable();
    return new HouseholdRepository(this);
  }

  @Override
  public Organisations organisations() {
    usable();
    return new OrganisationRepository(this);
  }

  @Override
  public Referrals referrals() {
    usable();
    return new ReferralRepository(this);
  }

  @Override
  public Accompaniments accompaniments() {
    usable();
    return new AccompanimentRepository(this);
  }

  @Override
  public EventOutbox outbox() {
    usable();
    return new OutboxRepository(this);
  }
}
