package org.liens.partner;

import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/** What kind of service it is: the data·inclusion {@code types} vocabulary (typologies de services). */
public enum ServiceType {
  /** {@code accompagnement}: support in one's steps. */
  ACCOMPAGNEMENT("accompagnement"),
  /** {@code accueil}: a place that listens and guides. */
  ACCUEIL("accueil"),
  /** {@code aide-financiere}: financial help. */
  AIDE_FINANCIERE("aide-financiere"),
  /** {@code aide-materielle}: material help. */
  AIDE_MATERIELLE("aide-materielle"),
  /** {@code atelier}: a workshop. */
  ATELIER("atelier"),
  /** {@code autonomie}: steps one takes alone. */
  AUTONOMIE("autonomie"),
  /** {@code delegation}: someone acts on one's behalf. */
  DELEGATION("delegation"),
  /** {@code financement}: funding of a project. */
  FINANCEMENT("financement"),
  /** {@code formation}: training. */
  FORMATION("formation"),
  /** {@code information}: first-level information. */
  INFORMATION("information"),
  /** {@code numerique}: an online service. */
  NUMERIQUE("numerique");

  private final String code;

  ServiceType(String code) {
    this.code = code;
  }

  /** {@return the data·inclusion code} */
  public String code() {
    return code;
  }

  /**
   * {@return the value of this data·inclusion code}
   *
   * @param code a code of the {@code types} vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another code
   */
  public static ServiceType fromCode(String code) {
    for (ServiceType value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new InvalidInputException(ErrorCode.INVALID_VALUE, "types holds a code outside the data·inclusion list");
  }
}
