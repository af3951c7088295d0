package org.liens.billing;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a {@link Invoice}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record InvoiceId(UUID value) implements EntityId {
  public InvoiceId {
    Checks.required(value, "InvoiceId");
  }

  public static InvoiceId of(UUID value) {
    return new InvoiceId(value);
  }

  public static InvoiceId parse(String text) {
    return new InvoiceId(Ids.parseUuid(text, "InvoiceId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
