package org.liens.billing;

/** The life of an {@link Invoice}: {@code DRAFT → ISSUED} (numbered, never to change) or {@code DRAFT → DISCARDED}. */
public enum InvoiceStatus {
  /** Prepared, not numbered; may be issued or discarded. */
  DRAFT,
  /** Terminal: numbered and dated; an issued invoice never changes, credit notes correct it. */
  ISSUED,
  /** Terminal: a draft thrown away; it never had a number. */
  DISCARDED
}
