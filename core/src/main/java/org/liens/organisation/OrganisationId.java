package org.liens.organisation;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies an {@link Organisation}: a prescriber, a funder, or both. A value type ({@link EntityId}). */
public final class OrganisationId extends EntityId {
  private OrganisationId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static OrganisationId of(UUID value) {
    return new OrganisationId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static OrganisationId parse(String text) {
    return of(parseUuid(text, OrganisationId.class));
  }
}
