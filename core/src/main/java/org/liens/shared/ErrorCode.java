package org.liens.shared;

/**
 * The stable codes of every failure Liens reports. A code never changes meaning once released; hosts may
 * switch on it, translate it, or show it to support staff. The enum name is the code.
 *
 * <p>Each {@link LiensException} carries exactly one of these codes.
 */
public enum ErrorCode {
  // --- input shape (any feature)
  /** A required value is missing (null or absent). */
  MISSING_VALUE,
  /** A text that must carry content is empty or blank (a name, a reason). */
  BLANK_VALUE,
  /** A value is outside its allowed range or format (a negative count, a malformed code). */
  INVALID_VALUE,

  // --- catalogue
  /** The offer code is not in the catalogue in use. */
  UNKNOWN_OFFER,
  /** A catalogue document is malformed; the message names the offending field. */
  MALFORMED_CATALOG,

  // --- household
  /** A household needs one or two parents or at least one caregiver; a single-parent household has one parent. */
  INVALID_HOUSEHOLD_COMPOSITION,

  // --- referral and eligibility
  /** The referral channel, prescriber or funder is not acceptable for this referral. */
  INVALID_REFERRAL_SOURCE,
  /** The referral does not pass every eligibility rule; the decision is attached to the exception. */
  NOT_ELIGIBLE,
  /** Consent is dated after the day it is recorded, or before the referral was received. */
  INVALID_CONSENT,

  // --- lifecycle (referral and accompaniment)
  /** The requested transition is not allowed from the current state. */
  ILLEGAL_TRANSITION,

  // --- accompaniment
  /** A team that does not satisfy the offer's team rule (MIP and MAPA: exactly one educator; MADI: one or more). */
  INVALID_TEAM,
  /** The first appointment is dated before the referral was received. */
  FIRST_APPOINTMENT_BEFORE_REFERRAL,
  /** A contact dated outside the accompaniment's period (before the first appointment, on or after its end). */
  CONTACT_OUTSIDE_PERIOD,
  /** A contact recorded by an educator who is not on the team. */
  EDUCATOR_NOT_IN_TEAM,
  /** Moving the first appointment would leave a recorded contact outside the new period. */
  MOVE_WOULD_ORPHAN_CONTACTS,
  /** A support plan (DIA) or action report not in the names of the household's parents or caregivers. */
  INVALID_DOCUMENT_HOLDER,
  /** Closing an accompaniment that has no action report. */
  ACTION_REPORT_REQUIRED,
  /** A document or closure dated before the period started, or in the future. */
  INVALID_DOCUMENT_DATE,
  /** A succession (MADI after MIP) between offers or accompaniments that do not allow it. */
  INVALID_SUCCESSION,

  // --- storage
  /** No aggregate with this id. */
  NOT_FOUND,
  /** The aggregate changed since it was read: reload and try again. */
  CONCURRENT_UPDATE,
  /** An aggregate with this id, or this unique number, already exists. */
  DUPLICATE_ID,
  /** The aggregate refers to another aggregate that does not exist. */
  DANGLING_REFERENCE,
  /** The storage adapter failed (connection lost, database error); nothing of the call was stored. */
  STORAGE_FAILURE,

  // --- access
  /** The actor may not perform this operation or see this data. */
  ACCESS_DENIED
}
