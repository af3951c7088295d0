package org.liens.accompaniment;

/** How a remote contact was made (R4: "appels téléphoniques, mails et sms"). */
public enum RemoteChannel {
  PHONE,
  EMAIL,
  SMS,
  VIDEO
}
