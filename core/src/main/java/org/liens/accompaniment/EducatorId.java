package org.liens.accompaniment;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies an educator (intervenant) as the host knows them; Liens stores no name for educators. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record EducatorId(UUID value) implements EntityId {
  public EducatorId {
    Checks.required(value, "EducatorId");
  }

  public static EducatorId of(UUID value) {
    return new EducatorId(value);
  }

  public static EducatorId parse(String text) {
    return new EducatorId(Ids.parseUuid(text, "EducatorId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
