package org.liens.household;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a {@link Household}. A value type ({@link EntityId}). */
public final class HouseholdId extends EntityId {
  private HouseholdId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static HouseholdId of(UUID value) {
    return new HouseholdId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static HouseholdId parse(String text) {
    return of(parseUuid(text, HouseholdId.class));
  }
}
