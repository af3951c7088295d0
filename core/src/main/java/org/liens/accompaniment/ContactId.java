package org.liens.accompaniment;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies one recorded contact (a home visit, a remote contact, a workshop session). A value type ({@link EntityId}). */
public final class ContactId extends EntityId {
  private ContactId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static ContactId of(UUID value) {
    return new ContactId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static ContactId parse(String text) {
    return of(parseUuid(text, ContactId.class));
  }
}
