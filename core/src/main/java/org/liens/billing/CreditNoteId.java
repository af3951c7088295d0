package org.liens.billing;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a {@link CreditNote}. A value type ({@link EntityId}). */
public final class CreditNoteId extends EntityId {
  private CreditNoteId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static CreditNoteId of(UUID value) {
    return new CreditNoteId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static CreditNoteId parse(String text) {
    return of(parseUuid(text, CreditNoteId.class));
  }
}
