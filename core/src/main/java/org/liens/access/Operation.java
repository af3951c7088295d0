package org.liens.access;


/**
 * Every use case an actor may be granted, one constant per kind of call of the application services. The
 * {@link AccessPolicy} grants each to roles with a {@link Scope}; the audit trail names it by {@link #code()}.
 */
public enum Operation {
  /** Register a household. */
  HOUSEHOLD_REGISTER,
  /** Update a household's profile. */
  HOUSEHOLD_UPDATE,
  /** Read a household with its members. */
  HOUSEHOLD_READ,
  /** Register a partner organisation. */
  ORGANISATION_REGISTER,
  /** Update a partner organisation. */
  ORGANISATION_UPDATE,
  /** Read one organisation. */
  ORGANISATION_READ,
  /** List every organisation. */
  ORGANISATION_LIST,
  /** Receive a referral (refer a family). */
  REFERRAL_RECEIVE,
  /** Record the family's consent on a referral. */
  REFERRAL_CONSENT,
  /** Record the needs assessment. */
  REFERRAL_ASSESS,
  /** Reject a referral. */
  REFERRAL_REJECT,
  /** Decide a referral's eligibility. */
  REFERRAL_ELIGIBILITY,
  /** Validate a referral into the active caseload. */
  REFERRAL_VALIDATE,
  /** Read a referral, needs assessment included. */
  REFERRAL_READ,
  /** Expire the referrals past their delay (issue 14); a coordinator's, or the host's daily job as the system. */
  REFERRAL_EXPIRE,
  /** List the referrals waiting for a decision, with their waiting time and deadline (issue 14). */
  REFERRAL_WAITING_READ,
  /** Read what is due (issue 14): visits, documents, referral decisions, agreement places. */
  AGENDA_READ,
  /** Read the history of a referral, an accompaniment, an agreement or an invoice (issue 14). */
  HISTORY_READ,
  /** Fix the first appointment. */
  ACCOMPANIMENT_START,
  /** Move the first appointment. */
  ACCOMPANIMENT_MOVE,
  /** Change the team. */
  ACCOMPANIMENT_TEAM,
  /** Close an accompaniment. */
  ACCOMPANIMENT_CLOSE,
  /** Cancel an accompaniment. */
  ACCOMPANIMENT_CANCEL,
  /** Reopen a closed accompaniment within the reopening window (issue 14); coordinators only. */
  ACCOMPANIMENT_REOPEN,
  /** Record a home visit, a remote contact or an individual workshop session. */
  CONTACT_RECORD,
  /** Write the DIA. */
  SUPPORT_PLAN_WRITE,
  /** Draw the E.M.T map. */
  EMT_MAP_DRAW,
  /** Write the action report. */
  ACTION_REPORT_WRITE,
  /** Read an accompaniment in full: contacts, documents, notes. */
  ACCOMPANIMENT_READ,
  /** Read an accompaniment's progress against its targets. */
  ACCOMPANIMENT_PROGRESS,
  /** Read the prescriber's view of an accompaniment. */
  PRESCRIBER_VIEW_READ,
  /** Read the active caseload (all of it, or an educator's share, or what ends soon). */
  CASELOAD_READ,
  /** Read a prescriber's caseload, as prescriber views. */
  PRESCRIBER_CASELOAD_READ,
  /** Read a funder's caseload, as funder views. */
  FUNDER_CASELOAD_READ,
  /** Conclude a funding agreement. */
  AGREEMENT_CONCLUDE,
  /** Read funding agreements (one, or a funder's). */
  AGREEMENT_READ,
  /** List the agreements with places left. */
  AGREEMENT_PLACES,
  /** Release a place. */
  AGREEMENT_RELEASE_PLACE,
  /** Prepare draft invoices. */
  INVOICE_PREPARE,
  /** Issue drafts. */
  INVOICE_ISSUE,
  /** Discard a draft. */
  INVOICE_DISCARD,
  /** Credit an invoice, or settle an accompaniment that ended early. */
  INVOICE_CREDIT,
  /** Read invoices (one, or an agreement's). */
  INVOICE_READ,
  /** Read credit notes (one, or an invoice's). */
  CREDIT_NOTE_READ,
  /** Read the billing ledger: invoices and credit notes issued over a period, or an accompaniment's. */
  BILLING_LEDGER,
  /** Propose a workshop quote. */
  QUOTE_PROPOSE,
  /** Record the client's acceptance or refusal of a quote. */
  QUOTE_DECIDE,
  /** Read quotes (one, or a client's). */
  QUOTE_READ,
  /** Enrol a child in a workshop series. */
  WORKSHOP_ENROL,
  /** Record a group session. */
  WORKSHOP_SESSION_RECORD,
  /** Read a workshop series, children included. */
  WORKSHOP_SERIES_READ,
  /** Read the audit trail (of a household, a person or a user). */
  AUDIT_READ,
  /** Purge the audit trail past its retention. */
  AUDIT_PURGE,
  /** Revoke or give again the family's consent to share progress with the prescriber (R8). */
  CONSENT_SHARING,
  /** Register a staff member. */
  STAFF_REGISTER,
  /** Change a staff member's roles or days of activity. */
  STAFF_UPDATE,
  /** Read staff members. */
  STAFF_READ,
  /** Resolve an actor to the staff member it is. */
  STAFF_RESOLVE,
  /** Tell whether the retention policy keeps a household's personal data, until when and why. */
  PRIVACY_DECIDE,
  /** Run the retention job: anonymise the households the retention policy no longer keeps. */
  PRIVACY_ANONYMISE,
  /** Erase a household's personal data on request (GDPR art. 17). */
  PRIVACY_ERASE,
  /** Export everything held about a household (GDPR art. 15). */
  PRIVACY_EXPORT,
  /** Read the published figures (issue 12): counts only, narrowed and suppressed for prescribers and funders. */
  FIGURES_READ,
  /** Import partner structures and services into the catalogue (issue 16). */
  PARTNER_IMPORT,
  /** Search or read the partner catalogue: public information, granted to every role. */
  PARTNER_SEARCH,
  /** Orient a household member of an accompaniment to a partner service. */
  ORIENTATION_PROPOSE,
  /** Record the partner's answer to an orientation: accepted or declined. */
  ORIENTATION_RESPOND,
  /** Record the outcome of an accepted orientation. */
  ORIENTATION_OUTCOME,
  /** Read orientations (of an accompaniment, the reminders due). */
  ORIENTATION_READ;

  /** {@return the stable code the audit trail records, such as {@code "contact.record"}} */
  public String code() {
    return OperationCodes.CODES.get(this); // written once: every call of every use case names its operation
  }
}
