package org.liens.referral;

import java.util.UUID;
import org.liens.shared.Checks;
import org.liens.shared.EntityId;
import org.liens.shared.Ids;

/** Identifies a {@link Referral}. Treat as a value type; {@link #toString()} round-trips through {@link #parse(String)}. */
public record ReferralId(UUID value) implements EntityId {
  public ReferralId {
    Checks.required(value, "ReferralId");
  }

  public static ReferralId of(UUID value) {
    return new ReferralId(value);
  }

  public static ReferralId parse(String text) {
    return new ReferralId(Ids.parseUuid(text, "ReferralId"));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
