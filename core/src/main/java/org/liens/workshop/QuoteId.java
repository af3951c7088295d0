package org.liens.workshop;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a {@link Quote}. A value type ({@link EntityId}). */
public final class QuoteId extends EntityId {
  private QuoteId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static QuoteId of(UUID value) {
    return new QuoteId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static QuoteId parse(String text) {
    return of(parseUuid(text, QuoteId.class));
  }
}
