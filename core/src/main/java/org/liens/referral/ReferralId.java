package org.liens.referral;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a {@link Referral}. A value type ({@link EntityId}). */
public final class ReferralId extends EntityId {
  private ReferralId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static ReferralId of(UUID value) {
    return new ReferralId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static ReferralId parse(String text) {
    return of(parseUuid(text, ReferralId.class));
  }
}
