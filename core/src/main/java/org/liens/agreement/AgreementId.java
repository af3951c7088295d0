package org.liens.agreement;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a funding agreement (convention, R10). Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record AgreementId(UUID value) implements EntityId {
  public AgreementId {
    Checks.required(value, "AgreementId");
  }

  public static AgreementId of(UUID value) {
    return new AgreementId(value);
  }

  public static AgreementId parse(String text) {
    return new AgreementId(Ids.parseUuid(text, "AgreementId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
