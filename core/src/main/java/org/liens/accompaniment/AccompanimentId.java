package org.liens.accompaniment;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies an {@link Accompaniment}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record AccompanimentId(UUID value) implements EntityId {
  public AccompanimentId {
    Checks.required(value, "AccompanimentId");
  }

  public static AccompanimentId of(UUID value) {
    return new AccompanimentId(value);
  }

  public static AccompanimentId parse(String text) {
    return new AccompanimentId(Ids.parseUuid(text, "AccompanimentId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
