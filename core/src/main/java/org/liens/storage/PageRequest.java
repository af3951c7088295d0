package org.liens.storage;

import java.util.Optional;
import org.liens.shared.Checks;

/**
 * Which page of a caseload to read (R8, issue 13): at most {@link #size()} accompaniments, in the caseload order
 * ({@link Accompaniments#CASELOAD_ORDER}), strictly after the position {@link #after()} or from the start. A keyset
 * page, not an offset: reading the next page costs the same on the tenth page as on the first, and an accompaniment
 * opened or closed in between shifts nothing.
 *
 * @param after the position the page starts after; empty for the first page
 * @param size how many accompaniments at most, from 1 to {@link #MAX_SIZE}
 */
public record PageRequest(Optional<CaseloadCursor> after, int size) {
  /** The largest page: a host that wants more reads the next page. */
  public static final int MAX_SIZE = 1_000;

  /**
   * Checks the components: {@code after} an {@code Optional}, never null; {@code size} from 1 to {@link #MAX_SIZE}.
   *
   * @param after the position the page starts after; empty for the first page
   * @param size how many accompaniments at most
   * @throws org.liens.shared.InvalidInputException with {@code INVALID_VALUE} for a size out of range
   */
  public PageRequest {
    Checks.optional(after, "after");
    Checks.check(size >= 1 && size <= MAX_SIZE, "size must lie between 1 and " + MAX_SIZE);
  }

  /**
   * {@return the first page of at most {@code size} accompaniments}
   *
   * @param size how many accompaniments at most, from 1 to {@link #MAX_SIZE}
   */
  public static PageRequest first(int size) {
    return new PageRequest(Optional.empty(), size);
  }

  /**
   * {@return the page of at most {@code size} accompaniments that follows {@code cursor}}
   *
   * @param cursor the position of the last accompaniment of the previous page
   * @param size how many accompaniments at most, from 1 to {@link #MAX_SIZE}
   */
  public static PageRequest after(CaseloadCursor cursor, int size) {
    return new PageRequest(Optional.of(Checks.required(cursor, "cursor")), size);
  }

  /**
   * {@return whether {@code position} comes after the start of this page (every position does on the first page)}
   *
   * @param position a position in the caseload order
   */
  public boolean startsBefore(CaseloadCursor position) {
    return after.isEmpty() || after.get().compareTo(position) < 0;
  }
}
