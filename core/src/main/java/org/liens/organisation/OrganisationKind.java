package org.liens.organisation;

/** The partners that prescribe, orient or fund (R12, seeds 000 and 002). */
public enum OrganisationKind {
  /** Conseil départemental and its services (aide sociale à l'enfance, PMI…). */
  DEPARTEMENT,
  /** Centre (inter)communal d'action sociale. */
  CCAS,
  /** Caisse d'allocations familiales. */
  CAF,
  /** Caisse primaire d'assurance maladie. */
  CPAM,
  /** Mutualité sociale agricole. */
  MSA,
  /** Communauté professionnelle territoriale de santé. */
  CPTS,
  /** Service territorial de l'autonomie. */
  AUTONOMY_SERVICE,
  /** CMPP, SESSAD, ITEP, IME and other medico-social establishments. */
  MEDICO_SOCIAL,
  /** A school or the Éducation nationale. */
  SCHOOL,
  /** A commune or community of communes. */
  LOCAL_AUTHORITY,
  /** A mutual insurer, pension or provident fund (Malakoff, AG2R…). */
  MUTUAL_INSURER,
  /** An association, foundation or social centre. */
  ASSOCIATION,
  /** Any other organisation. */
  OTHER
}
