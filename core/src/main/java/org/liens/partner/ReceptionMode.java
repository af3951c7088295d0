package org.liens.partner;

import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** How a service receives people: the data·inclusion {@code modes_accueil} vocabulary. */
public enum ReceptionMode {
  /** {@code a-distance}: remotely, by phone or online. */
  A_DISTANCE("a-distance"),
  /** {@code en-presentiel}: in person, at the service's address. */
  EN_PRESENTIEL("en-presentiel");

  private final String code;

  ReceptionMode(String code) {
    this.code = code;
  }

  /** {@return the data·inclusion code} */
  public String code() {
    return code;
  }

  /**
   * {@return the value of this data·inclusion code}
   *
   * @param code a code of the {@code modes_accueil} vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another code
   */
  public static ReceptionMode fromCode(String code) {
    for (ReceptionMode value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new InvalidInputException(ErrorCode.INVALID_VALUE, "modes_accueil holds a code outside the data·inclusion list");
  }
}
