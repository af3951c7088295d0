package org.liens.partner;

import org.liens.shared.ErrorCode;
import org.liens.shared.InvalidInputException;

/**
 * A public a partner service is meant for: the data·inclusion {@code publics} vocabulary. A service whose publics are
 * empty is open to everyone ("Tous publics" in seed 004).
 */
public enum Audience {
  /** {@code actifs}: people in work. */
  ACTIFS("actifs"),
  /** {@code beneficiaires-des-minimas-sociaux}: people on minimum social benefits (RSA…). */
  BENEFICIAIRES_DES_MINIMAS_SOCIAUX("beneficiaires-des-minimas-sociaux"),
  /** {@code demandeurs-emploi}: job seekers. */
  DEMANDEURS_EMPLOI("demandeurs-emploi"),
  /** {@code etudiants}: students. */
  ETUDIANTS("etudiants"),
  /** {@code familles}: families, parents, children. */
  FAMILLES("familles"),
  /** {@code femmes}: women. */
  FEMMES("femmes"),
  /** {@code jeunes}: young people. */
  JEUNES("jeunes"),
  /** {@code personnes-en-situation-de-handicap}: people with a disability. */
  PERSONNES_EN_SITUATION_DE_HANDICAP("personnes-en-situation-de-handicap"),
  /** {@code personnes-en-situation-durgence}: people in an emergency. */
  PERSONNES_EN_SITUATION_DURGENCE("personnes-en-situation-durgence"),
  /** {@code personnes-en-situation-juridique-specifique}: people in a specific legal situation. */
  PERSONNES_EN_SITUATION_JURIDIQUE_SPECIFIQUE("personnes-en-situation-juridique-specifique"),
  /** {@code personnes-exilees}: exiled people. */
  PERSONNES_EXILEES("personnes-exilees"),
  /** {@code residents-qpv-frr}: residents of priority neighbourhoods or revitalised rural areas. */
  RESIDENTS_QPV_FRR("residents-qpv-frr"),
  /** {@code seniors}: elderly people. */
  SENIORS("seniors");

  private final String code;

  Audience(String code) {
    this.code = code;
  }

  /** {@return the data·inclusion code ("familles")} */
  public String code() {
    return code;
  }

  /**
   * {@return the public of this data·inclusion code}
   *
   * @param code a code of the {@code publics} vocabulary
   * @throws InvalidInputException with {@link ErrorCode#INVALID_VALUE} for another code
   */
  public static Audience fromCode(String code) {
    for (Audience audience : values()) {
      if (audience.code.equals(code)) {
        return audience;
      }
    }
    throw new InvalidInputException(ErrorCode.INVALID_VALUE, "publics holds a code outside the data·inclusion list");
  }
}
