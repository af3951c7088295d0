package org.liens.billing;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies an {@link Invoice}. A value type ({@link EntityId}). */
public final class InvoiceId extends EntityId {
  private InvoiceId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static InvoiceId of(UUID value) {
    return new InvoiceId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static InvoiceId parse(String text) {
    return of(parseUuid(text, InvoiceId.class));
  }
}
