package org.liens.billing;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a {@link CreditNote}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record CreditNoteId(UUID value) implements EntityId {
  public CreditNoteId {
    Checks.required(value, "CreditNoteId");
  }

  public static CreditNoteId of(UUID value) {
    return new CreditNoteId(value);
  }

  public static CreditNoteId parse(String text) {
    return new CreditNoteId(Ids.parseUuid(text, "CreditNoteId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
