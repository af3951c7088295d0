package org.liens.accompaniment;

/** The kinds of contact counted against the targets (R4). */
public enum ContactKind {
  /** Visite à domicile (VAD). */
  HOME_VISIT,
  /** "Appels téléphoniques, mails et sms". */
  REMOTE_CONTACT,
  /** An individual ARCS workshop session, billed by the hour. */
  WORKSHOP_SESSION
}
