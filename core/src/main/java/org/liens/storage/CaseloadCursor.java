package org.liens.storage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.liens.accompaniment.Accompaniment;
import org.liens.shared.Checks;

/**
 * A position in the caseload order (R8, issue 13): an accompaniment's opening date, then its id read as an unsigned
 * 128-bit number, which is the order of its canonical text and the order PostgreSQL, H2 and a {@code CHAR(36)}
 * column sort UUIDs in (not {@link UUID#compareTo}, which compares signed halves). Two accompaniments never share a
 * position, so a page that starts after one misses and repeats nothing, whatever was saved in between.
 *
 * @param openedOn the opening (validation) date of the accompaniment at this position
 * @param id the id of the accompaniment at this position
 */
public record CaseloadCursor(LocalDate openedOn, UUID id) implements Comparable<CaseloadCursor> {
  /** The caseload order of positions: opening date, then id as an unsigned number. */
  public static final Comparator<CaseloadCursor> ORDER = Comparator.comparing(CaseloadCursor::openedOn)
      .thenComparing(CaseloadCursor::id, CaseloadCursor::compareUnsigned);

  /**
   * Checks the components: both required.
   *
   * @param openedOn the opening (validation) date of the accompaniment at this position
   * @param id the id of the accompaniment at this position
   */
  public CaseloadCursor {
    Checks.required(openedOn, "openedOn");
    Checks.required(id, "id");
  }

  /**
   * {@return the position of {@code accompaniment}}
   *
   * @param accompaniment the accompaniment
   */
  public static CaseloadCursor of(Accompaniment accompaniment) {
    return new CaseloadCursor(accompaniment.openedOn(), accompaniment.id().value());
  }

  /**
   * {@return the order of two ids read as unsigned 128-bit numbers: their canonical text's order}
   *
   * @param a an id
   * @param b another id
   */
  public static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  @Override
  public int compareTo(CaseloadCursor other) {
    return ORDER.compare(this, other);
  }
}
