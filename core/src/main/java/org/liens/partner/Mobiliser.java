package org.liens.partner;

import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** Who may mobilise a service: the data·inclusion {@code mobilisable_par} vocabulary. */
public enum Mobiliser {
  /** {@code professionnels}: professionals (an educator, a prescriber). */
  PROFESSIONNELS("professionnels"),
  /** {@code usagers}: the people themselves. */
  USAGERS("usagers");

  private final String code;

  Mobiliser(String code) {
    this.code = code;
  }

  /** {@return the data·inclusion code} */
  public String code() {
    return code;
  }

  /**
   * {@return the value of this data·inclusion code}
   *
   * @param code a code of the {@code mobilisable_par} vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another code
   */
  public static Mobiliser fromCode(String code) {
    for (Mobiliser value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new InvalidInputException(ErrorCode.INVALID_VALUE, "mobilisable_par holds a code outside the data·inclusion list");
  }
}
