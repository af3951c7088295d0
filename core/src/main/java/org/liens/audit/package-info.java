/**
 * The audit trail (issue 9): who read or changed which personal data, when, and whether the access policy allowed it.
 * Entries are append-only, hold ids and codes only, and are written through the {@link org.liens.storage.AuditTrail}
 * port in the same transaction as the change they record.
 */
package org.liens.audit;
