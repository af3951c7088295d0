package org.liens.partner;

/** What a code of a data·inclusion {@code zone_eligibilite} names, from the narrowest to the widest. */
public enum ZoneKind {
  /** A commune: its five-character INSEE code ({@code 48198}, {@code 2A004}). */
  COMMUNE,
  /** An EPCI (community of communes, agglomeration…): its nine-digit SIREN ({@code 200093201}). */
  EPCI,
  /** A département: two characters ({@code 48}, {@code 2A}) or three overseas ({@code 974}). */
  DEPARTEMENT,
  /** The whole country: {@code france} (data·inclusion also accepts the country code {@code 99100}). */
  COUNTRY
}
