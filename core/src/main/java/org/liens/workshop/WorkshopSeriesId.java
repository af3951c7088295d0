package org.liens.workshop;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a {@link WorkshopSeries}. A value type ({@link EntityId}). */
public final class WorkshopSeriesId extends EntityId {
  private WorkshopSeriesId(UUID value) {
    super(value);
  }

  /** {@return the id wrapping {@code value}} */
  public static WorkshopSeriesId of(UUID value) {
    return new WorkshopSeriesId(value);
  }

  /** Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type. */
  public static WorkshopSeriesId parse(String text) {
    return of(parseUuid(text, WorkshopSeriesId.class));
  }
}
