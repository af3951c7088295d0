package org.liens.workshop;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a {@link WorkshopSeries}. A value type ({@link EntityId}). */
public final class WorkshopSeriesId extends EntityId {
  private WorkshopSeriesId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static WorkshopSeriesId of(UUID value) {
    return new WorkshopSeriesId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static WorkshopSeriesId parse(String text) {
    return of(parseUuid(text, WorkshopSeriesId.class));
  }
}
