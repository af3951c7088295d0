package org.liens.accompaniment;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies an educator (intervenant) as the host knows them; Liens stores no name for educators. A value type ({@link EntityId}). */
public final class EducatorId extends EntityId {
  private EducatorId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static EducatorId of(UUID value) {
    return new EducatorId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static EducatorId parse(String text) {
    return of(parseUuid(text, EducatorId.class));
  }
}
