package org.liens.storage;

import java.util.Optional;
import org.liens.shared.Aggregate;
import org.liens.shared.ConcurrentUpdateException;
import org.liens.shared.ErrorCode;
import org.liens.shared.IntegrityViolationException;
import org.liens.shared.NotFoundException;

/**
 * The operations every aggregate store offers: find by id and save with optimistic versioning.
 *
 * <p>{@link #save} inserts an aggregate whose {@link Aggregate#version()} is 0 and updates one whose version is the
 * stored version; either way it returns the aggregate at its new version (stored version + 1). A save with a
 * stale version throws {@link ConcurrentUpdateException} and stores nothing.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
public interface AggregateStore<A extends Aggregate, I> {

  /**
   * {@return the aggregate with this id, if stored}
   *
   * @param id the id
   */
  Optional<A> find(I id);

  /**
   * {@return the aggregate with this id}
   *
   * @throws NotFoundException with {@link ErrorCode#NOT_FOUND} if none is stored
   * @param id the id
   */
  default A get(I id) {
    return find(id).orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "no such aggregate: " + id));
  }

  /**
   * Inserts (version 0) or updates (version = stored version) the aggregate.
   *
   * @return the aggregate as stored, at its new version
   * @throws ConcurrentUpdateException with {@link ErrorCode#CONCURRENT_UPDATE} if the stored version differs, or
   *     the aggregate was never stored but its version is not 0
   * @throws IntegrityViolationException with {@link ErrorCode#DUPLICATE_ID} when inserting an id that exists, or
   *     {@link ErrorCode#DANGLING_REFERENCE} when it refers to an aggregate that does not exist
   * @param aggregate the aggregate, at the version it was read at (0 if new)
   */
  A save(A aggregate);

  /**
   * Serialises, until the transaction ends, the use cases that decide from this aggregate what others may be
   * written: opening one accompaniment per offer for a household, preparing an accompaniment's or a workshop
   * series' invoices once, crediting an invoice no more than its total. A row lock ({@code SELECT … FOR UPDATE}) in
   * SQL; only an existence check for adapters whose write transactions are already serial.
   *
   * @throws NotFoundException with {@link ErrorCode#NOT_FOUND} if there is no such aggregate
   * @param id the id of the aggregate to lock
   */
  void lock(I id);
}
