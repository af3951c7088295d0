package org.liens.accompaniment;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies an {@link Accompaniment}. A value type ({@link EntityId}). */
public final class AccompanimentId extends EntityId {
  private AccompanimentId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static AccompanimentId of(UUID value) {
    return new AccompanimentId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static AccompanimentId parse(String text) {
    return of(parseUuid(text, AccompanimentId.class));
  }
}
