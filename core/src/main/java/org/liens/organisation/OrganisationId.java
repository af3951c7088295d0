package org.liens.organisation;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies an {@link Organisation}: a prescriber, a funder, or both. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record OrganisationId(UUID value) implements EntityId {
  public OrganisationId {
    Checks.required(value, "OrganisationId");
  }

  public static OrganisationId of(UUID value) {
    return new OrganisationId(value);
  }

  public static OrganisationId parse(String text) {
    return new OrganisationId(Ids.parseUuid(text, "OrganisationId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
