package org.liens.partner;

import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * Whether a partner action still runs: seed 004's "Statut de l'action" (En cours, Terminée). Not part of
 * data·inclusion, whose services are current by definition: they are imported as {@code en-cours}.
 */
public enum ServiceStatus {
  /** {@code en-cours}: running ("En cours"). */
  EN_COURS("en-cours"),
  /** {@code terminee}: ended ("Terminée"); kept so that past orientations still name it. */
  TERMINEE("terminee");

  private final String code;

  ServiceStatus(String code) {
    this.code = code;
  }

  /** {@return the data·inclusion code} */
  public String code() {
    return code;
  }

  /**
   * {@return the value of this data·inclusion code}
   *
   * @param code a code of the {@code statut} vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another code
   */
  public static ServiceStatus fromCode(String code) {
    for (ServiceStatus value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new InvalidInputException(ErrorCode.INVALID_VALUE, "statut holds a code outside the data·inclusion list");
  }
}
