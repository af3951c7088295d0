package org.liens.billing;

/** What an invoice line bills. */
public enum LineKind {
  /** A module of MIP, MADI or MAPA (or the part of it due after an early termination). */
  MODULE,
  /** One individual ARCS session held, at the hourly tariff. */
  INDIVIDUAL_SESSION,
  /** The group sessions of an accepted quote, as a whole. */
  GROUP_WORKSHOP,
  /** One group session held, at the quoted price of a group session. */
  GROUP_SESSION,
  /** The practitioner's travel, as quoted. */
  TRAVEL
}
