package org.liens.workshop;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a {@link WorkshopSeries}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record WorkshopSeriesId(UUID value) implements EntityId {
  public WorkshopSeriesId {
    Checks.required(value, "WorkshopSeriesId");
  }

  public static WorkshopSeriesId of(UUID value) {
    return new WorkshopSeriesId(value);
  }

  public static WorkshopSeriesId parse(String text) {
    return new WorkshopSeriesId(Ids.parseUuid(text, "WorkshopSeriesId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
