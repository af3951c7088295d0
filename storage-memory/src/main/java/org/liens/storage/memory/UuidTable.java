package org.liens.storage.memory;

import java.util.UUID;

/**
 * UUIDs, each with a number of zero or more, in open addressing over plain arrays (issue 13): the ids of every audit
 * entry and every event, which grow with every call. A look-up reads one slot's bits in three arrays, where a
 * {@code HashMap} follows a node, then the key's {@code UUID}, then a boxed value, each elsewhere in the heap. Linear
 * probing, at most half full; a removal shifts the following entries back, so no tombstone is left. Not thread-safe:
 * the store writes it under its write lock.
 */
final class UuidTable {
  /** What {@link #get} answers for an id not in the table. */
  static final long ABSENT = -1;

  private long[] bits = new long[2 * 16]; // the most then the least significant bits of each slot's id
  private long[] values = new long[16];
  private boolean[] used = new boolean[16];
  private int size;

  /** {@return the number of ids} */
  int size() {
    return size;
  }

  /** {@return the number kept with {@code id}, or {@link #ABSENT}} */
  long get(UUID id) {
    int slot = slotOf(id.getMostSignificantBits(), id.getLeastSignificantBits());
    return used[slot] ? values[slot] : ABSENT;
  }

  /**
   * Keeps {@code value} with {@code id}, unless the table holds {@code id} already.
   *
   * @param value zero or more
   * @return whether {@code id} was added
   */
  boolean putIfAbsent(UUID id, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a value is zero or more");
    }
    if (2 * (size + 1) > used.length) {
      grow();
    }
    long high = id.getMostSignificantBits();
    long low = id.getLeastSignificantBits();
    int slot = slotOf(high, low);
    if (used[slot]) {
      return false;
    }
    used[slot] = true;
    bits[2 * slot] = high;
    bits[2 * slot + 1] = low;
    values[slot] = value;
    size++;
    return true;
  }

  /** Removes {@code id}; {@return whether it was there} */
  boolean remove(UUID id) {
    int free = slotOf(id.getMostSignificantBits(), id.getLeastSignificantBits());
    if (!used[free]) {
      return false;
    }
    int mask = used.length - 1;
    // backward shift (Knuth, algorithm R): an entry after the hole moves into it unless its home lies in (free, next]
    for (int next = (free + 1) & mask; used[next]; next = (next + 1) & mask) {
      int home = home(bits[2 * next], bits[2 * next + 1], mask);
      boolean staysPut = free <= next ? free < home && home <= next : free < home || home <= next;
      if (!staysPut) {
        bits[2 * free] = bits[2 * next];
        bits[2 * free + 1] = bits[2 * next + 1];
        values[free] = values[next];
        free = next;
      }
    }
    used[free] = false;
    size--;
    return true;
  }

  /** The slot holding these bits, or the free slot where they would go. */
  private int slotOf(long high, long low) {
    int mask = used.length - 1;
    int slot = home(high, low, mask);
    while (used[slot] && (bits[2 * slot] != high || bits[2 * slot + 1] != low)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int home(long high, long low, int mask) {
    long mixed = (high ^ Long.rotateLeft(low, 32)) * 0x9E37_79B9_7F4A_7C15L;
    return (int) (mixed >>> 32) & mask;
  }

  private void grow() {
    long[] oldBits = bits;
    long[] oldValues = values;
    boolean[] oldUsed = used;
    bits = new long[oldBits.length * 2];
    values = new long[oldValues.length * 2];
    used = new boolean[oldUsed.length * 2];
    for (int i = 0; i < oldUsed.length; i++) {
      if (oldUsed[i]) {
        int slot = slotOf(oldBits[2 * i], oldBits[2 * i + 1]);
        used[slot] = true;
        bits[2 * slot] = oldBits[2 * i];
        bits[2 * slot + 1] = oldBits[2 * i + 1];
        values[slot] = oldValues[i];
      }
    }
  }
}
