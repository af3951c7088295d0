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
  /**
   * A JSON text read by {@code org.liens.json.LiensJson} is malformed: not JSON, an unknown or missing field, a value
   * of the wrong shape; the message names the field's path ({@code $.lines[2].price}), never the value.
   */
  MALFORMED_JSON,

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
  /**
   * Consent is dated after the day it is recorded (it may precede the referral: parents often agree first); or a
   * change of an accompaniment's consent history is refused: revoking a consent not in force, giving one in force,
   * by someone who is not a parent (MAPA: caregiver) of the household, or dated before the last change.
   */
  INVALID_CONSENT,
  /** A referral asked to expire is still within its offer's delay (issue 14, {@code ReferralDeadlines}). */
  DEADLINE_NOT_PASSED,

  // --- lifecycle (referral and accompaniment)
  /** The requested transition is not allowed from the current state. */
  ILLEGAL_TRANSITION,

  /** The first appointment of an accompaniment whose module is invoiced cannot move: credit the invoice first. */
  ALREADY_INVOICED,

  // --- accompaniment
  /** A team that does not satisfy the offer's team rule (MIP and MAPA: exactly one educator; MADI: one or more). */
  INVALID_TEAM,
  /** The first appointment is dated before the referral was validated (R8: validation, then first appointment). */
  FIRST_APPOINTMENT_BEFORE_REFERRAL,
  /** A contact dated outside the accompaniment's period (before the first appointment, on or after its end). */
  CONTACT_OUTSIDE_PERIOD,
  /** A contact recorded by an educator who is not on the team. */
  EDUCATOR_NOT_IN_TEAM,
  /** Moving the first appointment would leave a recorded contact outside the new period. */
  MOVE_WOULD_ORPHAN_CONTACTS,
  /** Settling a contact that is no longer planned: held, missed and cancelled contacts are settled once (issue 14). */
  CONTACT_ALREADY_SETTLED,
  /** A support plan (DIA) or action report not in the names of the household's parents or caregivers. */
  INVALID_DOCUMENT_HOLDER,
  /** Closing an accompaniment that has no action report. */
  ACTION_REPORT_REQUIRED,
  /** A document or closure dated before the period started, or in the future. */
  INVALID_DOCUMENT_DATE,
  /** A succession (MADI after MIP) between offers or accompaniments that do not allow it. */
  INVALID_SUCCESSION,
  /** An exit reason that the catalogue's list ({@code org.liens.catalog.ExitReasons}) does not have (issue 12). */
  UNKNOWN_EXIT_REASON,

  // --- money (pricing, agreements, quotes, workshops, billing)
  /** An amount that must be positive is zero or negative, has more than two decimals, or is out of range. */
  INVALID_AMOUNT,
  /** A percentage (a VAT rate, a funder's share) is out of range or has too many decimals. */
  INVALID_PERCENTAGE,
  /** The funders' shares of a co-financed agreement do not add up to exactly 100 %. */
  SHARES_NOT_100_PERCENT,
  /** A tariff document is malformed; the message names the offending field. */
  MALFORMED_TARIFFS,
  /** The tariff book has no tariff for this offer and price basis. */
  NO_TARIFF,
  /** The date is before the first dated value of the tariff: no price was in force yet. */
  NO_TARIFF_BEFORE_DATE,
  /** The funding agreement covers neither this offer nor this funder. */
  NOT_COVERED_BY_AGREEMENT,
  /** Every place of the offer in the funding agreement is taken (waitlist policy {@code REFUSE}). */
  NO_PLACE_LEFT,
  /** The date (a validation, a service performed) is outside the funding agreement's period. */
  OUTSIDE_AGREEMENT_PERIOD,
  /** Billing this amount would exceed the funding agreement's budget. */
  BUDGET_EXCEEDED,
  /** A quote accepted after its validity date. */
  QUOTE_EXPIRED,
  /** A workshop group already has the most children it may take (six, R9). */
  GROUP_FULL,
  /** A workshop series already has the number of children its quote was made for. */
  WORKSHOP_FULL,
  /** A workshop participant is neither in CP or above nor aged six (R9). */
  PARTICIPANT_NOT_FROM_CP,
  /** Every planned session of the workshop group was already held. */
  SESSIONS_EXHAUSTED,
  /** A child recorded as attending a workshop session is not enrolled in that group on the session's day. */
  CHILD_NOT_ENROLLED,
  /** A closed accompaniment is reopened after the reopening window's last day (issue 14). */
  REOPEN_WINDOW_PASSED,
  /** A cancelled accompaniment is reopened: never, the family is referred again (issue 14). */
  REOPEN_CANCELLED,
  /** This cannot be invoiced at all: a cancelled accompaniment, one waiting for a place, one without a price. */
  NOT_BILLABLE,
  /** Nothing is due now: the service has not started, or what is due is already invoiced. */
  NOTHING_TO_BILL,
  /** The invoice is already issued (or discarded): an issued invoice never changes; correct it with a credit note. */
  ALREADY_ISSUED,
  /** The invoice is a draft or discarded: only an issued invoice has a number, an issue date and a due date. */
  NOT_ISSUED,
  /** A credit note for more than what remains of the invoice it corrects. */
  CREDIT_EXCEEDS_INVOICE,
  /** An issue date before the last one of its numbering series: numbers must follow the chronology. */
  NON_CHRONOLOGICAL_NUMBERING,
  /**
   * The host's clock is behind the last issue date of the numbering series (or the draft, or the invoice credited)
   * by more than the {@code IssueDatePolicy}'s tolerance: fix the clock; nothing is stored, no number is taken.
   */
  CLOCK_BEHIND_SERIES,
  /**
   * Something an invoice must print is not known (the seller, a funder's address or SIREN, a VAT exemption mention):
   * thrown as {@code org.liens.billing.MissingInvoiceDataException}, whose {@code missing()} names which.
   */
  MISSING_INVOICE_MENTION,
  /**
   * An invoice to a funder invoiced through Chorus Pro lacks what it requires (its SIRET, a service code, a
   * commitment number): thrown as {@code org.liens.billing.MissingChorusProDataException} before a number is taken.
   */
  MISSING_CHORUS_PRO_DATA,
  /**
   * An issued invoice or credit note cannot be exported as an EN 16931 e-invoice because its seller or client lacks
   * a field the norm makes mandatory (module {@code liens-einvoice}); the message names the field.
   */
  MISSING_EINVOICE_DATA,
  /**
   * An issued document's VAT of a rate is not its net times the rate rounded (EN 16931 BR-CO-17), which happens for a
   * few TTC amounts Liens keeps as agreed ({@code VatBreakdown#vatIsRoundedNetTimesRate}): its e-invoice would carry
   * other amounts than the document, so none is written (module {@code liens-einvoice}).
   */
  EINVOICE_AMOUNTS_NOT_REPRESENTABLE,
  /** The e-invoicing library failed to write a document (module {@code liens-einvoice}); nothing is returned. */
  EINVOICE_FAILED,

  // --- staff
  /** A team or a contact names a staff id that no registered staff member has. */
  UNKNOWN_STAFF,
  /** A team or a contact names a staff member who is not active on that date as an educator or practitioner. */
  INACTIVE_STAFF,

  // --- partner catalogue and orientations (issue 16)
  /** A record or row of a partner catalogue (seed 004, a data·inclusion file) cannot be read or mapped. */
  MALFORMED_PARTNER_DATA,
  /** The orientation expired: it can no longer be accepted or declined. */
  ORIENTATION_EXPIRED,
  /** The family did not consent to share what the orientation needs. */
  ORIENTATION_WITHOUT_CONSENT,

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
  /**
   * The connection was lost while the transaction committed: it may or may not be stored. Read back before doing
   * it again, or repeat the call with the same caller-supplied id.
   */
  OUTCOME_UNKNOWN,

  // --- access
  /** The actor may not perform this operation or see this data. */
  ACCESS_DENIED,

  // --- privacy
  /**
   * Erasure of a household's personal data refused while the retention policy keeps it (an open accompaniment, a
   * referral awaiting a decision, or less than the retention period since the last contact or the closure); the
   * message says until when and why.
   */
  ERASURE_REFUSED
}
