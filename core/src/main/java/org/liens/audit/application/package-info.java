/**
 * Writing and reading the audit trail: the {@link org.liens.audit.application.AuditRecorder} that services call to
 * record an access, and the use cases that query and purge the trail.
 */
package org.liens.audit.application;
