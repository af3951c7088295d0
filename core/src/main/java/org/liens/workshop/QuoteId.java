package org.liens.workshop;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a {@link Quote}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record QuoteId(UUID value) implements EntityId {
  public QuoteId {
    Checks.required(value, "QuoteId");
  }

  public static QuoteId of(UUID value) {
    return new QuoteId(value);
  }

  public static QuoteId parse(String text) {
    return new QuoteId(Ids.parseUuid(text, "QuoteId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
