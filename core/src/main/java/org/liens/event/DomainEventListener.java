package org.liens.event;

/**
 * Receives the domain events of every committed change, in order, on the thread that made the change. An
 * exception thrown by a listener is logged (type and id only) and does not undo the change; hosts that need
 * guaranteed delivery read the transactional outbox instead. A service called inside the host's own
 * {@code Storage.inTransaction} joins it and delivers when it returns, before that transaction commits: call
 * services outside your own transactions.
 */
@FunctionalInterface
public interface DomainEventListener {
  /**
   * Receives one event after its transaction committed.
   *
   * @param event the event
   */
  void on(DomainEvent event);
}
