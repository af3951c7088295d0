package org.liens.orientation;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies an {@link Orientation}. A value type ({@link org.liens.shared.EntityId}). */
public final class OrientationId extends EntityId {
  private OrientationId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static OrientationId of(UUID value) {
    return new OrientationId(value);
  }

  /**
   * Reads the text of {@code toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static OrientationId parse(String text) {
    return of(parseUuid(text, OrientationId.class));
  }
}

