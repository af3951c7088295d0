package org.liens.accompaniment;

/** How a remote contact was made (R4: "appels téléphoniques, mails et sms"). */
public enum RemoteChannel {
  /** A phone call. */
  PHONE,
  /** An email. */
  EMAIL,
  /** A text message. */
  SMS,
  /** A video call. */
  VIDEO
}
