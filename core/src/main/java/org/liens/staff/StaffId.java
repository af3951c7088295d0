package org.liens.staff;

import java.util.UUID;
import org.liens.shared.EntityId;

/**
 * Identifies a staff member of the organisation that runs the offers: an educator (intervenant), the
 * positive-psychopedagogy practitioner of a MADI team (R5) or a coordinator. A team holds staff ids, never names.
 * A value type ({@link EntityId}).
 */
public final class StaffId extends EntityId {
  private StaffId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static StaffId of(UUID value) {
    return new StaffId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static StaffId parse(String text) {
    return of(parseUuid(text, StaffId.class));
  }
}
