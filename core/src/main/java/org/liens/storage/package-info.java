/**
 * The storage ports: one repository interface per aggregate with optimistic versioning, the event outbox,
 * invoice number sequences (DESIGN §6) and the transaction boundary. Every adapter (memory, JDBC) passes the one
 * contract suite of {@code storage-tck}. {@link org.liens.storage.AggregateKind} declares, once for every adapter,
 * the references each aggregate must find before a save; a reference to an aggregate that does not exist is refused.
 */
package org.liens.storage;
