package org.liens.household;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a {@link Household}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record HouseholdId(UUID value) implements EntityId {
  public HouseholdId {
    Checks.required(value, "HouseholdId");
  }

  public static HouseholdId of(UUID value) {
    return new HouseholdId(value);
  }

  public static HouseholdId parse(String text) {
    return new HouseholdId(Ids.parseUuid(text, "HouseholdId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
