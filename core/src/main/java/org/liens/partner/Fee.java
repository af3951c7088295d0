package org.liens.partner;

import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** Whether a service costs something: the data·inclusion {@code frais} vocabulary. */
public enum Fee {
  /** {@code adhesion}: membership is required. */
  ADHESION("adhesion"),
  /** {@code gratuit}: free. */
  GRATUIT("gratuit"),
  /** {@code gratuit-sous-conditions}: free under conditions. */
  GRATUIT_SOUS_CONDITIONS("gratuit-sous-conditions"),
  /** {@code pass-numerique}: the digital pass is accepted. */
  PASS_NUMERIQUE("pass-numerique"),
  /** {@code payant}: paid. */
  PAYANT("payant");

  private final String code;

  Fee(String code) {
    this.code = code;
  }

  /** {@return the data·inclusion code} */
  public String code() {
    return code;
  }

  /**
   * {@return the value of this data·inclusion code}
   *
   * @param code a code of the {@code frais} vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another code
   */
  public static Fee fromCode(String code) {
    for (Fee value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new InvalidInputException(ErrorCode.INVALID_VALUE, "frais holds a code outside the data·inclusion list");
  }
}
