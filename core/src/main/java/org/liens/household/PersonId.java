package org.liens.household;

import java.util.UUID;
import org.liens.shared.EntityId;

/**
 * Identifies a person of a household (a parent, a caregiver, a child, a cared-for person), stable for the life of the
 * household: consent, document holders and addressees name people by id; names are attributes, never identities.
 * A value type ({@link EntityId}).
 */
public final class PersonId extends EntityId {
  private PersonId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static PersonId of(UUID value) {
    return new PersonId(value);
  }

  /**
   * {@return a new id, from a random UUID generated in Java: the id of a person a household does not know yet}
   */
  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static PersonId parse(String text) {
    return of(parseUuid(text, PersonId.class));
  }
}
