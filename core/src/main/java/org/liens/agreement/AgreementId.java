package org.liens.agreement;

import java.util.UUID;
import org.liens.shared.EntityId;

/** Identifies a funding agreement (convention, R10). A value type ({@link EntityId}). */
public final class AgreementId extends EntityId {
  private AgreementId(UUID value) {
    super(value);
  }

  /**
   * {@return the id wrapping {@code value}}
   *
   * @param value the UUID it wraps
   */
  public static AgreementId of(UUID value) {
    return new AgreementId(value);
  }

  /**
   * Reads the text of {@link #toString()}; a malformed one fails with {@code INVALID_VALUE} naming this type.
   *
   * @param text a UUID in its text form, as {@code toString()} writes it
   * @return the id
   */
  public static AgreementId parse(String text) {
    return of(parseUuid(text, AgreementId.class));
  }
}
