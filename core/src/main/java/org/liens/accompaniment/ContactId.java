package org.liens.accompaniment;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies one recorded contact (a home visit, a remote contact, a workshop session). Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record ContactId(UUID value) implements EntityId {
  public ContactId {
    Checks.required(value, "ContactId");
  }

  public static ContactId of(UUID value) {
    return new ContactId(value);
  }

  public static ContactId parse(String text) {
    return new ContactId(Ids.parseUuid(text, "ContactId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
