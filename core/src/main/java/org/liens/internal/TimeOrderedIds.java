package org.liens.internal;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The ids of audit entries and domain events when the host gives Liens no id supplier (issue 13): time-ordered UUIDs
 * of version 7 (RFC 9562), in place of {@link UUID#randomUUID()}, whose {@code SecureRandom} took a lock, a read of
 * the system's entropy and a digest for each of the three ids of every recorded contact. Aggregates keep random
 * version 4 ids.
 *
 * <p>An id is the millisecond it was made (48 bits), the version, a 12-bit sequence within that millisecond, the
 * variant and 62 random bits. Why it is safe:
 *
 * <ul>
 *   <li><b>Unique within a generator, by construction.</b> The pair (millisecond, sequence) only ever increases: a
 *       clock that goes back is not followed, and a millisecond whose 4,096 sequence numbers are used up borrows the
 *       next one. The random bits play no part in it.
 *   <li><b>Unique across generators</b> (several Liens instances or servers writing one database): two ids collide
 *       only if they share the millisecond, the sequence and 62 random bits, drawn from a generator seeded once from
 *       {@link SecureRandom}: a chance of about 2<sup>-62</sup> for each pair of ids made in the same millisecond,
 *       and the storage still refuses a repeated id ({@code DUPLICATE_ID}).
 *   <li><b>Not secret, and need not be.</b> Who sees ids may guess the next ones and when they were made; audit
 *       entries and events are never reached by their id alone (every read goes through the access policy) and
 *       already carry their time.
 *   <li><b>Ordered.</b> Ids of one generator sort, as text and as {@code AuditEntry.ORDER} compares them, in the
 *       order they were made, so entries of one microsecond keep their order, and databases insert at the end of
 *       their index.
 * </ul>
 *
 * <p>Thread-safe: {@link #get()} holds this generator's monitor for a few arithmetic operations.
 */
public final class TimeOrderedIds implements Supplier<UUID> {
  private static final long MAX_MILLIS = (1L << 48) - 1; // the year 10889
  private static final int MAX_SEQUENCE = (1 << 12) - 1;
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

  private final LongSupplier millis;
  private final SplittableRandom random;
  private long lastMillis = -1;
  private int sequence;

  /** A generator on the system's time, its random bits seeded from {@link SecureRandom}. */
  public TimeOrderedIds() {
    this(System::currentTimeMillis, new SecureRandom().nextLong());
  }

  /** A generator on {@code millis}, its random bits from {@code seed}: for tests. */
  TimeOrderedIds(LongSupplier millis, long seed) {
    this.millis = millis;
    this.random = new SplittableRandom(seed);
  }

  /** {@return a new version 7 UUID, greater than every one this generator made before} */
  @Override
  public UUID get() {
    long now = Math.max(0, Math.min(MAX_MILLIS, millis.getAsLong()));
    long high;
    long low;
    synchronized (this) {
      if (now > lastMillis) {
        lastMillis = now;
        sequence = 0;
      } else if (sequence < MAX_SEQUENCE) {
        sequence++;
      } else if (lastMillis < MAX_MILLIS) {
        lastMillis++; // this millisecond is used up: borrow the next one, never reuse a pair
        sequence = 0;
      } else {
        throw new IllegalStateException("no time-ordered id is left after the year 10889");
      }
      high = lastMillis << 16 | VERSION_7 | sequence;
      low = random.nextLong() >>> 2 | VARIANT_IETF;
    }
    return new UUID(high, low);
  }
}
